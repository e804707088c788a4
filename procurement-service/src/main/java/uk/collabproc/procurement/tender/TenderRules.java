package uk.collabproc.procurement.tender;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import uk.collabproc.common.problem.Violation;
import uk.collabproc.procurement.procurement.Regime;

/**
 * The rules a tender must keep to be saved and, again, to be published (docs/domain.md#tender-rules and the regime's time
 * limits). Each check adds a violation rather than stopping, so that the officer sees every problem at once.
 */
public final class TenderRules {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private TenderRules() {
    }

    /**
     * Every violation of the model, the timetable counted from {@code publication} (the day it is, or would
     * be, published) included.
     */
    public static List<Violation> check(EvaluationModel model, Regime regime, LocalDate publication) {
        List<Violation> violations = new ArrayList<>();
        checkCriteria(model, violations);
        checkParameters(model, violations);
        checkTimetable(model, regime, publication, violations);
        return violations;
    }

    private static void checkCriteria(EvaluationModel model, List<Violation> violations) {
        List<Criterion> criteria = model.criteria();
        if (criteria == null || criteria.isEmpty()) {
            violations.add(Violation.ofBody("criteria", "must list the evaluation criteria"));
            return;
        }
        Set<String> codes = new HashSet<>();
        BigDecimal weights = BigDecimal.ZERO;
        int prices = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            String at = "criteria[" + i + "]";
            if (criterion == null) {
                violations.add(Violation.ofBody(at, "must not be null"));
                continue;
            }
            if (criterion.code() == null || !CODE.matcher(criterion.code()).matches()) {
                violations.add(Violation.ofBody(at + ".code", "must be 1 to 20 upper-case letters, digits, _ and -"));
            } else if (!codes.add(criterion.code())) {
                violations.add(Violation.ofBody(at + ".code", "repeats criterion code " + criterion.code()));
            }
            if (criterion.title() == null || criterion.title().isBlank() || criterion.title().length() > 200) {
                violations.add(Violation.ofBody(at + ".title", "must be 1 to 200 characters"));
            }
            if (criterion.kind() == null) {
                violations.add(Violation.ofBody(at + ".kind", "must be QUALITY, PRICE or PASS_FAIL"));
                continue;
            }
            switch (criterion.kind()) {
                case QUALITY, PRICE -> {
                    if (criterion.weight() == null || criterion.weight().signum() <= 0) {
                        violations.add(Violation.ofBody(at + ".weight", "must be a positive percentage"));
                    } else if (criterion.weight().scale() > 2) {
                        violations.add(Violation.ofBody(at + ".weight", "must have at most two decimals"));
                    } else {
                        weights = weights.add(criterion.weight());
                    }
                    if (criterion.kind() == CriterionKind.PRICE) {
                        prices++;
                        if (criterion.minimumScore() != null) {
                            violations.add(Violation.ofBody(at + ".minimumScore", "applies to QUALITY criteria only"));
                        }
                    } else if (criterion.minimumScore() != null
                            && (criterion.minimumScore() < 0 || criterion.minimumScore() > model.scaleMax())) {
                        violations.add(Violation.ofBody(at + ".minimumScore", "must be within the scale, 0 to " + model.scaleMax()));
                    }
                }
                case PASS_FAIL -> {
                    if (criterion.weight() != null) {
                        violations.add(Violation.ofBody(at + ".weight", "PASS_FAIL criteria have no weight"));
                    }
                    if (criterion.minimumScore() != null) {
                        violations.add(Violation.ofBody(at + ".minimumScore", "PASS_FAIL criteria have no score"));
                    }
                }
            }
        }
        if (prices != 1) {
            violations.add(Violation.ofBody("criteria", "must have exactly one PRICE criterion; it has " + prices));
        }
        if (weights.compareTo(HUNDRED) != 0) {
            violations.add(Violation.ofBody("criteria", "the weights of QUALITY and PRICE criteria must sum to exactly 100; they sum to "
                    + weights.stripTrailingZeros().toPlainString()));
        }
    }

    private static void checkParameters(EvaluationModel model, List<Violation> violations) {
        if (model.scaleMax() < 1 || model.scaleMax() > 100) {
            violations.add(Violation.ofBody("scaleMax", "must be from 1 to 100"));
        }
        if (!isPercentage(model.qualityThresholdPercent(), true)) {
            violations.add(Violation.ofBody("qualityThresholdPercent", "must be from 0 to 100"));
        }
        if (!isPercentage(model.abnormallyLowPercent(), false) || model.abnormallyLowPercent().compareTo(HUNDRED) >= 0) {
            violations.add(Violation.ofBody("abnormallyLowPercent", "must be more than 0 and less than 100"));
        }
        if (model.discrepancyPoints() < 0 || model.discrepancyPoints() > model.scaleMax()) {
            violations.add(Violation.ofBody("discrepancyPoints", "must be within the scale, 0 to " + model.scaleMax()));
        }
        // Immutable lists refuse contains(null), so nulls are looked for one by one.
        if (model.tieBreak() == null || model.tieBreak().stream().anyMatch(java.util.Objects::isNull)
                || new HashSet<>(model.tieBreak()).size() != model.tieBreak().size()) {
            violations.add(Violation.ofBody("tieBreak", "must list tie-break rules, each at most once"));
        }
    }

    private static void checkTimetable(EvaluationModel model, Regime regime, LocalDate publication, List<Violation> violations) {
        if (model.tenderDeadline() == null) {
            violations.add(Violation.ofBody("tenderDeadline", "must not be null"));
        } else {
            LocalDate earliest = regime.earliestTenderDeadline(publication);
            if (LocalDate.ofInstant(model.tenderDeadline(), UK).isBefore(earliest)) {
                violations.add(Violation.ofBody("tenderDeadline", "under " + regime + " the tender period is at least "
                        + regime.minimumTenderPeriodDays() + " days: published on " + publication + ", tenders are due on "
                        + earliest + " or later"));
            }
        }
        if (model.clarificationDeadline() == null) {
            violations.add(Violation.ofBody("clarificationDeadline", "must not be null"));
        } else {
            if (model.tenderDeadline() != null && !model.clarificationDeadline().isBefore(model.tenderDeadline())) {
                violations.add(Violation.ofBody("clarificationDeadline", "must be before the tender deadline"));
            }
            if (LocalDate.ofInstant(model.clarificationDeadline(), UK).isBefore(publication)) {
                violations.add(Violation.ofBody("clarificationDeadline", "must not be before publication on " + publication));
            }
        }
    }

    private static boolean isPercentage(BigDecimal value, boolean zeroAllowed) {
        return value != null && (zeroAllowed ? value.signum() >= 0 : value.signum() > 0) && value.compareTo(HUNDRED) <= 0;
    }
}
