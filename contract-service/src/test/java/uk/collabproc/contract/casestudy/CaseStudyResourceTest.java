package uk.collabproc.contract.casestudy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.contract.testing.FakeServices;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.PdfText;

/**
 * The case study through the API, gathered from a planned contract, its measures and the organisation's project costs,
 * with the procurement's dates and the organisation's name read from (the stand-in) procurement-service.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class CaseStudyResourceTest {

    private static final String RK9 = DevTokens.member("RK9");

    /** A planned contract; CRIS access issues at Plymouth 20 → 8 a month by October 2018; 0.1 FTE for six months. */
    private static String plymouthsCaseStudy() throws InterruptedException {
        String contract = Awarding.plannedContract(DevTokens.projectManager("RK9"));
        Awarding.clock("2018-11-05T09:00:00Z");
        String measure = given().auth().oauth2(Awarding.OFFICER).contentType(ContentType.JSON)
                .body(Map.of("name", "CRIS access issues", "unit", "issues a month", "direction", "LOWER_IS_BETTER", "clinicalService",
                        "CRIS",
                        "organisations", List.of(Map.of("odsCode", "RK9", "baseline",
                                Map.of("baselineValue", 20, "baselinePeriod", "2017-06", "targetValue", 10)))))
                .post("/api/v1/contracts/" + contract + "/benefit-measures").then().statusCode(201).extract().path("id");
        String months = "/api/v1/contracts/" + contract + "/benefit-measures/" + measure + "/organisations/RK9/measurements/";
        given().auth().oauth2(RK9).contentType(ContentType.JSON).body(Map.of("value", 14)).put(months + "2018-07").then().statusCode(201);
        given().auth().oauth2(RK9).contentType(ContentType.JSON).body(Map.of("value", 8)).put(months + "2018-10").then().statusCode(201);
        given().auth().oauth2(RK9).contentType(ContentType.JSON)
                .body(Map.of("ownCapitalOutlay", 0, "effortFte", 0.1, "effortMonths", 6, "costPerFtePerYear", 45000))
                .put("/api/v1/contracts/" + contract + "/organisations/RK9/project-costs").then().statusCode(201);
        return "/api/v1/contracts/" + contract + "/organisations/RK9/case-study";
    }

    @Test
    void theMemberReadsItsCaseStudyAsHtmlAndAsPdf() throws Exception {
        String caseStudy = plymouthsCaseStudy();

        String html = given().auth().oauth2(RK9).accept("text/html").get(caseStudy).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString().replace(CaseStudyText.NBSP, ' ');
        byte[] pdf = given().auth().oauth2(RK9).accept("application/pdf").get(caseStudy).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("case-study-RK9.pdf"))
                .extract().asByteArray();
        Files.write(Path.of("target", "case-study-endpoint.pdf"), pdf);
        String text = PdfText.words(pdf);
        for (String document : List.of(html, text)) {
            for (String figure : List.of("University Hospitals Plymouth NHS Trust: Devon HSCN connectivity", "MLL Telecom Ltd", "£31,000",
                    "£23,000", "£8,000", "0.1 FTE", "£2,250", "10 × the bandwidth",
                    "CRIS access issues down 60.0 % (20 to 8 issues a month)",
                    "1 August – 29 September 2017", "2 October – 6 November 2017", "4 December 2017", "20 December 2017",
                    "Migrations begun",
                    "Last cutover")) {
                assertTrue(document.contains(figure), "the case study says " + figure + ":\n" + document);
            }
        }
        given().auth().oauth2(RK9).get(caseStudy).then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void onlyTheOfficerWhoRunsItAndTheOrganisationsOwnMemberReadIt() throws Exception {
        String caseStudy = plymouthsCaseStudy();

        given().auth().oauth2(Awarding.OFFICER).accept("text/html").get(caseStudy).then().statusCode(200);
        given().auth().oauth2(DevTokens.member("RH8")).accept("text/html").get(caseStudy).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.member("RH8")).accept("application/pdf").get(caseStudy).then().statusCode(404);
        given().auth().oauth2(DevTokens.officer("ZZ9")).get(caseStudy).then().statusCode(404);
        given().auth().oauth2(DevTokens.projectManager("RK9")).get(caseStudy).then().statusCode(403);
        given().auth().oauth2(Awarding.OFFICER).get(caseStudy.replace("/RK9/", "/RX1/")).then().statusCode(404);
        given().get(caseStudy).then().statusCode(401);
    }

    /** Without procurement-service the journey's dates are unknown: 503 to try again, never a case study telling less. */
    @Test
    void withoutProcurementServiceItAnswers503() throws Exception {
        String caseStudy = plymouthsCaseStudy();
        Awarding.outage("procurement-service");
        try {
            given().auth().oauth2(RK9).accept("application/pdf").get(caseStudy).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", equalTo("10"));
        } finally {
            Awarding.recovery("procurement-service");
        }
    }
}
