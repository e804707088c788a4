package uk.collabproc.contract.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.contract.testing.Awarding.Scenario;
import uk.collabproc.testsupport.DevTokens;

/**
 * Issue 18, item 3: a member finds the contract and the award that migrate its organisation's sites, and nothing of
 * another's; the winning supplier finds its own; each carries links to its procurement, award and contract; and both are
 * found by the procurement's id or reference. Two contracts of procurements with references of their own: one migrates
 * sites of the member organisation {@code mine}, the other of {@code theirs}.
 */
@QuarkusTest
class FindingTheContractTest {

    private static final String CONTRACTS = "/api/v1/contracts";
    private static final String AWARDS = "/api/v1/awards";

    private record Concluded(Scenario scenario, String reference, String contract, String award) {
    }

    private static String mine;
    private static String theirs;
    private static Concluded ours;
    private static Concluded other;

    @BeforeEach
    void twoContractsOfTwoMembers() {
        if (ours != null) {
            return;
        }
        String run = Long.toString(System.nanoTime() % 46656, 36).toUpperCase();
        mine = "M" + run;
        theirs = "T" + run;
        ours = conclude("FIND-" + run + "-A", mine);
        other = conclude("FIND-" + run + "-B", theirs);
    }

    private static Concluded conclude(String reference, String member) {
        Scenario scenario = Awarding.rankedProcurement(reference, member);
        String contract = Awarding.concludedContract(scenario);
        String award = given().auth().oauth2(Awarding.OFFICER).get(CONTRACTS + "/" + contract).then().statusCode(200).extract()
                .path("awardId");
        return new Concluded(scenario, reference, contract, award);
    }

