package uk.collabproc.procurement.site;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import uk.collabproc.common.problem.Violation;
import uk.collabproc.common.text.NulCharacter;

/**
 * Reads the site import file of docs/api.md#site-import-csv: a header row, then one site a row. Each row becomes a
 * {@link NewSite}, or the reasons it cannot, by line number (the header is line 1). Rules that apply to a
 * site however it arrives (formats, ranges) are left to Bean Validation, as for a JSON request.
 */
final class SiteCsv {

    static final List<String> HEADER = List.of("siteCode", "name", "postcode", "critical", "core", "legacyProduct",
            "legacyBandwidthMbps", "legacyAnnualCost");
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /** A parsed row: the site, or the reasons its text could not be read. */
    record Row(int line, NewSite site, List<Violation> problems) {
    }

    private SiteCsv() {
    }

    /**
     * The file's text in {@code charset} (UTF-8 unless the request named another). A byte-order mark at the start,
     * which spreadsheets write when they save "CSV UTF-8", is not part of the text. Bytes that are not text in the
     * charset are refused with the line they are on: decoding them as replacement characters would store names
     * nobody typed.
     */
    static String decode(byte[] file, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer text = CharBuffer.allocate((int) Math.ceil(file.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(file), text, true);
        if (!result.isError()) {
            result = decoder.flush(text);
        }
        text.flip();
        if (result.isError()) {
            // Everything before the bad bytes was decoded: its line breaks say which line they are on.
            int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
            throw new CsvFormatException("The file is not valid " + charset.name() + " text; save it as CSV UTF-8",
                    List.of(Violation.ofLine(line, null, "is not valid " + charset.name() + " text")));
        }
        String decoded = text.toString();
        return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
    }

    /** Parses the whole file; a wrong header or a file that is not CSV is reported as one problem. */
    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<List<String>> lines = MAPPER.readerForListOf(String.class)
                .with(CsvSchema.emptySchema()).readValues(text == null ? "" : text)) {
            if (!lines.hasNext()) {
                throw new CsvFormatException("The file is empty; its first line must be the header " + String.join(",", HEADER));
            }
            List<String> header = lines.next();
            if (!header.equals(HEADER)) {
                throw new CsvFormatException("The first line must be the header " + String.join(",", HEADER));
            }
            // Line numbers count records, so that an empty line still counts, as it does in an editor.
            int line = 1;
            while (lines.hasNext()) {
                List<String> cells = lines.next();
                line++;
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue;
                }
                rows.add(row(line, cells));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CsvFormatException format) {
                throw format;
            }
            throw new CsvFormatException("The file is not valid CSV");
        }
        return rows;
    }

    private static Row row(int line, List<String> cells) {
        List<Violation> problems = new ArrayList<>();
        if (cells.size() != HEADER.size()) {
            problems.add(Violation.ofLine(line, null, "has " + cells.size() + " values; the header has " + HEADER.size()));
            return new Row(line, null, problems);
        }
        for (int i = 0; i < HEADER.size(); i++) {
            if (NulCharacter.in(cells.get(i))) {
                problems.add(Violation.ofLine(line, HEADER.get(i), NulCharacter.MESSAGE));
            }
        }
        if (!problems.isEmpty()) {
            return new Row(line, null, problems);
        }
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < HEADER.size(); i++) {
            values.put(HEADER.get(i), cells.get(i).isEmpty() ? null : cells.get(i));
        }
        Boolean critical = bool(values, "critical", line, problems);
        Boolean core = bool(values, "core", line, problems);
        Integer bandwidth = null;
        BigDecimal cost = null;
        try {
            bandwidth = values.get("legacyBandwidthMbps") == null ? null : Integer.valueOf(values.get("legacyBandwidthMbps"));
        } catch (NumberFormatException e) {
            problems.add(Violation.ofLine(line, "legacyBandwidthMbps", "must be a whole number of Mbps"));
        }
        try {
            cost = values.get("legacyAnnualCost") == null ? null : new BigDecimal(values.get("legacyAnnualCost"));
        } catch (NumberFormatException e) {
            problems.add(Violation.ofLine(line, "legacyAnnualCost", "must be an amount in GBP, such as 3100.00"));
        }
        if (!problems.isEmpty()) {
            return new Row(line, null, problems);
        }
        return new Row(line, new NewSite(values.get("siteCode"), values.get("name"), values.get("postcode"), critical, core,
                new LegacyConnection(values.get("legacyProduct"), bandwidth, cost)), problems);
    }

    private static Boolean bool(Map<String, String> values, String field, int line, List<Violation> problems) {
        String value = values.get(field);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(Violation.ofLine(line, field, "must be true or false"));
                yield null;
            }
        };
    }

    /** The file as a whole cannot be read; where the reason has a line, it is among the violations. */
    static final class CsvFormatException extends RuntimeException {

        private final transient List<Violation> violations;

        CsvFormatException(String message) {
            this(message, List.of());
        }

        CsvFormatException(String message, List<Violation> violations) {
            super(message);
            this.violations = violations;
        }

        List<Violation> violations() {
            return violations;
        }
    }
}
