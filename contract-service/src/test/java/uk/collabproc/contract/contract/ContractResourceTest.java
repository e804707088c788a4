package uk.collabproc.contract.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.collabproc.contract.testing.Awarding.OFFICER;
import static uk.collabproc.contract.testing.Awarding.award;
import static uk.collabproc.contract.testing.Awarding.clock;
import static uk.collabproc.contract.testing.Awarding.rankedProcurement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.contract.testing.Awarding.Scenario;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.Metrics;

@QuarkusTest
class ContractResourceTest {

    private static final String PATH = "/api/v1/contracts";

    /** The rank-one bid awarded on 4 December 2017, decided the day after: the standstill runs until the 15th. */
    private record Awarded(Scenario scenario, String award) {
    }

    private static Awarded awarded() {
        clock("2017-12-05T10:00:00Z");
        Scenario scenario = rankedProcurement("PCR_2015");
        return new Awarded(scenario, award(scenario.procurementId(), "2017-12-04"));
    }

    /** Awarded, and its contract signed on 20 December 2017, after the standstill; answers the contract's location. */
    private static String concluded(Awarded awarded) {
        clock("2017-12-15T00:00:00Z");
        return conclude(awarded.award(), "2017-12-20").statusCode(201).extract().header("Location");
    }

    @Test
    void noContractIsConcludedDuringTheStandstill() {
        Awarded awarded = awarded();

        conclude(awarded.award(), "2017-12-14").statusCode(409).body("title", equalTo("Standstill running"));
    }

    @Test
    void aContractSignedBeforeTheStandstillEndedIsRefusedOnSignedDate() {
        Awarded awarded = awarded();
        clock("2017-12-15T00:00:00Z");

        conclude(awarded.award(), "2017-12-14").statusCode(400).body("violations.field", hasItem("signedDate"));
    }

    @Test
    void theContractHasTheWinningPriceAndTheTermFromItsSigningAndProcurementServiceIsTold() {
        Awarded awarded = awarded();
        clock("2017-12-15T00:00:00Z");

        conclude(awarded.award(), "2017-12-20").statusCode(201)
                .body("awardId", equalTo(awarded.award()))
                .body("supplierId", equalTo(awarded.scenario().supplierId().toString()))
                .body("value", equalTo(1050000.00f))
                .body("startDate", equalTo("2017-12-20"))
                .body("endDate", equalTo("2022-12-19"));
        org.junit.jupiter.api.Assertions.assertTrue(Awarding.requests("procurement-service")
                .contains("POST /api/v1/procurements/" + awarded.scenario().procurementId() + "/contract-conclusion"),
                "procurement-service is told");
    }

    @Test
    void aConcludedContractIsCountedAndOneTakenBackIsNot() {
        double before = Metrics.value("collab_contracts_concluded_total");
        Awarded refused = awarded();
        Awarding.forget("procurement-service", "/api/v1/procurements/" + refused.scenario().procurementId() + "/contract-conclusion");
        clock("2017-12-15T00:00:00Z");
        conclude(refused.award(), "2017-12-20").statusCode(404);
        assertEquals(before, Metrics.value("collab_contracts_concluded_total"), "taken back when procurement-service did not record it");

        concluded(awarded());
        assertEquals(before + 1, Metrics.value("collab_contracts_concluded_total"));
    }

    @Test
    void aSecondContractForTheAwardIsAConflictPointingAtTheFirst() {
        Awarded awarded = awarded();
        String location = concluded(awarded);

        conclude(awarded.award(), "2017-12-21").statusCode(409).header("Location", endsWith(location.substring(location.indexOf(PATH))));
    }

    @Test
    void theAwardOfAConcludedContractIsConcludedWithItsStandstillEnded() {
        Awarded awarded = awarded();
        concluded(awarded);

        given().auth().oauth2(OFFICER).get("/api/v1/awards/" + awarded.award()).then().body("status", equalTo("CONCLUDED"))
                .body("standstillEnded", equalTo(true));
    }

    @Test
    void theProjectManagerReadsTheContractAndTheOfficerListsIt() {
        String location = concluded(awarded());

        given().auth().oauth2(DevTokens.projectManager("RK9")).get(location).then().statusCode(200).body("value", equalTo(1050000.00f));
        given().auth().oauth2(OFFICER).get(PATH).then().statusCode(200).body("id",
                hasItem(location.substring(location.lastIndexOf('/') + 1)));
    }

