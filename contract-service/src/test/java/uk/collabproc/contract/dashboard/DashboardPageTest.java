package uk.collabproc.contract.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import uk.collabproc.common.page.PageSession;
import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.contract.testing.FakeServices;
import uk.collabproc.testsupport.DevTokens;

/**
 * The migration dashboard as a browser meets it: signed in by the page cookie, with the API's access rules, refusals as pages.
 * The contract migrates Derriford and Mount Gould (RK9) and Exeter (RH8); Derriford's cutover slipped a week past its baseline.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPageTest {

    private static final String PM = DevTokens.projectManager("RK9");
    private String contract;
    private String page;

    /** Made by the first test that runs: RestAssured learns the test port only once the tests run. */
    @BeforeEach
    void aPlannedContractWithASlippedCutover() throws InterruptedException {
        if (contract != null) {
            return;
        }
        contract = Awarding.plannedContract(PM);
        page = "/dashboard/contracts/" + contract;
        Map<String, Object> derriford = given().auth().oauth2(PM).queryParam("siteCode", "RK9-DERRIFORD").queryParam("type", "CUTOVER")
                .get("/api/v1/contracts/" + contract + "/milestones").then().statusCode(200).extract().path("[0]");
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("forecastDate", LocalDate.parse((String) derriford.get("baselineDate")).plusWeeks(1).toString(), "version",
                        derriford.get("version")))
                .patch("/api/v1/milestones/" + derriford.get("id")).then().statusCode(200);
    }

    private static RequestSpecification as(String token) {
        return given().redirects().follow(false).cookie(PageSession.COOKIE, token);
    }

    @Test
    void withoutSigningInAPersonIsSentToSignInAndBackAfterwards() {
        given().redirects().follow(false).get(page + "?rag=AMBER").then().statusCode(303)
                .header("Location", equalTo("/sign-in?next=" + java.net.URLEncoder.encode(page + "?rag=AMBER",
                        java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void theProjectManagerSeesEverySiteWithItsRagAndWhy() {
        as(PM).get(page).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("data-count=\"sites\">3<"))
                .body(containsString("data-site=\"RK9-DERRIFORD\""))
                .body(containsString("data-site=\"RK9-MOUNTGOULD\""))
                .body(containsString("data-site=\"RH8-EXETER\""))
                .body(containsString("data-count=\"AMBER\">1<"))
                .body(containsString("Cutover slipped 7 days past its baseline"))
                .body(containsString("class=\"blackout\""))
                .body(containsString("class=\"capacity\""))
                .body(containsString("href=\"/api/v1/contracts/" + contract + "/milestones?siteCode=RK9-DERRIFORD\""));
    }

    @Test
    void filtersNarrowTheSitesByOrganisationAndRag() {
        as(PM).queryParam("org", "RK9").get(page).then().statusCode(200).body(containsString("data-count=\"sites\">2<"))
                .body(not(containsString("data-site=\"RH8-EXETER\"")));
        as(PM).queryParam("rag", "AMBER").get(page).then().statusCode(200).body(containsString("data-count=\"sites\">1<"))
                .body(containsString("data-site=\"RK9-DERRIFORD\"")).body(not(containsString("data-site=\"RK9-MOUNTGOULD\"")));
    }

    @Test
    void aMemberSeesOnlyItsOwnOrganisationsSites() {
        as(DevTokens.member("RH8")).get(page).then().statusCode(200).body(containsString("data-count=\"sites\">1<"))
                .body(containsString("data-site=\"RH8-EXETER\"")).body(not(containsString("RK9-")));
        // Asking for another organisation's sites by the filter shows nothing of them.
        as(DevTokens.member("RH8")).queryParam("org", "RK9").get(page).then().statusCode(200).body(not(containsString("RK9-")));
    }

    /** Signed in to the pages, a member opens its own case study from the dashboard, in HTML and as a PDF; nobody else's. */
    @Test
    void aMemberOpensItsOwnCaseStudyFromTheDashboard() {
        String caseStudy = page + "/organisations/RH8/case-study";
        as(DevTokens.member("RH8")).get(page).then().statusCode(200).body(containsString("href=\"" + caseStudy + "\""))
                .body(containsString("href=\"" + caseStudy + ".pdf\""));
        as(DevTokens.member("RH8")).get(caseStudy).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Royal Devon and Exeter NHS Foundation Trust: Devon HSCN connectivity"));
        byte[] pdf = as(DevTokens.member("RH8")).get(caseStudy + ".pdf").then().statusCode(200).contentType("application/pdf").extract()
                .asByteArray();
        org.junit.jupiter.api.Assertions.assertTrue(uk.collabproc.testsupport.PdfText.words(pdf).contains("Royal Devon and Exeter"));

        as(DevTokens.member("RH8")).get(page + "/organisations/RK9/case-study.pdf").then().statusCode(404)
                .contentType(containsString("text/html"));
        as(PM).get(caseStudy).then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("members for their own organisation"));
        as(PM).get(page).then().statusCode(200).body(not(containsString("/case-study")));
        given().redirects().follow(false).get(caseStudy + ".pdf").then().statusCode(303);
    }

    @Test
    void whoeverMayNotSeeTheContractGetsAPageSayingItIsNotThere() {
        for (String stranger : new String[] { DevTokens.member("RBZ"), DevTokens.officer("RBZ"), DevTokens.projectManager("RH8") }) {
            as(stranger).get(page).then().statusCode(404).contentType(containsString("text/html")).body(not(containsString("RK9-")));
        }
    }

    @Test
    void aRoleThatNeverSeesTheDashboardIsToldWhoDoes() {
        as(DevTokens.supplier("s-1")).get(page).then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("project managers and officers"));
    }

    @Test
    void aMalformedAddressIsAPageSayingWhatIsExpected() {
        as(PM).get("/dashboard/contracts/not-a-uuid").then().statusCode(400).body(containsString("must be a UUID"));
        as(PM).queryParam("rag", "PURPLE").get(page).then().statusCode(400).contentType(containsString("text/html"));
    }

    @Test
    void theListOfContractsShowsThoseThePersonMayFollow() {
        as(PM).get("/dashboard").then().statusCode(200).body(containsString("/dashboard/contracts/" + contract));
        as(DevTokens.member("RH8")).get("/dashboard").then().statusCode(200).body(containsString("/dashboard/contracts/" + contract));
        as(DevTokens.member("RBZ")).get("/dashboard").then().statusCode(200).body(not(containsString(contract)));
    }

    @Test
    void thePageCookieAuthenticatesPagesOnlyNeverTheApi() {
        given().cookie(PageSession.COOKIE, PM).get("/api/v1/contracts/" + contract + "/milestones").then().statusCode(401);
    }

    @Test
    void anExpiredOrForgedCookieMeansSigningInAgain() {
        for (String bad : new String[] { DevTokens.expired("project-manager", "RK9"),
                DevTokens.signedWithAnotherKey("project-manager", "RK9") }) {
            as(bad).get(page).then().statusCode(303).header("Location", startsWith("/sign-in"));
        }
    }

    @Test
    void signingInAsAPersonaSetsAnHttpOnlyCookieAndReturnsToThePage() {
        String cookie = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("role", "member")
                .formParam("org", "RH8")
                .formParam("next", page).post("/sign-in").then().statusCode(303).header("Location", equalTo(page))
                .header("Set-Cookie", containsString("HttpOnly")).header("Set-Cookie", containsString("SameSite=Lax"))
                .extract().cookie(PageSession.COOKIE);
        as(cookie).get(page).then().statusCode(200).body(containsString("member-rh8")).body(not(containsString("RK9-")));
    }

    @Test
    void signInRefusesAPersonaWithoutItsOrganisationAndNeverLeavesTheSite() {
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("role", "officer").post("/sign-in").then()
                .statusCode(400)
                .body(containsString("ODS code"));
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("role", "officer").formParam("org", "RK9")
                .formParam("next", "//evil.example/dashboard").post("/sign-in").then().statusCode(303)
                .header("Location", equalTo("/dashboard"));
        given().get("/sign-in").then().statusCode(200).body(containsString("Officer of RK9"));
    }

    @Test
    void signingOutForgetsTheCookie() {
        given().redirects().follow(false).post("/sign-in/out").then().statusCode(303).header("Set-Cookie", containsString("Max-Age=0"));
    }
}
