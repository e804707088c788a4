package uk.collabproc.contract.casestudy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.contract.benefits.BenefitsCalculator.ProjectCosts;
import uk.collabproc.contract.benefits.BenefitsCalculator.SiteCosts;
import uk.collabproc.contract.benefits.MeasureFigures.Direction;
import uk.collabproc.contract.casestudy.CaseStudy.MeasureResult;
import uk.collabproc.contract.testing.CaseStudies;
import uk.collabproc.contract.testing.FakeServices;
import uk.collabproc.testsupport.PdfText;

/**
 * Plymouth's case study as a member would publish it: XHTML that parses as XML (the PDF renderer's own parser would
 * refuse anything else), and a PDF whose text gives the figures back as the page shows them. Samples for a person to look
 * at are left in target/case-study-sample.html and .pdf.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class CaseStudyDocumentTest {

    /** The PDF's base-14 fonts draw WinAnsi alone: anything else comes out as '#'. */
    private static final CharsetEncoder WIN_ANSI = Charset.forName("windows-1252").newEncoder();

    @Inject
    CaseStudyDocument document;

    @Test
    void theHtmlIsWellFormedSelfContainedXhtmlWithTheFigures() throws Exception {
        String html = document.html(CaseStudies.plymouth());
        Files.writeString(Path.of("target", "case-study-sample.html"), html, StandardCharsets.UTF_8);

        Document xhtml = xml(html);
        assertEquals("University Hospitals Plymouth NHS Trust: Devon HSCN connectivity",
                xhtml.getElementsByTagName("title").item(0).getTextContent());
        NodeList benefits = xhtml.getElementsByTagName("li");
        assertEquals(5, benefits.getLength(), "bandwidth for the cost, outlay and effort, and the three measures");
        assertEquals("10 × the bandwidth for 19.2 % less over five years", spaced(benefits.item(0).getTextContent()));
        String text = spaced(xhtml.getDocumentElement().getTextContent());
        assertAll(contains(text, "£31,000", "£23,000", "£8,000", "£2,250", "£125,250", "£29,750 (19.2 %)", "15.4 months",
                "160 Mbps", "1,600 Mbps", "-60.0 %", "+2,009.1 %", "2 October 2017", "1 August – 29 September 2017",
                "31 March 2019 (planned)", "Prepared from the collaborative procurement suite's data on 15 October 2018; figures as "
                        + "recorded by University Hospitals Plymouth NHS Trust"));
        for (String outside : List.of("src=", "href=", "<script", "<svg", "@import", "url(", "display: flex", "display: grid")) {
            assertFalse(html.contains(outside), "self-contained and laid out in CSS 2.1: no " + outside);
        }
        assertTrue(html.contains("size: A4"));
        int notWinAnsi = html.codePoints().filter(c -> !WIN_ANSI.canEncode(Character.toString(c))).findFirst().orElse(-1);
        assertEquals(-1, notWinAnsi, () -> "U+%04X is not in WinAnsi".formatted(notWinAnsi));
    }

    @Test
    void thePdfsTextGivesTheFiguresBack() throws IOException {
        byte[] pdf = document.pdf(CaseStudies.plymouth());
        Files.write(Path.of("target", "case-study-sample.pdf"), pdf);

        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String text = PdfText.words(pdf);
        assertAll(contains(text,
                "University Hospitals Plymouth NHS Trust: Devon HSCN connectivity",
                "10 × the bandwidth for 19.2 % less over five years",
                "£8,000 capital outlay and 0.1 FTE over 6 months, paid back in 15.4 months",
                "CRIS access issues down 60.0 % (20 to 8 issues a month)",
                "GP practices receiving electronic letters up from 11 to 232 practices",
                "£31,000", "£23,000", "£155,000", "£125,250", "0.1 FTE × 6 months at £45,000 a year = £2,250",
                "160 Mbps", "1,600 Mbps", "-60.0 %", "-80.0 %", "+2,009.1 %", "June 2017", "September 2018",
                "2 October 2017", "1 August – 29 September 2017", "4 December 2017", "31 March 2019 (planned)",
                "Prepared from the collaborative procurement suite's data on 15 October 2018"));
        assertFalse(text.contains("#"), "every character drawn: " + text);
    }

    @Test
    void aStoryThatWentLessWellIsToldAsItIs() throws IOException {
        List<SiteCosts> dearer = List.of(
                new SiteCosts(CaseStudies.PLYMOUTH, new BigDecimal("10000.00"), 10, new BigDecimal("12000.00"), new BigDecimal("500.00"),
                        100));
        MeasureResult unmeasured = CaseStudies.measure("CRIS access issues", "issues a month", "Radiology (CRIS)",
                Direction.LOWER_IS_BETTER, 20, 10);
        MeasureResult worse = CaseStudies.measure("PACS image-transfer problems", "problems a month", "Radiology (PACS)",
                Direction.LOWER_IS_BETTER, 10, 3, 11, 12);
        byte[] pdf = document.pdf(CaseStudies.plymouth(dearer, ProjectCosts.NONE, false, List.of(unmeasured, worse)));
        Files.write(Path.of("target", "case-study-sample-costs-rose.pdf"), pdf);

        String text = PdfText.words(pdf);
        assertAll(contains(text, "10 × the bandwidth for 21.0 % more over five years",
                "£500 in one-off charges; the organisation's own capital outlay and internal effort are not recorded",
                "PACS image-transfer problems up 20.0 % (10 to 12 problems a month), worse than the baseline",
                "none: £2,000 more a year (20.0 % more)", "no payback: the new service costs more a year", "not recorded",
                "not yet measured", "No month is recorded yet", "worse than the baseline"));
        assertFalse(text.contains("#"), "every character drawn: " + text);
    }

    private static Executable[] contains(String text, String... figures) {
        return Arrays.stream(figures)
                .map(figure -> (Executable) () -> assertTrue(text.contains(figure), () -> "'" + figure + "' in: " + text))
                .toArray(Executable[]::new);
    }

    private static Document xml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static String spaced(String text) {
        return text.replace(CaseStudyText.NBSP, ' ');
    }
}