    @Test
    void evaluatorsAndCallersWithoutATokenReadNoContract() {
        String location = concluded(awarded());

        // Members and suppliers read the contracts that concern them (FindingTheContractTest).
        given().auth().oauth2(DevTokens.evaluator("eval-alice")).get(location).then().statusCode(403);
        given().auth().oauth2(DevTokens.evaluator("eval-alice")).get(PATH).then().statusCode(403);
        given().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aContractThatDoesNotExistIsNotFound() {
        given().auth().oauth2(OFFICER).get(PATH + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anEmptyPageOfContractsIsRefusedOnSize() {
        given().auth().oauth2(OFFICER).queryParam("size", 0).get(PATH).then().statusCode(400).body("violations.field", hasItem("size"));
    }

    @Test
    void plymouthSavesAQuarterAYearAndAFifthOverTheTermAndEachMemberSeesOnlyItself() {
        String contract = Awarding.concludedContract();
        String benefits = PATH + "/" + contract + "/benefits";

        given().auth().oauth2(OFFICER).get(benefits).then().statusCode(200)
                .body("contractTermMonths", equalTo(60))
                .body("organisations.odsCode", equalTo(List.of("RH8", "RK9")))
                .body("organisations.find { it.odsCode == 'RK9' }.legacyAnnualCost", equalTo(31000.00f))
                .body("organisations.find { it.odsCode == 'RK9' }.newAnnualCost", equalTo(23000.00f))
                .body("organisations.find { it.odsCode == 'RK9' }.annualSavingPercent", equalTo(25.8f))
                .body("organisations.find { it.odsCode == 'RK9' }.termSavingPercent", equalTo(20.6f))
                .body("organisations.find { it.odsCode == 'RK9' }.bandwidthRatio", equalTo(10.0f))
                .body("total.sites", equalTo(3));
        given().auth().oauth2(DevTokens.member("RK9")).get(benefits).then().statusCode(200)
                .body("organisations.odsCode", equalTo(List.of("RK9"))).body("total.sites", equalTo(2));
        given().auth().oauth2(DevTokens.member("RX1")).get(benefits).then().statusCode(404);
        given().auth().oauth2(DevTokens.projectManager("RK9")).get(benefits).then().statusCode(403);
    }

    @Test
    void theContractIsExportedToOcds() {
        String contract = Awarding.concludedContract();
        given().auth().oauth2(DevTokens.member("RH8")).get(PATH + "/" + contract + "/ocds").then().statusCode(200)
                .body("version", equalTo("1.1"))
                .body("releases[0].ocid", org.hamcrest.Matchers.startsWith("ocds-collabproc-"))
                .body("releases[0].tag", equalTo(List.of("award", "contract")))
                .body("releases[0].parties.roles", hasItem(List.of("supplier", "tenderer")))
                .body("releases[0].awards[0].status", equalTo("active"))
                .body("releases[0].awards[0].value.currency", equalTo("GBP"))
                .body("releases[0].contracts[0].awardID", equalTo(given().auth().oauth2(OFFICER).get(PATH + "/" + contract)
                        .then().extract().path("awardId")))
                .body("releases[0].contracts[0].period.endDate", equalTo("2022-12-19"))
                .body("releases[0].contracts[0].implementation.milestones", hasSize(0))
                .body("releases[0].contracts[0].dateSigned", equalTo("2017-12-20"))
                .body("releases[0].buyer.name", equalTo("RK9"))
                .body("releases[0].tender.title", equalTo("Devon HSCN connectivity"))
                .body("releases[0].planning", nullValue());
    }

    @Test
    void whileEitherServiceCannotBeReachedNoContractIsStored() {
        clock("2017-12-05T10:00:00Z");
        String award = award(rankedProcurement("PCR_2015").procurementId(), "2017-12-04");
        clock("2017-12-16T10:00:00Z");
        Awarding.outage("supplier-service");
        try {
            conclude(award, "2017-12-20").statusCode(503).contentType("application/problem+json");
        } finally {
            Awarding.recovery("supplier-service");
        }
        given().auth().oauth2(OFFICER).get("/api/v1/awards/" + award).then().body("status", equalTo("STANDSTILL"));
        conclude(award, "2017-12-20").statusCode(201);
    }

    private static ValidatableResponse conclude(String awardId, String signedDate) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("signedDate", signedDate))
                .post("/api/v1/awards/" + awardId + "/contract").then();
    }
}
