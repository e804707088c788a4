package uk.collabproc.supplier.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;

/**
 * What supplier-service needs from procurement-service, recorded as a pact (pacts/ at the root) that
 * procurement-service verifies against its packaged self.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "procurement-service", pactVersion = PactSpecVersion.V3)
class ProcurementServicePactTest {

    private static final String EXAMPLE_ID = "3f1c2a4e-7b8d-4c6e-9f0a-1b2c3d4e5f60";
    /** As the service reads JSON: unknown fields refused, unless the type says it reads tolerantly. */
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Pact(consumer = "supplier-service")
    RequestResponsePact publishedTender(PactDslWithProvider builder) {
        PactDslJsonBody tender = new PactDslJsonBody()
                .uuid("procurementId", java.util.UUID.fromString(EXAMPLE_ID))
                .stringType("leadOrganisation", "RK9")
                .minArrayLike("coLeads", 0, au.com.dius.pact.consumer.dsl.PactDslJsonRootValue.stringType("RA9"), 1)
                .stringMatcher("regime", "PCR_2015|PA_2023", "PCR_2015")
                .integerType("contractTermMonths", 60)
                .integerType("scaleMax", 5)
                .stringMatcher("priceFormula", "LOWEST_PRICE_RATIO|MEAN_RELATIVE|DEVIATION_FROM_LOWEST", "LOWEST_PRICE_RATIO")
                .numberType("qualityThresholdPercent", 0)
                .numberType("abnormallyLowPercent", 20)
                .integerType("discrepancyPoints", 2)
                .datetime("tenderDeadline", "yyyy-MM-dd'T'HH:mm:ss'Z'", Instant.parse("2017-11-06T12:00:00Z"))
                .booleanValue("published", true);
        tender.minArrayLike("criteria", 1)
                .stringType("code", "Q1")
                .stringType("title", "Service design")
                .stringMatcher("kind", "QUALITY|PRICE|PASS_FAIL", "QUALITY")
                .numberType("weight", 60)
                .closeObject()
                .closeArray();
        tender.minArrayLike("pricingSchedule", 1)
                .stringType("lineId", "L-RK9-DERRIFORD")
                .stringType("siteCode", "RK9-DERRIFORD")
                .stringType("odsCode", "RK9")
                .closeObject()
                .closeArray();
        tender.array("tieBreak").stringValue("HIGHER_QUALITY").stringValue("LOWER_PRICE").closeArray();
        return builder
                .given("a published tender")
                .uponReceiving("a request for a published tender")
                .method("GET")
                .pathFromProviderState("/api/v1/procurements/${procurementId}/tender", "/api/v1/procurements/" + EXAMPLE_ID + "/tender")
                .matchHeader("Authorization", "Bearer .+", "Bearer a-supplier-token")
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(tender)
                .toPact();
    }

    @Pact(consumer = "supplier-service")
    RequestResponsePact publishedProcurement(PactDslWithProvider builder) {
        PactDslJsonBody procurement = new PactDslJsonBody()
                .uuid("id", java.util.UUID.fromString(EXAMPLE_ID))
                .stringType("title", "Devon HSCN connectivity")
                .stringType("reference", "DEV-HSCN-2017")
                .stringMatcher("regime", "PCR_2015|PA_2023", "PCR_2015")
                .stringMatcher("status", "REQUIREMENTS_GATHERING|TENDER_OPEN|EVALUATION|AWARDED|CONTRACTED|CANCELLED", "TENDER_OPEN");
        return builder
                .given("a published tender")
                .uponReceiving("a request for a published procurement")
                .method("GET")
                .pathFromProviderState("/api/v1/procurements/${procurementId}", "/api/v1/procurements/" + EXAMPLE_ID)
                .matchHeader("Authorization", "Bearer .+", "Bearer a-supplier-token")
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(procurement)
                .toPact();
    }

    /** Once awarded, the procurement names the award that contract-service recorded; only then do summaries open. */
    @Pact(consumer = "supplier-service")
    RequestResponsePact awardedProcurement(PactDslWithProvider builder) {
        PactDslJsonBody procurement = new PactDslJsonBody()
                .uuid("id", java.util.UUID.fromString(EXAMPLE_ID))
                .stringMatcher("regime", "PCR_2015|PA_2023", "PCR_2015")
                .stringValue("status", "AWARDED");
        procurement.object("award").uuid("awardId", java.util.UUID.fromString("7a1c9e42-5b6d-4e8f-9a0b-1c2d3e4f5a6b")).closeObject();
        return builder
                .given("an awarded procurement")
                .uponReceiving("a request for an awarded procurement")
                .method("GET")
                .pathFromProviderState("/api/v1/procurements/${procurementId}", "/api/v1/procurements/" + EXAMPLE_ID)
                .matchHeader("Authorization", "Bearer .+", "Bearer a-supplier-token")
                .willRespondWith()
                .status(200)
                .body(procurement)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "awardedProcurement")
    void readsTheRecordedAward(MockServer procurementService) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(procurementService.getUrl() + "/api/v1/procurements/" + EXAMPLE_ID))
                .header("Authorization", "Bearer a-supplier-token").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertTrue(JSON.readValue(response.body(), ProcurementSummary.class).awarded());
    }

    @Test
    @PactTestFor(pactMethod = "publishedProcurement")
    void readsWhereThePublishedProcurementStands(MockServer procurementService) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(procurementService.getUrl() + "/api/v1/procurements/" + EXAMPLE_ID))
                .header("Authorization", "Bearer a-supplier-token").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        ProcurementSummary procurement = JSON.readValue(response.body(), ProcurementSummary.class);
        assertEquals(PublishedTender.Regime.PCR_2015, procurement.regime());
        assertEquals(ProcurementSummary.Status.TENDER_OPEN, procurement.status());
        assertTrue(!procurement.awarded());
    }

    @Test
    @PactTestFor(pactMethod = "publishedTender")
    void readsThePublishedTender(MockServer procurementService) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(procurementService.getUrl() + "/api/v1/procurements/" + EXAMPLE_ID + "/tender"))
                .header("Authorization", "Bearer a-supplier-token").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        PublishedTender tender = JSON.readValue(response.body(), PublishedTender.class);
        assertEquals(60, tender.contractTermMonths());
        assertEquals(PublishedTender.Kind.QUALITY, tender.criteria().get(0).kind());
        assertEquals("Service design", tender.criteria().get(0).title());
        assertEquals("L-RK9-DERRIFORD", tender.pricingSchedule().get(0).lineId());
        assertEquals("RK9", tender.leadOrganisation());
        assertEquals(java.util.List.of("RA9"), tender.coLeads());
        assertEquals(Instant.parse("2017-11-06T12:00:00Z"), tender.tenderDeadline());
        assertTrue(tender.published());
    }
}
