package uk.collabproc.contract.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.common.remote.Remote;
import uk.collabproc.testsupport.ConsumerPact;
import uk.collabproc.testsupport.PactConsumer;

import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.core.model.RequestResponsePact;

/**
 * What contract-service needs from procurement-service: the procurement (regime and term) and the migration
 * scope, read with the officer's token; and the award decision and concluded contract, told by contract-service itself; and
 * the two refusals the shared rule for remote calls depends on. Each is played through contract-service's own REST client
 * (hence a Quarkus test). The example token names who calls (the provider swaps it for a real one).
 */
@QuarkusTest
class ProcurementServicePactTest {

    @RegisterExtension
    static final ConsumerPact<ProcurementServiceApi> PACT = new ConsumerPact<>("contract-service", "procurement-service",
            ProcurementServiceApi.class);

    private static final String EXAMPLE_ID = "5d2e8a10-4c3b-4f7e-8a9d-0e1f2a3b4c5d";
    private static final String EXAMPLE_AWARD = "7a1c9e42-5b6d-4e8f-9a0b-1c2d3e4f5a6b";
    private static final String EXAMPLE_CONTRACT = "9c3e1a64-7d8f-4a0b-8c2d-3e4f5a6b7c8d";
    private static final String STATE = "a published procurement with approved requirements";
    /** A tender divided into lot 1 and lot 2, in evaluation, neither lot awarded; its sites have approved requirements. */
    private static final String DIVIDED = "a procurement divided into lots, in evaluation";
    private static final String DIVIDED_LOT_1_AWARDED = "a procurement divided into lots, lot 1 awarded";
    /** How procurement-service numbers a tender's lots. */
    private static final String LOT = "\\d{1,3}";

    private static RequestResponsePact procurement() {
        return PactConsumer.readBy(PACT.given(STATE), "a request for a procurement",
                "/api/v1/procurements/${procurementId}", "/api/v1/procurements/" + EXAMPLE_ID, "Bearer an-officer-token")
                .body(procurementBody())
                .toPact();
    }

    /** A tender divided into lots: each lot is awarded and contracted on its own, so the award reads which lots there are. */
    private static RequestResponsePact dividedProcurement() {
        PactDslJsonBody body = procurementBody();
        body.minArrayLike("lots", 1, 2)
                .stringMatcher("number", LOT, "1")
                .stringType("title", "Acute and community trust sites")
                .stringMatcher("status", "NOT_AWARDED|AWARDED|CONTRACTED", "NOT_AWARDED")
                .closeObject()
                .closeArray();
        return PactConsumer.readBy(PACT.given(DIVIDED), "a request for a procurement divided into lots",
                "/api/v1/procurements/${procurementId}", "/api/v1/procurements/" + EXAMPLE_ID, "Bearer an-officer-token")
                .body(body)
                .toPact();
    }

    /** What the award and a case study read of any procurement. */
    private static PactDslJsonBody procurementBody() {
        return new PactDslJsonBody()
                .uuid("id", UUID.fromString(EXAMPLE_ID))
                .stringType("title", "Devon HSCN connectivity")
                .stringType("reference", "UHP-2017-HSCN-01")
                .stringMatcher("regime", "PCR_2015|PA_2023", "PCR_2015")
                .integerType("contractTermMonths", 60)
                .stringMatcher("status", "REQUIREMENTS_GATHERING|TENDER_OPEN|EVALUATION|AWARDED|CONTRACTED|CANCELLED",
                        "TENDER_OPEN")
                .stringType("leadOrganisation", "RK9")
                .minArrayLike("coLeads", 0, au.com.dius.pact.consumer.dsl.PactDslJsonRootValue.stringType("RA9"), 1)
                .stringMatcher("createdAt", INSTANT, "2017-08-01T09:00:00Z")
                .stringMatcher("requirementsDeadline", INSTANT, "2017-09-29T16:00:00Z")
                .stringMatcher("publishedAt", INSTANT, "2017-10-02T09:00:00Z")
                .stringMatcher("tenderDeadline", INSTANT, "2017-11-06T12:00:00Z");
    }

    /** An ISO-8601 instant as procurement-service writes it, with or without fractions of a second. */
    private static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

    /** The name a case study gives the organisation, read with a member's token. */
    private static RequestResponsePact organisation() {
        return PactConsumer.readBy(PACT.given(STATE), "a request for an organisation taking part",
                "/api/v1/organisations/${odsCode}", "/api/v1/organisations/RK9", "Bearer a-member-token")
                .body(new PactDslJsonBody()
                        .stringType("odsCode", "RK9")
                        .stringType("name", "University Hospitals Plymouth NHS Trust")
                        .stringType("type", "ACUTE_TRUST"))
                .toPact();
    }

