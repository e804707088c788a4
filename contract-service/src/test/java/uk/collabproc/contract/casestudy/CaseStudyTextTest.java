package uk.collabproc.contract.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.collabproc.contract.casestudy.KeyBenefitsTest.spaced;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class CaseStudyTextTest {

    @Test
    void moneyShowsPenceOnlyWhenThereAreSome() {
        assertEquals("£31,000", CaseStudyText.money(new BigDecimal("31000.00")));
        assertEquals("£2,250.50", CaseStudyText.money(new BigDecimal("2250.5")));
        assertEquals("£1,585,050", CaseStudyText.money(new BigDecimal("1585050")));
        assertEquals("£0", CaseStudyText.money(BigDecimal.ZERO));
        assertEquals("-£2,000", CaseStudyText.money(new BigDecimal("-2000.00")), "a hyphen-minus: WinAnsi has no U+2212");
    }

    @Test
    void numbersAsPeopleWriteThem() {
        assertEquals("1,600", CaseStudyText.count(1600));
        assertEquals("0.1", CaseStudyText.number(new BigDecimal("0.10")));
        assertEquals("30,000", CaseStudyText.number(new BigDecimal("3E+4")));
        assertEquals("-12", CaseStudyText.number(new BigDecimal("-12")));
        assertEquals("10 ×", spaced(CaseStudyText.times(new BigDecimal("10.0"))));
        assertEquals("2.5 ×", spaced(CaseStudyText.times(new BigDecimal("2.5"))));
        assertEquals("1,600 Mbps", spaced(CaseStudyText.mbps(1600)));
        assertEquals("1 month", spaced(CaseStudyText.months(new BigDecimal("1.0"))));
        assertEquals("15.4 months", spaced(CaseStudyText.months(new BigDecimal("15.4"))));
        assertEquals("12.0 months", spaced(CaseStudyText.computedMonths(new BigDecimal("12.0"))), "a payback keeps its decimal");
    }

    @Test
    void percentagesKeepTheirOneDecimalAndItsUnitOnTheSameLine() {
        assertEquals("19.2\u00A0%", CaseStudyText.percent(new BigDecimal("19.2")));
        assertEquals("60.0 %", spaced(CaseStudyText.percent(new BigDecimal("-60.0"))));
        assertEquals("-60.0 %", spaced(CaseStudyText.change(new BigDecimal("-60.0"))));
        assertEquals("+2,009.1 %", spaced(CaseStudyText.change(new BigDecimal("2009.1"))));
        assertEquals("0.0 %", spaced(CaseStudyText.change(new BigDecimal("0.0"))));
    }

    @Test
    void datesAndRangesSayEachPartOnce() {
        assertEquals("2 October 2017", CaseStudyText.date(LocalDate.of(2017, 10, 2)));
        assertEquals("1 August – 29 September 2017", CaseStudyText.dates(LocalDate.of(2017, 8, 1), LocalDate.of(2017, 9, 29)));
        assertEquals("5 – 28 March 2018", CaseStudyText.dates(LocalDate.of(2018, 3, 5), LocalDate.of(2018, 3, 28)));
        assertEquals("1 December 2017 – 15 January 2018", CaseStudyText.dates(LocalDate.of(2017, 12, 1), LocalDate.of(2018, 1, 15)));
        assertEquals("4 December 2017", CaseStudyText.dates(LocalDate.of(2017, 12, 4), LocalDate.of(2017, 12, 4)));
        assertEquals("June 2017", CaseStudyText.month(YearMonth.of(2017, 6)));
        assertEquals("March – September 2018", CaseStudyText.period(YearMonth.of(2018, 3), YearMonth.of(2018, 9)));
        assertEquals("November 2017 – February 2018", CaseStudyText.period(YearMonth.of(2017, 11), YearMonth.of(2018, 2)));
    }

    @Test
    void aTermInYearsWhenItIsWholeYears() {
        assertEquals("five years", CaseStudyText.term(60));
        assertEquals("one year", CaseStudyText.term(12));
        assertEquals("12 years", CaseStudyText.term(144));
        assertEquals("30 months", CaseStudyText.term(30));
        assertEquals("1 month", CaseStudyText.term(1));
    }

    @Test
    void theRegimeByItsLawsName() {
        assertEquals("the Public Contracts Regulations 2015", CaseStudyText.regime("PCR_2015"));
        assertEquals("the Procurement Act 2023", CaseStudyText.regime("PA_2023"));
    }

    @Test
    void aMonthUnderAColumnIsOneLabel() {
        assertEquals("Aug" + CaseStudyText.NBSP + "18", CaseStudyText.shortMonth(java.time.YearMonth.of(2018, 8)));
    }
}
