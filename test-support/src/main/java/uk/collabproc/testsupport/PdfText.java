package uk.collabproc.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a reader copies out of a PDF, to assert on: PDFBox's text, with the no-break spaces that keep a figure and its unit
 * on one line ("60.0 %", "10 ×") read as ordinary spaces.
 */
public final class PdfText {

    private PdfText() {
    }

    /** The text, page after page, line by line. */
    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        } catch (IOException e) {
            throw new UncheckedIOException("Not a PDF PDFBox can read", e);
        }
    }

    /** The text as one run of words, so that a phrase the layout wrapped onto two lines still reads as one. */
    public static String words(byte[] pdf) {
        return of(pdf).replaceAll("\\s+", " ").trim();
    }
}
