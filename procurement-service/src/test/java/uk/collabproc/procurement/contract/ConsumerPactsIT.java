package uk.collabproc.procurement.contract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;

import io.restassured.RestAssured;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.PackagedProvider;
import uk.collabproc.testsupport.ServiceProcess;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/**
 * Verifies the pacts of procurement-service's consumers (pacts/ at the root of the checkout) against the
 * packaged service, run as a process the way it runs for real. Provider states are set up through the
 * public API.
 */
@Provider("procurement-service")
@PactFolder("../pacts")
class ConsumerPactsIT extends PackagedProvider {

    @BeforeAll
    static void startTheService() throws Exception {
        start(ServiceProcess.ofThisModule("procurement-service"));
    }

    /** A supplier bids, an officer awards, a project manager plans, a member reads its case study, contract-service tells of its award. */
    @Override
    protected String tokenFor(String exampleHeader) {
        if (exampleHeader.contains("contract-service")) {
            return DevTokens.service("contract-service");
        }
        if (exampleHeader.contains("officer")) {
            return DevTokens.officer("PCL");
        }
        if (exampleHeader.contains("project-manager")) {
            return DevTokens.projectManager("PCL");
        }
        if (exampleHeader.contains("supplier")) {
            return DevTokens.supplier("pact-supplier");
        }
        if (exampleHeader.contains("member")) {
            return DevTokens.member("PCL");
        }
        throw new IllegalArgumentException("The pact's example token names no persona: " + exampleHeader);
    }

    /** Nothing to set up: the consumer asks for an id that no procurement has. */
    @State("no procurement")
    void noProcurement() {
    }

    @State("a procurement in evaluation")
    Map<String, Object> aProcurementInEvaluation() {
        Map<String, Object> state = aPublishedProcurement();
        Fixtures.clock("2017-11-07T09:00:00Z");
        return state;
    }

    @State("an awarded procurement")
    Map<String, Object> anAwardedProcurement() {
        Map<String, Object> state = aProcurementInEvaluation();
        String awardId = UUID.randomUUID().toString();
        RestAssured.given().auth().oauth2(DevTokens.service("contract-service")).contentType("application/json")
                .body(Map.of("awardId", awardId, "decisionDate", "2017-12-04", "standstillEndsAt", "2017-12-15T00:00:00Z"))
                .post("/api/v1/procurements/" + state.get("procurementId") + "/award-decision")
                .then().statusCode(200);
        return Map.of("procurementId", state.get("procurementId"), "awardId", awardId);
    }

    /** Published under the Act in two lots, each with its own weights, its tender open. */
    @State("a published tender divided into lots")
    Map<String, Object> aPublishedTenderInLots() {
        String reference = "PACT-LOTS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        List<Map<String, Object>> lots = Fixtures.twoLots("PCA", "PCP").stream().map(lot -> {
            Map<String, Object> weighed = new java.util.HashMap<>(lot);
            weighed.putIfAbsent("weights", Map.of("Q1", 50, "PRICE", 50));
            return (Map<String, Object>) weighed;
        }).toList();
        return Map.of("procurementId", Fixtures.publishedInTwoLots(reference, "PCL", "PCA", "PCP", lots), "odsCode", "PCL");
    }

    /** Under the Act, in two lots (PCA's sites in lot 1, PCP's in lot 2), after the tender deadline. */
    @State("a procurement divided into lots, in evaluation")
    Map<String, Object> aProcurementInLotsInEvaluation() {
        String reference = "PACT-LOTS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String procurement = Fixtures.publishedInTwoLots(reference, "PCL", "PCA", "PCP");
        Fixtures.clock("2025-05-07T09:00:00Z");
        return Map.of("procurementId", procurement, "odsCode", "PCL");
    }

    @State({ "a procurement divided into lots, lot 1 awarded", "a divided procurement with lot 1 of 2 awarded" })
    Map<String, Object> aProcurementInLotsWithLotOneAwarded() {
        Map<String, Object> state = aProcurementInLotsInEvaluation();
        String awardId = UUID.randomUUID().toString();
        RestAssured.given().auth().oauth2(DevTokens.service("contract-service")).contentType("application/json")
                .body(Fixtures.awardDecision(awardId, "2025-05-07", "2025-05-19T23:00:00Z", "1", Fixtures.SUPPLIER_ID))
                .post("/api/v1/procurements/" + state.get("procurementId") + "/award-decision")
                .then().statusCode(200);
        return Map.of("procurementId", state.get("procurementId"), "awardId", awardId);
    }

    @State({ "a published tender", "a published procurement with approved requirements" })
    Map<String, Object> aPublishedProcurement() {
        String reference = "PACT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        return Map.of("procurementId", Fixtures.publishedProcurement(reference, "PCL", "PCM"), "odsCode", "PCL");
    }
}
