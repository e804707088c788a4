package uk.collabproc.contract.casestudy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * An organisation's case study as a document it can publish: self-contained XHTML (styles inline, no fonts, images nor
 * scripts from elsewhere) that reads in a browser and prints on A4, and the same as a PDF. The PDF renderer parses
 * XML and lays out CSS 2.1 with the base-14 fonts, so the template is well-formed, its charts are block boxes, and
 * every character is one WinAnsi has.
 * <p>
 * A PDF takes about a tenth of a second of CPU, the first in a JVM a few seconds (PDFBox looks through the system's
 * fonts once): call it from a worker thread, not the event loop.
 */
@ApplicationScoped
public class CaseStudyDocument {

    static {
        XRLog.setLoggerImpl(new RendererLogging());
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance caseStudy(CaseStudyPage page);
    }

    public String html(CaseStudy study) {
        return Templates.caseStudy(CaseStudyPage.of(study)).render();
    }

    public byte[] pdf(CaseStudy study) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            // No base URI: the document refers to nothing outside itself.
            new PdfRendererBuilder().useFastMode().withHtmlContent(html(study), null).toStream(pdf).run();
        } catch (IOException e) {
            throw new UncheckedIOException("The case study could not be laid out as a PDF", e);
        }
        return pdf.toByteArray();
    }
}
