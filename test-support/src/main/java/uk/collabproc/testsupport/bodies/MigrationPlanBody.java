package uk.collabproc.testsupport.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parameters of {@code PUT /api/v1/contracts/{id}/migration-plan}: cutovers from Monday 5 March 2018, one a week,
 * the legacy network ceasing on 31 March 2019; no blackouts and the service's default lead times unless a test adds them.
 */
public final class MigrationPlanBody extends RequestBody<MigrationPlanBody> {

    private MigrationPlanBody() {
        with("startDate", "2018-03-05");
        withWeeklyCutoverCapacity(1);
        with("legacyEndDate", "2019-03-31");
    }

    public static MigrationPlanBody plan() {
        return new MigrationPlanBody();
    }

    public MigrationPlanBody withWeeklyCutoverCapacity(int cutovers) {
        return with("weeklyCutoverCapacity", cutovers);
    }

    /** Adds a period without cutovers, both days included. */
    @SuppressWarnings("unchecked")
    public MigrationPlanBody withBlackout(String from, String to) {
        List<Map<String, Object>> blackouts = field("blackouts") == null ? new ArrayList<>()
                : new ArrayList<>((List<Map<String, Object>>) field("blackouts"));
        blackouts.add(Map.of("from", from, "to", to));
        return with("blackouts", blackouts);
    }

    /** Working days between a site's milestones, in the order they happen. */
    public MigrationPlanBody withLeadTimes(int surveyToOrder, int orderToDelivery, int deliveryToCommissioning, int commissioningToCutover,
            int cutoverToCease) {
        return with("leadTimes", Map.of("surveyToOrder", surveyToOrder, "orderToDelivery", orderToDelivery, "deliveryToCommissioning",
                deliveryToCommissioning, "commissioningToCutover", commissioningToCutover, "cutoverToCease", cutoverToCease));
    }
}
