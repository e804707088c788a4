package uk.collabproc.supplier.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.common.remote.Remote;
import uk.collabproc.testsupport.ConsumerPact;
import uk.collabproc.testsupport.PactConsumer;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.core.model.RequestResponsePact;

/**
 * What supplier-service needs from procurement-service, recorded as a pact (pacts/ at the root) that
 * procurement-service verifies against its packaged self: played through supplier-service's own REST client (hence a
 * Quarkus test), including the 404 that the shared rule for remote calls reads as "missing".
 */
@QuarkusTest
class ProcurementServicePactTest {

    @RegisterExtension
    static final ConsumerPact<ProcurementServiceApi> PACT = new ConsumerPact<>("supplier-service", "procurement-service",
            ProcurementServiceApi.class);

    private static final String EXAMPLE_ID = "3f1c2a4e-7b8d-4c6e-9f0a-1b2c3d4e5f60";
    private static final String LOT_NUMBER = "[0-9]{1,3}";

    private static RequestResponsePact publishedTender() {
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
                .stringMatcher("lot", LOT_NUMBER, "1")
                .closeObject()
                .closeArray();
        // The tender is divided (issue 16): each lot has a number, its lines name it, and its own weights replace the
        // criteria's, keyed by criterion code.
        tender.minArrayLike("lots", 1)
                .stringMatcher("number", LOT_NUMBER, "1")
                .stringType("title", "Acute and community trust sites")
                .object("weights")
                .eachKeyLike("Q1", PactDslJsonRootValue.numberType(60))
                .closeObject()
                .closeObject()
                .closeArray();
        tender.array("tieBreak").stringValue("HIGHER_QUALITY").stringValue("LOWER_PRICE").closeArray();
        return jsonReadOfThePublishedTender("a published tender divided into lots", "a request for a published tender", "/tender", tender);
    }

    private static RequestResponsePact publishedProcurement() {
        PactDslJsonBody procurement = new PactDslJsonBody()
                .uuid("id", java.util.UUID.fromString(EXAMPLE_ID))
                .stringType("title", "Devon HSCN connectivity")
                .stringType("reference", "DEV-HSCN-2017")
                .stringMatcher("regime", "PCR_2015|PA_2023", "PCR_2015")
                .stringMatcher("status", "REQUIREMENTS_GATHERING|TENDER_OPEN|EVALUATION|AWARDED|CONTRACTED|CANCELLED", "TENDER_OPEN");
        return jsonReadOfThePublishedTender("a published tender", "a request for a published procurement", "", procurement);
    }

