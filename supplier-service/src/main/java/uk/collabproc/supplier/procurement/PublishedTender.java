package uk.collabproc.supplier.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import uk.collabproc.common.remote.TolerantEnum;

/**
 * A published tender as supplier-service reads it from procurement-service: only the fields bidding and
 * evaluation use (tolerant reader). The contract test against procurement-service proves they are served.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishedTender(
        UUID procurementId,
        String leadOrganisation,
        List<String> coLeads,
        Regime regime,
        int contractTermMonths,
        List<Criterion> criteria,
        int scaleMax,
        PriceFormula priceFormula,
        BigDecimal qualityThresholdPercent,
        BigDecimal abnormallyLowPercent,
        int discrepancyPoints,
        List<TieBreak> tieBreak,
        Instant tenderDeadline,
        List<PricingLine> pricingSchedule,
        boolean published,
        List<Lot> lots) {

    /** A procurement-service that does not divide tenders yet sends no lots: such a tender is not divided. */
    public PublishedTender {
        lots = lots == null ? List.of() : List.copyOf(lots);
    }

    /** A tender as read before lots existed: not divided. */
    public PublishedTender(UUID procurementId, String leadOrganisation, List<String> coLeads, Regime regime, int contractTermMonths,
            List<Criterion> criteria, int scaleMax, PriceFormula priceFormula, BigDecimal qualityThresholdPercent,
            BigDecimal abnormallyLowPercent, int discrepancyPoints, List<TieBreak> tieBreak, Instant tenderDeadline,
            List<PricingLine> pricingSchedule, boolean published) {
        this(procurementId, leadOrganisation, coLeads, regime, contractTermMonths, criteria, scaleMax, priceFormula,
                qualityThresholdPercent, abnormallyLowPercent, discrepancyPoints, tieBreak, tenderDeadline, pricingSchedule, published,
                List.of());
    }

    /**
     * A lot of a divided tender: bid on, evaluated and awarded on its own. Its {@code weights}, when given, name every QUALITY
     * and PRICE criterion of the tender and replace the criteria's weights for this lot; null keeps the tender's.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lot(String number, String title, Map<String, BigDecimal> weights) {
    }

    /** Whether the tender is divided into lots; one that is not is bid on and evaluated as a whole, as before lots. */
    public boolean divided() {
        return !lots.isEmpty();
    }

    public Optional<Lot> lot(String number) {
        return lots.stream().filter(lot -> lot.number().equals(number)).findFirst();
    }

    public List<String> lotNumbers() {
        return lots.stream().map(Lot::number).toList();
    }

    /** The pricing-schedule lines of one lot. */
    public List<PricingLine> linesOf(String lot) {
        return pricingSchedule.stream().filter(line -> lot.equals(line.lot())).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Criterion(String code, String title, Kind kind, BigDecimal weight, Integer minimumScore) {
    }

    /**
     * What of this tender supplier-service does not know: a regime, criterion kind, price formula or tie-break rule that
     * procurement-service has learnt first. Bidding and evaluation refuse such a tender rather than guess.
     */
    public List<String> unknownValues() {
        List<String> unknown = new java.util.ArrayList<>();
        if (regime == Regime.UNKNOWN) {
            unknown.add("regime");
        }
        if (priceFormula == PriceFormula.UNKNOWN) {
            unknown.add("priceFormula");
        }
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).kind() == Kind.UNKNOWN) {
                unknown.add("criteria[" + i + "].kind");
            }
        }
        for (int i = 0; i < tieBreak.size(); i++) {
            if (tieBreak.get(i) == TieBreak.UNKNOWN) {
                unknown.add("tieBreak[" + i + "]");
            }
        }
        return unknown;
    }

    /** The procurement regimes supplier-service knows; any other reads as UNKNOWN. */
    public enum Regime {
        PCR_2015,
        PA_2023,
        UNKNOWN;

        @JsonCreator
        static Regime of(String value) {
            return TolerantEnum.of(Regime.class, value, UNKNOWN);
        }
    }

    /** The criterion kinds supplier-service knows; any other reads as UNKNOWN. */
    public enum Kind {
        QUALITY,
        PRICE,
        PASS_FAIL,
        UNKNOWN;

        @JsonCreator
        static Kind of(String value) {
            return TolerantEnum.of(Kind.class, value, UNKNOWN);
        }
    }

    /** The price formulas supplier-service scores by; any other reads as UNKNOWN. */
    public enum PriceFormula {
        LOWEST_PRICE_RATIO,
        MEAN_RELATIVE,
        DEVIATION_FROM_LOWEST,
        UNKNOWN;

        @JsonCreator
        static PriceFormula of(String value) {
            return TolerantEnum.of(PriceFormula.class, value, UNKNOWN);
        }
    }

    /** The tie-break rules supplier-service applies; any other reads as UNKNOWN. */
    public enum TieBreak {
        HIGHER_QUALITY,
        LOWER_PRICE,
        UNKNOWN;

        @JsonCreator
        static TieBreak of(String value) {
            return TolerantEnum.of(TieBreak.class, value, UNKNOWN);
        }
    }

    /** One line of the pricing schedule; {@code lot} is the lot it belongs to, null when the tender is not divided. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PricingLine(String lineId, String siteCode, String odsCode, String lot) {

        public PricingLine(String lineId, String siteCode, String odsCode) {
            this(lineId, siteCode, odsCode, null);
        }
    }
}
