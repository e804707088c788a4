package uk.collabproc.procurement.fuzz;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.fuzz.ApiFuzzer;

/**
 * Sends procurement-service requests generated from its committed OpenAPI document, valid and malformed, with the
 * tokens of the roles each operation names, and requires every answer to be one the document promises.
 */
@QuarkusTest
class ApiFuzzTest {

    private static final String LEAD = "FZL";
    private static final String MEMBER = "FZM";
    private static final String SUPPLIER = "fuzz-supplier";

    @Test
    void everyAnswerIsOneTheDocumentPromises() throws Exception {
        String published = Fixtures.publishedProcurement("FUZZ-1", LEAD, MEMBER);
        String requirement = given().auth().oauth2(DevTokens.officer(LEAD)).get("/api/v1/procurements/" + published + "/requirements")
                .then().statusCode(200).extract().path("[0].id");
        String clarification = given().auth().oauth2(DevTokens.supplier(SUPPLIER)).contentType(ContentType.JSON)
                .body(Map.of("question", "Is 4G backup acceptable?"))
                .post("/api/v1/procurements/" + published + "/clarifications").then().statusCode(201).extract().path("id");
        String draft = Fixtures.procurement("FUZZ-2", LEAD, "2017-12-29T16:00:00Z");
        Fixtures.member(draft, MEMBER);
        Fixtures.registerSite(MEMBER, Fixtures.site("FUZZ-B", "EX2 5DW", false, true, "1200.00"));
        String draftRequirement = Fixtures.draftRequirement(draft, MEMBER, "FUZZ-B", 100);

        ApiFuzzer.Report report = ApiFuzzer.forDocument(Path.of("src/main/openapi/openapi.yaml"))
                .requests(1500)
                .values("id", published, draft)
                .values("procurementId", published, draft)
                .values("rid", requirement, draftRequirement)
                .values("cid", clarification)
                .values("odsCode", LEAD, MEMBER)
                .values("leadOrganisation", LEAD)
                .values("siteCode", "FUZZ-1-A", "FUZZ-B")
                .tokens("officer", DevTokens.officer(LEAD))
                .tokens("member", DevTokens.member(MEMBER))
                .tokens("supplier", DevTokens.supplier(SUPPLIER))
                .tokens("project-manager", DevTokens.projectManager(LEAD))
                .run();
        ApiFuzzer.assertNoFindings(report);
    }
}