    private static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).get(path).then();
    }

    @Test
    void aMemberListsTheContractAndTheAwardMigratingItsSitesAndNoOther() {
        String member = DevTokens.member(mine);

        get(member, CONTRACTS).statusCode(200).header("X-Total-Count", "1").body("id", contains(ours.contract()))
                .body("[0].procurementId", equalTo(ours.scenario().procurementId().toString()))
                .body("[0].procurementReference", equalTo(ours.reference()));
        get(member, AWARDS).statusCode(200).header("X-Total-Count", "1").body("id", contains(ours.award()))
                .body("[0].contractId", equalTo(ours.contract())).body("[0].supplierName", equalTo("MLL Telecom Ltd"));
        get(member, CONTRACTS + "/" + ours.contract()).statusCode(200).body("value", equalTo(1050000.00f));
    }

    @Test
    void aMemberReadsNoBidOfItsAward() {
        get(DevTokens.member(mine), AWARDS + "/" + ours.award()).statusCode(200).body("winningBidId", nullValue());
        get(Awarding.OFFICER, AWARDS + "/" + ours.award()).statusCode(200)
                .body("winningBidId", equalTo(ours.scenario().winningBidId().toString()));
    }

    @Test
    void anotherOrganisationsContractAndAwardDoNotExistForAMember() {
        String member = DevTokens.member(mine);

        get(member, CONTRACTS + "/" + other.contract()).statusCode(404).contentType("application/problem+json");
        get(member, AWARDS + "/" + other.award()).statusCode(404).contentType("application/problem+json");
        get(DevTokens.member("N" + mine.substring(1)), CONTRACTS).statusCode(200).header("X-Total-Count", "0").body("$", empty());
        get(DevTokens.member("N" + mine.substring(1)), AWARDS).statusCode(200).header("X-Total-Count", "0").body("$", empty());
    }

    @Test
    void theWinningSupplierFindsItsOwnAwardAndContractAndAnotherSupplierNothing() {
        String winner = DevTokens.supplier(ours.scenario().supplierId().toString());

        get(winner, CONTRACTS).statusCode(200).body("id", contains(ours.contract()));
        get(winner, AWARDS + "/" + ours.award()).statusCode(200).body("winningBidId", equalTo(ours.scenario().winningBidId().toString()));
        get(winner, CONTRACTS + "/" + other.contract()).statusCode(404);
        String loser = DevTokens.supplier(UUID.randomUUID().toString());
        get(loser, CONTRACTS).statusCode(200).body("$", empty());
        get(loser, AWARDS + "/" + ours.award()).statusCode(404);
        get(DevTokens.supplier("not-a-supplier-id"), AWARDS).statusCode(200).body("$", empty());
    }

    @Test
    void theContractAndTheAwardLinkToEachOtherAndToTheProcurementWhereProcurementServiceIsPublishedNotWhereTheHostSays() {
        String procurement = ConfigProvider.getConfig().getValue("collab.links.procurement-service-url", String.class)
                + "/api/v1/procurements/" + ours.scenario().procurementId();

        // A Host header names the client's idea of the address, which the links never take.
        given().auth().oauth2(Awarding.OFFICER).header("Host", "attacker.example").get(CONTRACTS + "/" + ours.contract()).then()
                .statusCode(200)
                .body("links.procurement", equalTo(procurement))
                .body("links.award", equalTo(AWARDS + "/" + ours.award()))
                .body("links.contract", equalTo(CONTRACTS + "/" + ours.contract()));
        given().auth().oauth2(DevTokens.member(mine)).header("Host", "attacker.example").get(AWARDS).then().statusCode(200)
                .body("[0].links.procurement", equalTo(procurement))
                .body("[0].links.contract", equalTo(CONTRACTS + "/" + ours.contract()))
                .body("[0].links.award", equalTo(AWARDS + "/" + ours.award()));
    }

    @Test
    void anAwardInItsStandstillLinksToNoContract() {
        Awarding.clock("2017-12-05T10:00:00Z");
        Scenario scenario = Awarding.rankedProcurement("PCR_2015");
        String award = Awarding.award(scenario.procurementId(), "2017-12-04");

        get(Awarding.OFFICER, AWARDS + "/" + award).statusCode(200).body("contractId", nullValue())
                .body("links", not(org.hamcrest.Matchers.hasKey("contract")))
                .body("links.procurement", org.hamcrest.Matchers.endsWith("/api/v1/procurements/" + scenario.procurementId()));
    }

    @Test
    void theContractAndTheAwardAreFoundByTheProcurementsReferenceOrId() {
        get(Awarding.OFFICER, CONTRACTS + "?reference=" + ours.reference()).statusCode(200).header("X-Total-Count", "1")
                .body("id", contains(ours.contract()));
        get(Awarding.OFFICER, AWARDS + "?reference=" + ours.reference()).statusCode(200).body("id", contains(ours.award()));
        get(Awarding.OFFICER, CONTRACTS + "?procurementId=" + ours.scenario().procurementId()).statusCode(200)
                .body("id", contains(ours.contract()));
        get(Awarding.OFFICER, AWARDS + "?procurementId=" + ours.scenario().procurementId() + "&reference=" + ours.reference())
                .statusCode(200).body("id", contains(ours.award()));
        get(DevTokens.member(mine), CONTRACTS + "?reference=" + ours.reference()).statusCode(200).body("id", contains(ours.contract()));
    }

    @Test
    void aProcurementThatIsNotTheCallersListsNothingExactlyAsOneThatDoesNotExist() {
        String member = DevTokens.member(mine);

        for (String query : new String[] { "?reference=" + other.reference(), "?procurementId=" + other.scenario().procurementId(),
                "?reference=NO-SUCH-REF", "?procurementId=" + UUID.randomUUID(),
                "?procurementId=" + ours.scenario().procurementId() + "&reference=" + other.reference() }) {
            get(member, CONTRACTS + query).statusCode(200).header("X-Total-Count", "0").body("$", empty());
            get(member, AWARDS + query).statusCode(200).header("X-Total-Count", "0").body("$", empty());
        }
        get(DevTokens.officer("ZZ9"), CONTRACTS + "?reference=" + ours.reference()).statusCode(200).body("$", empty());
    }

    @Test
    void aReferenceOrIdThatCannotBeOneIsRefused() {
        get(Awarding.OFFICER, CONTRACTS + "?reference=" + "R".repeat(51)).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("reference"));
        get(Awarding.OFFICER, AWARDS + "?procurementId=not-an-id").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void evaluatorsAndMembersProjectManagersStillReadNoAward() {
        get(DevTokens.evaluator("eval-alice"), AWARDS).statusCode(403);
        get(DevTokens.projectManager("RK9"), AWARDS).statusCode(403);
        get(DevTokens.evaluator("eval-alice"), CONTRACTS).statusCode(403);
    }
}
