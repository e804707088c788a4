package uk.collabproc.procurement.requirement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;

/** Membership asks the requirement feature whether a member may leave: not while it has requirements, drafts included. */
@QuarkusTest
class MemberRequirementsTest {

    @Test
    void aMemberLeavesOnlyOnceItHasWithdrawnItsDraftRequirements() {
        Fixtures.clock("2017-08-01T09:00:00Z");
        Fixtures.organisation("MRL", "ACUTE_TRUST");
        Fixtures.organisation("MRA", "COMMUNITY_TRUST");
        String procurement = Fixtures.procurement("MR-2017", "MRL", "2017-09-29T16:00:00Z");
        Fixtures.member(procurement, "MRA");
        Fixtures.registerSite("MRA", Fixtures.site("MRA-S1", "EX2 5DW", false, false, "1000.00"));
        String requirement = Fixtures.draftRequirement(procurement, "MRA", "MRA-S1", 100);
        String member = "/api/v1/procurements/" + procurement + "/members/MRA";

        given().auth().oauth2(Fixtures.officerOf(procurement)).delete(member).then().statusCode(409)
                .body("title", equalTo("The member has requirements"))
                .body("detail", equalTo("Delete the organisation's draft requirements first; submitted ones keep it a member"));
        given().auth().oauth2(DevTokens.member("MRA")).delete("/api/v1/procurements/" + procurement + "/requirements/" + requirement)
                .then().statusCode(204);
        given().auth().oauth2(Fixtures.officerOf(procurement)).delete(member).then().statusCode(204);
    }
}