    private static RequestResponsePact migrationScope() {
        return migrationScope(PACT.given(STATE).uponReceiving("a request for the migration scope"), false);
    }

    /** A lot's contract migrates the sites of that lot alone: each site says which lot its pricing line is in. */
    private static RequestResponsePact dividedMigrationScope() {
        return migrationScope(PACT.given(DIVIDED).uponReceiving("a request for the migration scope of a procurement divided into lots"),
                true);
    }

    private static RequestResponsePact migrationScope(PactDslRequestWithoutPath request, boolean divided) {
        PactDslJsonBody site = (PactDslJsonBody) PactDslJsonArray.arrayMinLike(1)
                .stringType("siteCode", "RK9-DERRIFORD")
                .stringType("odsCode", "RK9")
                .stringType("name", "Derriford Hospital")
                .booleanType("critical", true)
                .booleanType("core", true)
                .stringType("lineId", "L-RK9-DERRIFORD")
                .object("legacy")
                .integerType("bandwidthMbps", 10)
                .decimalType("annualCost", new BigDecimal("31000.00"))
                .closeObject()
                .object("requirement")
                .integerType("bandwidthMbps", 1000)
                .closeObject();
        if (divided) {
            site.stringMatcher("lot", LOT, "1");
        }
        return request
                .method("GET")
                .pathFromProviderState("/api/v1/procurements/${procurementId}/sites", "/api/v1/procurements/" + EXAMPLE_ID + "/sites")
                .query("page=0&size=500")
                .matchHeader("Authorization", "Bearer .+", "Bearer an-officer-token")
                .willRespondWith()
                .status(200)
                .matchHeader("X-Total-Count", "\\d+", "1")
                .body(site.closeObject())
                .toPact();
    }

