package uk.collabproc.procurement.procurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;

/**
 * Issue 18, item 3: a procurement is found by the reference its lead partner gave it, by whoever may see it, and carries
 * links to its award and contract in contract-service where that service is published; a divided tender's lots each to
 * their own.
 */
@QuarkusTest
class FindingByReferenceTest {

    private static final String PATH = "/api/v1/procurements";
    private static final String CONTRACT_SERVICE = DevTokens.service("contract-service");

    private static ValidatableResponse byReference(String token, String reference) {
        return given().auth().oauth2(token).queryParam("reference", reference).get(PATH).then();
    }

    private static ValidatableResponse record(String procurement, String what, Map<String, Object> body) {
        return given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(body).post(PATH + "/" + procurement + "/" + what)
                .then();
    }

    /** Where contract-service is published, as this service is configured to know it. */
    private static String contractService() {
        return ConfigProvider.getConfig().getValue("collab.links.contract-service-url", String.class);
    }

    @Test
    void aProcurementIsFoundByItsReferenceByAMemberOfAnotherOrganisationAsByAnyone() {
        String procurement = Fixtures.publishedProcurement("FIND-REF-1", "FR1", "FR2");

        for (String token : new String[] { DevTokens.member("FR2"), DevTokens.member("ZZ8"), Fixtures.officerOf(procurement),
                DevTokens.supplier("s-1") }) {
            byReference(token, "FIND-REF-1").statusCode(200).header("X-Total-Count", "1").body("id", contains(procurement))
                    .body("[0].reference", equalTo("FIND-REF-1"));
        }
    }

    @Test
    void aReferenceNobodyGaveListsNothing() {
        byReference(DevTokens.member("FR2"), "NO-SUCH-REF-7").statusCode(200).header("X-Total-Count", "0").body("$", empty());
    }

    @Test
    void aProcurementNotYetPublishedIsNotFoundByASupplierExactlyAsOneThatDoesNotExist() {
        Fixtures.clock("2017-08-01T09:00:00Z");
        Fixtures.organisation("FR3", "ACUTE_TRUST");
        String procurement = Fixtures.procurement("FIND-REF-2", "FR3", "2017-09-29T16:00:00Z");
        String published = Fixtures.publishedProcurement("FIND-REF-4", "FR3", "FR4");

        byReference(DevTokens.supplier("s-1"), "FIND-REF-2").statusCode(200).header("X-Total-Count", "0").body("$", empty());
        byReference(DevTokens.supplier("s-1"), "FIND-REF-4").statusCode(200).body("id", contains(published));
        byReference(DevTokens.member("FR3"), "FIND-REF-2").statusCode(200).body("id", contains(procurement));
    }

    @Test
    void aReferenceThatCannotBeOneIsRefused() {
        byReference(DevTokens.member("FR2"), "has spaces").statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("reference"));
    }

    @Test
    void theProcurementLinksToItselfAndOnceTheyExistToItsAwardAndContractWhereContractServiceIsPublishedNotWhereTheHostSays() {
        String procurement = Fixtures.publishedProcurement("FIND-REF-3", "FR1", "FR2");
        String self = PATH + "/" + procurement;
        given().auth().oauth2(DevTokens.member("FR2")).get(self).then().statusCode(200).body("links.procurement", equalTo(self))
                .body("links", not(hasKey("award"))).body("links", not(hasKey("contract")));

        Fixtures.clock("2017-11-07T09:00:00Z");
        UUID award = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        record(procurement, "award-decision", Fixtures.awardDecision(award, "2017-12-04", "2017-12-15T00:00:00Z")).statusCode(200)
                .body("links.award", equalTo(contractService() + "/api/v1/awards/" + award)).body("links", not(hasKey("contract")));
        record(procurement, "contract-conclusion", Fixtures.contractConclusion(award, contract, "2017-12-18")).statusCode(200);

        given().auth().oauth2(DevTokens.member("FR2")).header("Host", "attacker.example").queryParam("reference", "FIND-REF-3").get(PATH)
                .then().statusCode(200)
                .body("[0].links.procurement", equalTo(self))
                .body("[0].links.award", equalTo(contractService() + "/api/v1/awards/" + award))
                .body("[0].links.contract", equalTo(contractService() + "/api/v1/contracts/" + contract));
    }

    @Test
    void eachLotLinksToItsOwnAwardAndContract() {
        String procurement = Fixtures.publishedInTwoLots("FIND-LOTS", "FL1", "FL2", "FL3");
        Fixtures.clock("2025-05-07T09:00:00Z");
        UUID award = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        record(procurement, "award-decision",
                Fixtures.awardDecision(award, "2025-05-07", "2025-05-19T23:00:00Z", "1", Fixtures.SUPPLIER_ID))
                .statusCode(200);
        Fixtures.clock("2025-05-20T09:00:00Z");
        record(procurement, "contract-conclusion", Fixtures.contractConclusion(award, contract, "2025-05-20", "1")).statusCode(200);

        given().auth().oauth2(DevTokens.member("FL3")).get(PATH + "/" + procurement).then().statusCode(200)
                .body("links", not(hasKey("award")))
                .body("lots[0].links.award", equalTo(contractService() + "/api/v1/awards/" + award))
                .body("lots[0].links.contract", equalTo(contractService() + "/api/v1/contracts/" + contract))
                .body("lots[1].links.procurement", equalTo(PATH + "/" + procurement))
                .body("lots[1].links", not(hasKey("award")));
    }
}
