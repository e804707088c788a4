package uk.collabproc.testsupport.bodies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PUT /api/v1/procurements/{id}/tender}: the evaluation model and the timetable. The deadlines
 * default to the open procedure published on 2 October 2017: clarifications until 20 October, tenders due 6 November;
 * the description and estimated value, which the tender notice requires, to the Devon Collaborative's.
 */
public final class TenderBody extends RequestBody<TenderBody> {

    public static final String CLARIFICATION_DEADLINE = "2017-10-20T12:00:00Z";
    public static final String TENDER_DEADLINE = "2017-11-06T12:00:00Z";

    /** What the tender notice says is bought, as the Devon Collaborative put it. */
    public static final String DESCRIPTION = "Wide area network connectivity (HSCN) for the sites of the member organisations, "
            + "with the migration of every site from the legacy network";
    public static final String ESTIMATED_VALUE = "1450000.00";

    private TenderBody(List<Map<String, Object>> criteria) {
        withCriteria(criteria);
        withDeadlines(CLARIFICATION_DEADLINE, TENDER_DEADLINE);
        with("description", DESCRIPTION).with("estimatedValue", new java.math.BigDecimal(ESTIMATED_VALUE));
    }

    /** The least a tender needs: one quality criterion (60) and price (40). */
    public static TenderBody tender() {
        return new TenderBody(
                List.of(criterion("Q1", "Service design", "QUALITY", 60), criterion("PRICE", "Evaluated price", "PRICE", 40)));
    }

    /** The worked example of docs/domain.md#worked-example: Q1 30 (minimum score 2), Q2 20, Q3 10, price 40 and the CN-SP pass/fail criterion. */
    public static TenderBody workedExample() {
        return new TenderBody(List.of(
                criterion("Q1", "Service design", "QUALITY", 30, 2),
                criterion("Q2", "Resilience", "QUALITY", 20),
                criterion("Q3", "Migration approach", "QUALITY", 10),
                criterion("PRICE", "Evaluated price", "PRICE", 40),
                criterion("CNSP", "HSCN CN-SP compliance", "PASS_FAIL", null)));
    }

    /** A criterion; a PASS_FAIL one has no weight, so {@code weight} may be null and is then left out. */
    public static Map<String, Object> criterion(String code, String title, String kind, Integer weight) {
        Map<String, Object> criterion = new LinkedHashMap<>(Map.of("code", code, "title", title, "kind", kind));
        if (weight != null) {
            criterion.put("weight", weight);
        }
        return criterion;
    }

    public static Map<String, Object> criterion(String code, String title, String kind, Integer weight, int minimumScore) {
        Map<String, Object> criterion = criterion(code, title, kind, weight);
        criterion.put("minimumScore", minimumScore);
        return criterion;
    }

    public TenderBody withCriteria(List<Map<String, Object>> criteria) {
        return with("criteria", new ArrayList<>(criteria));
    }

    /** Replaces the criterion at {@code index}, keeping the others. */
    @SuppressWarnings("unchecked")
    public TenderBody withCriterion(int index, Map<String, Object> criterion) {
        List<Map<String, Object>> criteria = new ArrayList<>((List<Map<String, Object>>) field("criteria"));
        criteria.set(index, criterion);
        return withCriteria(criteria);
    }

    public TenderBody withDeadlines(String clarificationDeadline, String tenderDeadline) {
        return with("clarificationDeadline", clarificationDeadline).with("tenderDeadline", tenderDeadline);
    }
}