    /** A read, with the supplier's token, of the published tender's procurement or of a path below it, answered JSON. */
    private static RequestResponsePact jsonReadOfThePublishedTender(String state, String description, String below, PactDslJsonBody body) {
        return PactConsumer.readBy(PACT.given(state), description, "/api/v1/procurements/${procurementId}" + below,
                "/api/v1/procurements/" + EXAMPLE_ID + below, "Bearer a-supplier-token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(body)
                .toPact();
    }

    /** Once awarded, the procurement names the award that contract-service recorded; only then do summaries open. */
    private static RequestResponsePact awardedProcurement() {
        PactDslJsonBody procurement = new PactDslJsonBody()
                .uuid("id", java.util.UUID.fromString(EXAMPLE_ID))
                .stringMatcher("regime", "PCR_2015|PA_2023", "PCR_2015")
                .stringValue("status", "AWARDED");
        procurement.object("award").uuid("awardId", java.util.UUID.fromString("7a1c9e42-5b6d-4e8f-9a0b-1c2d3e4f5a6b")).closeObject();
        return PactConsumer.readBy(PACT.given("an awarded procurement"), "a request for an awarded procurement",
                "/api/v1/procurements/${procurementId}", "/api/v1/procurements/" + EXAMPLE_ID, "Bearer a-supplier-token")
                .body(procurement)
                .toPact();
    }

    /**
     * A divided procurement names each lot's standing and, once that lot is awarded, its recorded award: a lot's bidders
     * read their summaries then, while the procurement itself stays in EVALUATION until every lot is awarded.
     */
    private static RequestResponsePact dividedProcurementWithOneLotAwarded() {
        PactDslJsonBody procurement = new PactDslJsonBody()
                .uuid("id", java.util.UUID.fromString(EXAMPLE_ID))
                .stringMatcher("regime", "PCR_2015|PA_2023", "PCR_2015")
                .stringValue("status", "EVALUATION");
        procurement.array("lots")
                .object()
                .stringValue("number", "1")
                .stringValue("status", "AWARDED")
                .object("award").uuid("awardId", java.util.UUID.fromString("7a1c9e42-5b6d-4e8f-9a0b-1c2d3e4f5a6b")).closeObject()
                .closeObject()
                .object()
                .stringValue("number", "2")
                .stringValue("status", "NOT_AWARDED")
                .nullValue("award")
                .closeObject()
                .closeArray();
        return PactConsumer.readBy(PACT.given("a divided procurement with lot 1 of 2 awarded"),
                "a request for a divided procurement with one lot awarded", "/api/v1/procurements/${procurementId}",
                "/api/v1/procurements/" + EXAMPLE_ID, "Bearer a-supplier-token")
                .body(procurement)
                .toPact();
    }

    private static RequestResponsePact missingTender() {
        return PactConsumer.readOfMissing(PACT.given("no procurement"),
                "a request for the tender of a procurement that does not exist",
                "/api/v1/procurements/" + PactConsumer.MISSING_ID + "/tender", "Bearer a-supplier-token");
    }

    @Test
    void readsTheRecordedAward() {
        assertTrue(PACT.verify(awardedProcurement(), client -> client.procurement(UUID.fromString(EXAMPLE_ID),
                "Bearer a-supplier-token")).awarded());
    }

    @Test
    void readsWhichLotsOfADividedProcurementAreAwarded() {
        ProcurementSummary procurement = PACT.verify(dividedProcurementWithOneLotAwarded(),
                client -> client.procurement(UUID.fromString(EXAMPLE_ID), "Bearer a-supplier-token"));
        assertFalse(procurement.awarded());
        assertTrue(procurement.awarded("1"));
        assertFalse(procurement.awarded("2"));
    }

    @Test
    void readsWhereThePublishedProcurementStands() {
        ProcurementSummary procurement = PACT.verify(publishedProcurement(), client -> client.procurement(UUID.fromString(EXAMPLE_ID),
                "Bearer a-supplier-token"));
        assertEquals(PublishedTender.Regime.PCR_2015, procurement.regime());
        assertEquals(ProcurementSummary.Status.TENDER_OPEN, procurement.status());
        assertFalse(procurement.awarded());
    }

    @Test
    void readsThePublishedTender() {
        PublishedTender tender = PACT.verify(publishedTender(), client -> client.tender(UUID.fromString(EXAMPLE_ID),
                "Bearer a-supplier-token"));
        assertEquals(60, tender.contractTermMonths());
        assertEquals(PublishedTender.Kind.QUALITY, tender.criteria().get(0).kind());
        assertEquals("Service design", tender.criteria().get(0).title());
        assertEquals("L-RK9-DERRIFORD", tender.pricingSchedule().get(0).lineId());
        assertEquals("1", tender.pricingSchedule().get(0).lot());
        assertTrue(tender.divided());
        assertEquals(List.of("1"), tender.lotNumbers());
        assertEquals(0, new java.math.BigDecimal("60").compareTo(tender.lots().get(0).weights().get("Q1")));
        assertEquals(List.of("L-RK9-DERRIFORD"), tender.linesOf("1").stream().map(PublishedTender.PricingLine::lineId).toList());
        assertEquals("RK9", tender.leadOrganisation());
        assertEquals(List.of("RA9"), tender.coLeads());
        assertEquals(Instant.parse("2017-11-06T12:00:00Z"), tender.tenderDeadline());
        assertTrue(tender.published());
    }

    /** The shared rule (commons Remote): a 404 is an answer, "missing", not a failure. */
    @Test
    void theTenderOfAProcurementThatDoesNotExistIsMissing() {
        Optional<PublishedTender> missing = PACT.verify(missingTender(), client -> Remote.unlessMissing("procurement-service",
                () -> client.tender(UUID.fromString(PactConsumer.MISSING_ID), "Bearer a-supplier-token")));
        assertTrue(missing.isEmpty());
    }
}
