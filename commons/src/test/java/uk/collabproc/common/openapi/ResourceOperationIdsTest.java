package uk.collabproc.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResourceOperationIdsTest {

    @Test
    void theResourceNounThenTheMethodVerb() {
        assertEquals("organisationRegister", ResourceOperationIds.operationId("OrganisationResource", "register"));
        assertEquals("requirementSendBack", ResourceOperationIds.operationId("RequirementResource", "sendBack"));
        assertEquals("migrationPlanGet", ResourceOperationIds.operationId("MigrationPlanResource", "get"));
    }

    @Test
    void aMethodNamedLikeItsResourceIsTheNounAlone() {
        assertEquals("demand", ResourceOperationIds.operationId("DemandResource", "demand"));
        assertEquals("scope", ResourceOperationIds.operationId("ScopeResource", "scope"));
    }

    @Test
    void aNestedResourceClassIsNamedByItsOwnName() {
        assertEquals("baselinesCreate", ResourceOperationIds.operationId("MilestoneResource$Baselines", "create"));
    }
}
