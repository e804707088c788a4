package uk.collabproc.procurement.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class SiteCsvTest {

    private static final String HEADER = String.join(",", SiteCsv.HEADER) + "\n";

    @Test
    void readsEveryRowWithItsLineNumber() {
        List<SiteCsv.Row> rows = SiteCsv.parse(HEADER
                + "A-1,\"Surgery, Lower Street\",TQ5 9AB,TRUE,false,N3 ADSL,8,1200.50\n"
                + "\n"
                + "A-2,Hospice,PL4 7QD,false,true,N3 Ethernet,100,3000\n");
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals(4, rows.get(1).line());
        NewSite first = rows.get(0).site();
        assertEquals("Surgery, Lower Street", first.name());
        assertTrue(first.critical());
        assertEquals(new BigDecimal("1200.50"), first.legacy().annualCost());
        assertEquals(8, first.legacy().bandwidthMbps());
    }

    @Test
    void reportsUnreadableValuesOfARow() {
        SiteCsv.Row row = SiteCsv.parse(HEADER + "A-1,Name,TQ5 9AB,maybe,false,ADSL,eight,lots\n").get(0);
        assertEquals(null, row.site());
        assertEquals(List.of("critical", "legacyBandwidthMbps", "legacyAnnualCost"),
                row.problems().stream().map(problem -> problem.field()).toList());
    }

    @Test
    void reportsARowWithTheWrongNumberOfValues() {
        SiteCsv.Row row = SiteCsv.parse(HEADER + "A-1,Name\n").get(0);
        assertEquals(1, row.problems().size());
        assertEquals(2, row.problems().get(0).line());
    }

    @Test
    void refusesAFileWithoutTheHeader() {
        assertThrows(SiteCsv.CsvFormatException.class, () -> SiteCsv.parse("siteCode,name\nA,B\n"));
        assertThrows(SiteCsv.CsvFormatException.class, () -> SiteCsv.parse(""));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() {
        byte[] file = ("\uFEFF" + HEADER + "A-1,Name,TQ5 9AB,true,false,ADSL,8,1\n").getBytes(StandardCharsets.UTF_8);
        String text = SiteCsv.decode(file, StandardCharsets.UTF_8);
        assertEquals(HEADER, text.substring(0, HEADER.length()));
        assertEquals(1, SiteCsv.parse(text).size());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
        byte[] good = (HEADER + "A-1,Name,TQ5 9AB,true,false,ADSL,8,1\nA-2,Caf").getBytes(StandardCharsets.UTF_8);
        byte[] file = java.util.Arrays.copyOf(good, good.length + 1);
        file[good.length] = (byte) 0xE9;
        SiteCsv.CsvFormatException refused = assertThrows(SiteCsv.CsvFormatException.class,
                () -> SiteCsv.decode(file, StandardCharsets.UTF_8));
        assertEquals(List.of(3), refused.violations().stream().map(violation -> violation.line()).toList());
    }

    @Test
    void aNulCharacterInAValueIsReportedWithItsColumn() {
        SiteCsv.Row row = SiteCsv.parse(HEADER + "A-1,Na\u0000me,TQ5 9AB,true,false,ADSL,8,1\n").get(0);
        assertEquals(null, row.site());
        assertEquals(List.of("name"), row.problems().stream().map(problem -> problem.field()).toList());
    }
}
