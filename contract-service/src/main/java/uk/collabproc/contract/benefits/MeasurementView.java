package uk.collabproc.contract.benefits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Measurement")
public record MeasurementView(
        UUID measureId,
        String odsCode,
        @Schema(examples = "2018-09") YearMonth period,
        BigDecimal value,
        String note,
        String recordedBy,
        Instant recordedAt,
        long version) {

    static MeasurementView of(BenefitMeasurement measurement) {
        return new MeasurementView(measurement.measureId, measurement.odsCode, YearMonth.from(measurement.period),
                MeasureFigures.plain(measurement.value), measurement.note, measurement.recordedBy, measurement.recordedAt,
                measurement.version);
    }

    /** One version of a month's value, as the audit keeps it: what was recorded, by whom and when. */
    @Schema(name = "MeasurementRevision")
    public record Revision(@Schema(description = "RECORDED for the first value, CORRECTED for each later one") Change change,
            BigDecimal value,
            String note, String recordedBy, Instant recordedAt) {

        @Schema(name = "MeasurementChange")
        public enum Change {
            RECORDED,
            CORRECTED
        }
    }
}
