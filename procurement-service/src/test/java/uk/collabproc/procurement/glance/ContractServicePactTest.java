package uk.collabproc.procurement.glance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.common.remote.Remote;
import uk.collabproc.testsupport.ConsumerPact;
import uk.collabproc.testsupport.PactConsumer;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.RequestResponsePact;

/**
 * What the procurement at a glance reads from contract-service with the caller's token: a contract's benefits per
 * organisation and in total, and the 404 of an unknown contract. Played through procurement-service's own REST client;
 * contract-service verifies this pact against its packaged self.
 */
@QuarkusTest
class ContractServicePactTest {

    @RegisterExtension
    static final ConsumerPact<ContractServiceApi> PACT = new ConsumerPact<>("procurement-service", "contract-service",
            ContractServiceApi.class);

    private static final String CONTRACT = "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f";
    private static final String OFFICER = "Bearer an-officer-token";

    private static void benefit(PactDslJsonBody benefit) {
        benefit.integerType("sites", 2)
                .numberType("legacyAnnualCost", new BigDecimal("31000.00"))
                .numberType("newAnnualCost", new BigDecimal("23000.00"))
                .numberType("annualSaving", new BigDecimal("8000.00"))
                .numberType("annualSavingPercent", new BigDecimal("25.8"))
                .integerType("bandwidthBeforeMbps", 140)
                .integerType("bandwidthAfterMbps", 1400)
                .numberType("legacyCostPerMbps", new BigDecimal("221.43"))
                .numberType("newCostPerMbps", new BigDecimal("16.43"))
                .numberType("termSaving", new BigDecimal("32000.00"));
    }

    private static RequestResponsePact benefits() {
        PactDslJsonBody body = new PactDslJsonBody().integerType("contractTermMonths", 60);
        PactDslJsonBody organisation = body.minArrayLike("organisations", 1).stringType("odsCode", "RK9");
        benefit(organisation);
        PactDslJsonBody total = organisation.closeObject().closeArray().asBody().object("total");
        benefit(total);
        total.closeObject();
        return PactConsumer.readBy(PACT.given("a concluded contract"), "a request for the benefits to show at a glance",
                "/api/v1/contracts/${contractId}/benefits", "/api/v1/contracts/" + CONTRACT + "/benefits", OFFICER)
                .body(body)
                .toPact();
    }

    private static RequestResponsePact missingBenefits() {
        return PactConsumer.readOfMissing(PACT.given("no contract"), "a request for the benefits of a contract that does not exist",
                "/api/v1/contracts/" + PactConsumer.MISSING_ID + "/benefits", OFFICER);
    }

    @Test
    void readsTheBenefitsPerOrganisationAndInTotal() {
        Benefits benefits = PACT.verify(benefits(), client -> client.benefits(UUID.fromString(CONTRACT), OFFICER));
        assertEquals(60, benefits.contractTermMonths());
        assertEquals("RK9", benefits.organisations().get(0).odsCode());
        assertEquals(new BigDecimal("23000.00"), benefits.organisations().get(0).newAnnualCost());
        assertEquals(new BigDecimal("8000.00"), benefits.total().annualSaving());
    }

    /** The shared rule (commons Remote): a 404 is an answer, "missing", which the page shows as no benefits. */
    @Test
    void theBenefitsOfAContractThatDoesNotExistAreMissing() {
        Optional<Benefits> missing = PACT.verify(missingBenefits(), client -> Remote.unlessMissing("contract-service",
                () -> client.benefits(UUID.fromString(PactConsumer.MISSING_ID), OFFICER)));
        assertTrue(missing.isEmpty());
    }
}
