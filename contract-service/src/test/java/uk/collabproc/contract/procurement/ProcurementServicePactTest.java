package uk.collabproc.contract.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;

/**
 * What contract-service needs from procurement-service: the procurement (regime and term) and the migration
 * scope, read with the officer's token; and the award decision and concluded contract, told by contract-service itself. The
 * example token names who calls (the provider swaps it for a real one).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "procurement-service", pactVersion = PactSpecVersion.V3)
class ProcurementServicePactTest {

    private static final String EXAMPLE_ID = "5d2e8a10-4c3b-4f7e-8a9d-0e1f2a3b4c5d";
    private static final String EXAMPLE_AWARD = "7a1c9e42-5b6d-4e8f-9a0b-1c2d3e4f5a6b";
    private static final String EXAMPLE_CONTRACT = "9c3e1a64-7d8f-4a0b-8c2d-3e4f5a6b7c8d";
    private static final String STATE = "a published procurement with approved requirements";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Pact(consumer = "contract-service")
    RequestResponsePact procurement(PactDslWithProvider builder) {
        return builder.given(STATE)
                .uponReceiving("a request for a procurement")
                .method("GET")
                .pathFromProviderState("/api/v1/procurements/${procurementId}", "/api/v1/procurements/" + EXAMPLE_ID)
                .matchHeader("Authorization", "Bearer .+", "Bearer an-officer-token")
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .uuid("id", UUID.fromString(EXAMPLE_ID))
                        .stringType("title", "Devon HSCN connectivity")
                        .stringType("reference", "UHP-2017-HSCN-01")
                        .stringMatcher("regime", "PCR_2015|PA_2023", "PCR_2015")
                        .integerType("contractTermMonths", 60)
                        .stringMatcher("status", "REQUIREMENTS_GATHERING|TENDER_OPEN|EVALUATION|AWARDED|CONTRACTED|CANCELLED", "TENDER_OPEN")
                        .stringType("leadOrganisation", "RK9")
                        .minArrayLike("coLeads", 0, au.com.dius.pact.consumer.dsl.PactDslJsonRootValue.stringType("RA9"), 1))
                .toPact();
    }

    @Pact(consumer = "contract-service")
    RequestResponsePact migrationScope(PactDslWithProvider builder) {
        return builder.given(STATE)
                .uponReceiving("a request for the migration scope")
                .method("GET")
                .pathFromProviderState("/api/v1/procurements/${procurementId}/sites", "/api/v1/procurements/" + EXAMPLE_ID + "/sites")
                .query("page=0&size=500")
                .matchHeader("Authorization", "Bearer .+", "Bearer an-officer-token")
                .willRespondWith()
                .status(200)
                .matchHeader("X-Total-Count", "\\d+", "1")
                .body(PactDslJsonArray.arrayMinLike(1)
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
                            .closeObject()
                        .closeObject())
                .toPact();
    }

    /** Told by contract-service itself (its service identity), with the award it has stored. */
    @Pact(consumer = "contract-service")
    RequestResponsePact awardDecision(PactDslWithProvider builder) {
        return builder.given("a procurement in evaluation")
                .uponReceiving("a record of the award decision")
                .method("POST")
                .pathFromProviderState("/api/v1/procurements/${procurementId}/award-decision", "/api/v1/procurements/" + EXAMPLE_ID + "/award-decision")
                .matchHeader("Authorization", "Bearer .+", "Bearer a-contract-service-token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .uuid("awardId", UUID.fromString(EXAMPLE_AWARD))
                        .stringMatcher("decisionDate", "\\d{4}-\\d{2}-\\d{2}", "2017-12-04")
                        .stringMatcher("standstillEndsAt", "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z", "2017-12-15T00:00:00Z"))
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .uuid("id", UUID.fromString(EXAMPLE_ID))
                        .stringValue("status", "AWARDED")
                        .object("award").uuid("awardId", UUID.fromString(EXAMPLE_AWARD)).closeObject())
                .toPact();
    }

    @Pact(consumer = "contract-service")
    RequestResponsePact contractConclusion(PactDslWithProvider builder) {
        return builder.given("an awarded procurement")
                .uponReceiving("a record of the contract conclusion")
                .method("POST")
                .pathFromProviderState("/api/v1/procurements/${procurementId}/contract-conclusion",
                        "/api/v1/procurements/" + EXAMPLE_ID + "/contract-conclusion")
                .matchHeader("Authorization", "Bearer .+", "Bearer a-contract-service-token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("awardId", "${awardId}", EXAMPLE_AWARD)
                        .uuid("contractId", UUID.fromString(EXAMPLE_CONTRACT)))
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .uuid("id", UUID.fromString(EXAMPLE_ID))
                        .stringValue("status", "CONTRACTED"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "awardDecision")
    void recordsTheAwardDecision(MockServer procurementService) throws Exception {
        assertEquals(ProcurementSummary.Status.AWARDED, JSON.readValue(post(procurementService, "/api/v1/procurements/" + EXAMPLE_ID + "/award-decision",
                JSON.writeValueAsString(new AwardDecision(UUID.fromString(EXAMPLE_AWARD), java.time.LocalDate.parse("2017-12-04"),
                        java.time.Instant.parse("2017-12-15T00:00:00Z")))), ProcurementSummary.class).status());
    }

    @Test
    @PactTestFor(pactMethod = "contractConclusion")
    void recordsTheContractConclusion(MockServer procurementService) throws Exception {
        assertEquals(ProcurementSummary.Status.CONTRACTED, JSON.readValue(post(procurementService, "/api/v1/procurements/" + EXAMPLE_ID + "/contract-conclusion",
                JSON.writeValueAsString(new ContractConclusion(UUID.fromString(EXAMPLE_AWARD), UUID.fromString(EXAMPLE_CONTRACT)))),
                ProcurementSummary.class).status());
    }

    private static String post(MockServer server, String path, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getUrl() + path))
                .header("Authorization", "Bearer a-contract-service-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    @Test
    @PactTestFor(pactMethod = "procurement")
    void readsTheRegimeAndTerm(MockServer procurementService) throws Exception {
        ProcurementSummary procurement = JSON.readValue(get(procurementService, "/api/v1/procurements/" + EXAMPLE_ID, "an-officer-token"),
                ProcurementSummary.class);
        assertEquals(ProcurementSummary.Regime.PCR_2015, procurement.regime());
        assertEquals(60, procurement.contractTermMonths());
        assertEquals("Devon HSCN connectivity", procurement.title());
    }

    @Test
    @PactTestFor(pactMethod = "migrationScope")
    void readsTheSitesToMigrate(MockServer procurementService) throws Exception {
        List<MigrationSite> sites = JSON.readValue(get(procurementService, "/api/v1/procurements/" + EXAMPLE_ID + "/sites?page=0&size=500",
                "an-officer-token"), new TypeReference<List<MigrationSite>>() {
                });
        assertEquals("RK9-DERRIFORD", sites.get(0).siteCode());
        assertTrue(sites.get(0).critical());
        assertEquals(new BigDecimal("31000.00"), sites.get(0).legacy().annualCost());
        assertEquals(1000, sites.get(0).requirement().bandwidthMbps());
    }

    private static String get(MockServer server, String path, String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