    /** Told by contract-service itself (its service identity), with the award it has stored. */
    private static RequestResponsePact awardDecision() {
        return awardDecisionRequest(PACT.given("a procurement in evaluation")
                .uponReceiving("a record of the award decision"))
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .uuid("id", UUID.fromString(EXAMPLE_ID))
                        .stringValue("status", "AWARDED")
                        .object("award").uuid("awardId", UUID.fromString(EXAMPLE_AWARD)).closeObject())
                .toPact();
    }

    /** A lot's award, told with its lot; the procurement stays in evaluation until every lot is awarded. */
    private static RequestResponsePact lotAwardDecision() {
        return awardDecisionRequest(PACT.given(DIVIDED).uponReceiving("a record of the award decision of a lot"), true)
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .uuid("id", UUID.fromString(EXAMPLE_ID))
                        .stringMatcher("status", "EVALUATION|AWARDED", "EVALUATION"))
                .toPact();
    }

    private static RequestResponsePact contractConclusion() {
        return contractConclusion(PACT.given("an awarded procurement").uponReceiving("a record of the contract conclusion"), false)
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .uuid("id", UUID.fromString(EXAMPLE_ID))
                        .stringValue("status", "CONTRACTED"))
                .toPact();
    }

    /** The contract of a lot's award, told with its lot; the procurement is CONTRACTED once every lot's contract is. */
    private static RequestResponsePact lotContractConclusion() {
        return contractConclusion(PACT.given(DIVIDED_LOT_1_AWARDED).uponReceiving("a record of the contract conclusion of a lot"), true)
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .uuid("id", UUID.fromString(EXAMPLE_ID))
                        .stringMatcher("status", "EVALUATION|AWARDED|CONTRACTED", "AWARDED"))
                .toPact();
    }

    private static PactDslRequestWithPath contractConclusion(PactDslRequestWithoutPath request, boolean ofLot) {
        PactDslJsonBody body = new PactDslJsonBody()
                .valueFromProviderState("awardId", "${awardId}", EXAMPLE_AWARD)
                .uuid("contractId", UUID.fromString(EXAMPLE_CONTRACT))
                // What the notice that follows the contract (UK7, or F03 under PCR 2015) states.
                .uuid("supplierId", UUID.fromString(EXAMPLE_SUPPLIER))
                .stringType("supplierName", "MLL Telecom Ltd")
                .stringMatcher("signedDate", "\\d{4}-\\d{2}-\\d{2}", "2017-12-20")
                .stringMatcher("startDate", "\\d{4}-\\d{2}-\\d{2}", "2017-12-20")
                .stringMatcher("endDate", "\\d{4}-\\d{2}-\\d{2}", "2022-12-19")
                .decimalType("value", new BigDecimal("299675.00"));
        if (ofLot) {
            body.stringValue("lot", "1");
        }
        return request.method("POST")
                .pathFromProviderState("/api/v1/procurements/${procurementId}/contract-conclusion",
                        "/api/v1/procurements/" + EXAMPLE_ID + "/contract-conclusion")
                .matchHeader("Authorization", "Bearer .+", "Bearer a-contract-service-token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(body);
    }

    /** An id no procurement has: procurement-service answers 404, which the client reads as missing. */
    private static RequestResponsePact missingProcurement() {
        return PactConsumer.readOfMissing(PACT.given("no procurement"),
                "a request for a procurement that does not exist", "/api/v1/procurements/" + PactConsumer.MISSING_ID,
                "Bearer an-officer-token");
    }

    /** Recording an award while the tender is still open is refused (409); the client passes the refusal on. */
    private static RequestResponsePact refusedAwardDecision() {
        return awardDecisionRequest(PACT.given("a published tender")
                .uponReceiving("a record of an award decision before the tender deadline"))
                .willRespondWith()
                .status(409)
                .matchHeader("Content-Type", PactConsumer.PROBLEM_JSON, "application/problem+json")
                .body(new PactDslJsonBody().integerType("status", 409).stringType("detail",
                        "The procurement is TENDER_OPEN; it must be EVALUATION first"))
                .toPact();
    }

    /** contract-service's record of the award it has stored, told with its own identity. */
    private static PactDslRequestWithPath awardDecisionRequest(PactDslRequestWithoutPath request) {
        return awardDecisionRequest(request, false);
    }

    /** As {@link #awardDecisionRequest(PactDslRequestWithoutPath)}, of lot 1 when {@code ofLot}. */
    private static PactDslRequestWithPath awardDecisionRequest(PactDslRequestWithoutPath request, boolean ofLot) {
        PactDslJsonBody body = new PactDslJsonBody()
                .uuid("awardId", UUID.fromString(EXAMPLE_AWARD))
                .stringMatcher("decisionDate", "\\d{4}-\\d{2}-\\d{2}", "2017-12-04")
                .stringMatcher("standstillEndsAt", "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z", "2017-12-15T00:00:00Z")
                // What the contract award notice (UK6) states, published with the record under the Procurement Act 2023.
                .uuid("supplierId", UUID.fromString(EXAMPLE_SUPPLIER))
                .stringType("supplierName", "MLL Telecom Ltd")
                .decimalType("value", new BigDecimal("299675.00"));
        if (ofLot) {
            body.stringValue("lot", "1");
        }
        return request.method("POST")
                .pathFromProviderState("/api/v1/procurements/${procurementId}/award-decision",
                        "/api/v1/procurements/" + EXAMPLE_ID + "/award-decision")
                .matchHeader("Authorization", "Bearer .+", "Bearer a-contract-service-token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(body);
    }

    private static final String EXAMPLE_SUPPLIER = "5d0c1c57-2f7a-4d4e-9a55-6b1f0e6f4c21";

    private static final AwardDecision DECISION = new AwardDecision(UUID.fromString(EXAMPLE_AWARD), LocalDate.parse("2017-12-04"),
            Instant.parse("2017-12-15T00:00:00Z"), UUID.fromString(EXAMPLE_SUPPLIER), "MLL Telecom Ltd", new BigDecimal("299675.00"));

    @Test
    void readsTheRegimeAndTerm() {
        ProcurementSummary procurement = PACT.verify(procurement(), client -> client.procurement(UUID.fromString(EXAMPLE_ID),
                "Bearer an-officer-token"));
        assertEquals(ProcurementSummary.Regime.PCR_2015, procurement.regime());
        assertEquals(60, procurement.contractTermMonths());
        assertEquals("Devon HSCN connectivity", procurement.title());
        assertEquals("RK9", procurement.leadOrganisation());
        assertEquals(Instant.parse("2017-10-02T09:00:00Z"), procurement.publishedAt(), "a case study's journey");
    }

    @Test
    void readsAnOrganisationsName() {
        OrganisationSummary organisation = PACT.verify(organisation(), client -> client.organisation("RK9", "Bearer a-member-token"));
        assertEquals("University Hospitals Plymouth NHS Trust", organisation.name());
    }

    @Test
    void readsTheSitesToMigrate() {
        List<MigrationSite> sites = PACT.verify(migrationScope(), client -> client.scope(UUID.fromString(EXAMPLE_ID), 0, 500,
                "Bearer an-officer-token"));
        assertEquals("RK9-DERRIFORD", sites.get(0).siteCode());
        assertTrue(sites.get(0).critical());
        assertEquals(new BigDecimal("31000.00"), sites.get(0).legacy().annualCost());
        assertEquals(1000, sites.get(0).requirement().bandwidthMbps());
    }

    @Test
    void recordsTheAwardDecision() {
        ProcurementSummary recorded = PACT.verify(awardDecision(), client -> client.recordAwardDecision(UUID.fromString(EXAMPLE_ID),
                DECISION, "Bearer a-contract-service-token"));
        assertEquals(ProcurementSummary.Status.AWARDED, recorded.status());
    }

    @Test
    void recordsTheContractConclusion() {
        ProcurementSummary recorded = PACT.verify(contractConclusion(), client -> client.recordContractConclusion(
                UUID.fromString(EXAMPLE_ID), new ContractConclusion(UUID.fromString(EXAMPLE_AWARD), UUID.fromString(EXAMPLE_CONTRACT),
                        UUID.fromString(EXAMPLE_SUPPLIER), "MLL Telecom Ltd", LocalDate.parse("2017-12-20"), LocalDate.parse("2017-12-20"),
                        LocalDate.parse("2022-12-19"), new BigDecimal("299675.00")),
                "Bearer a-contract-service-token"));
        assertEquals(ProcurementSummary.Status.CONTRACTED, recorded.status());
    }

    @Test
    void readsTheLotsOfADividedTender() {
        ProcurementSummary procurement = PACT.verify(dividedProcurement(), client -> client.procurement(UUID.fromString(EXAMPLE_ID),
                "Bearer an-officer-token"));
        assertTrue(procurement.divided());
        assertEquals(ProcurementSummary.LotStatus.NOT_AWARDED, procurement.lot("1").orElseThrow().status());
    }

    @Test
    void readsTheLotOfEachSiteToMigrate() {
        List<MigrationSite> sites = PACT.verify(dividedMigrationScope(), client -> client.scope(UUID.fromString(EXAMPLE_ID), 0, 500,
                "Bearer an-officer-token"));
        assertEquals("1", sites.get(0).lot());
    }

    @Test
    void recordsTheAwardDecisionOfALot() {
        PACT.verify(lotAwardDecision(), client -> client.recordAwardDecision(UUID.fromString(EXAMPLE_ID), new AwardDecision(
                DECISION.awardId(), DECISION.decisionDate(), DECISION.standstillEndsAt(), DECISION.supplierId(), DECISION.supplierName(),
                DECISION.value(), "1"), "Bearer a-contract-service-token"));
    }

    @Test
    void recordsTheContractConclusionOfALot() {
        PACT.verify(lotContractConclusion(), client -> client.recordContractConclusion(
                UUID.fromString(EXAMPLE_ID), new ContractConclusion(UUID.fromString(EXAMPLE_AWARD), UUID.fromString(EXAMPLE_CONTRACT),
                        UUID.fromString(EXAMPLE_SUPPLIER), "MLL Telecom Ltd", LocalDate.parse("2017-12-20"), LocalDate.parse("2017-12-20"),
                        LocalDate.parse("2022-12-19"), new BigDecimal("299675.00"), "1"),
                "Bearer a-contract-service-token"));
    }

    /** The shared rule (commons Remote): a 404 is an answer, "missing", not a failure. */
    @Test
    void aProcurementThatDoesNotExistIsMissing() {
        Optional<ProcurementSummary> missing = PACT.verify(missingProcurement(), client -> Remote.unlessMissing("procurement-service",
                () -> client.procurement(UUID.fromString(PactConsumer.MISSING_ID), "Bearer an-officer-token")));
        assertTrue(missing.isEmpty());
    }

    /** The shared rule: another 4xx is procurement-service's refusal, passed on to our caller as it was given. */
    @Test
    void aRefusalIsPassedOnAsGiven() {
        HttpProblem refusal = PACT.verify(refusedAwardDecision(), client -> assertThrows(HttpProblem.class, () -> Remote.unlessMissing(
                "procurement-service",
                () -> client.recordAwardDecision(UUID.fromString(EXAMPLE_ID), DECISION, "Bearer a-contract-service-token"))));
        assertEquals(409, refusal.getStatusCode());
        assertTrue(refusal.getDetail().contains("TENDER_OPEN"), refusal.getDetail());
    }
}
