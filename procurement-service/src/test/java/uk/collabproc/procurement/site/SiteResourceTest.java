package uk.collabproc.procurement.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.Refusals;

@QuarkusTest
class SiteResourceTest {

    /** The officer of the lead partner of a procurement of which every organisation here is a member. */
    private static final String OFFICER = DevTokens.officer("SLP");
    private static final String HEADER = "siteCode,name,postcode,critical,core,legacyProduct,legacyBandwidthMbps,legacyAnnualCost\n";

    @BeforeEach
    void organisations() {
        Fixtures.organisation("SA1", "ACUTE_TRUST");
        Fixtures.organisation("SB2", "HOSPICE");
        Fixtures.organisation("SC3", "CCG");
        Fixtures.organisation("SD4", "COMMUNITY_TRUST");
        Fixtures.organisation("SE5", "OTHER");
        Fixtures.organisation("SF6", "OTHER");
        Fixtures.organisation("SLP", "ACUTE_TRUST");
        if (!membersJoined) {
            Fixtures.clock("2017-08-01T09:00:00Z");
            String procurement = Fixtures.procurement("SITES-" + java.util.UUID.randomUUID().toString().substring(0, 8), "SLP",
                    "2017-09-29T16:00:00Z");
            List.of("SA1", "SB2", "SC3", "SD4", "SE5", "SF6").forEach(member -> Fixtures.member(procurement, member));
            membersJoined = true;
        }
    }

    private static boolean membersJoined;

    private static String sites(String odsCode) {
        return "/api/v1/organisations/" + odsCode + "/sites";
    }

    @Test
    void aMemberRegistersAndReadsItsOwnSites() {
        given().auth().oauth2(DevTokens.member("SD4")).contentType(ContentType.JSON)
                .body(Fixtures.site("SD4-MAIN", "pl68dh", true, true, "18000"))
                .when().post(sites("SD4"))
                .then().statusCode(201)
                .header("Location", endsWith(sites("SD4") + "/SD4-MAIN"))
                .body("postcode", equalTo("PL6 8DH"))
                .body("odsCode", equalTo("SD4"))
                .body("critical", equalTo(true))
                .body("legacy.annualCost", equalTo(18000.00f));

        given().auth().oauth2(DevTokens.member("SD4")).when().get(sites("SD4"))
                .then().statusCode(200)
                .header("X-Total-Count", equalTo("1"))
                .body("siteCode", contains("SD4-MAIN"));

        given().auth().oauth2(OFFICER).when().get(sites("SD4") + "/SD4-MAIN")
                .then().statusCode(200).body("name", equalTo("Site SD4-MAIN"));
    }

    @Test
    void anotherOrganisationsSitesDoNotExistForAMember() {
        Fixtures.registerSite("SB2", Fixtures.site("SB2-HOSPICE", "PL4 7QD", false, true, "2500.00"));
        String outsider = DevTokens.member("SC3");

        given().auth().oauth2(outsider).when().get(sites("SB2")).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(outsider).when().get(sites("SB2") + "/SB2-HOSPICE").then().statusCode(404);
        given().auth().oauth2(outsider).contentType(ContentType.JSON)
                .body(Fixtures.site("SB2-ANNEX", "PL4 7QD", false, false, "100"))
                .when().post(sites("SB2")).then().statusCode(404);
        given().auth().oauth2(outsider).contentType(SiteResource.CSV)
                .body(HEADER + "SB2-ANNEX2,Annex,PL4 7QD,false,false,ADSL,8,100\n")
                .when().post(sites("SB2")).then().statusCode(404);

        given().auth().oauth2(OFFICER).when().get(sites("SB2")).then().statusCode(200).body("siteCode", contains("SB2-HOSPICE"));
    }

    @Test
    void suppliersAndUnknownOrganisationsAreRefused() {
        given().auth().oauth2(DevTokens.supplier("s-1")).when().get(sites("SA1")).then().statusCode(403);
        given().when().get(sites("SA1")).then().statusCode(401);
        given().auth().oauth2(OFFICER).when().get(sites("ZZZ9")).then().statusCode(404);
    }

    @Test
    void invalidSitesAreRefusedFieldByField() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("siteCode", "sa1 bad", "name", "", "postcode", "NOT A CODE", "critical", false, "core", false,
                        "legacy", Map.of("product", "N3", "bandwidthMbps", 0, "annualCost", "12.345")))
                .when().post(sites("SA1"))
                .then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("siteCode", "name", "postcode",
                        "legacy.bandwidthMbps", "legacy.annualCost"));
    }

    @Test
    void aSiteCodeIsRegisteredOnce() {
        Fixtures.registerSite("SA1", Fixtures.site("SA1-DUP", "EX2 5DW", false, false, "100.00"));

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Fixtures.site("SA1-DUP", "EX2 5DW", false, false, "100.00"))
                .when().post(sites("SA1"))
                .then().statusCode(409).header("Location", endsWith(sites("SA1") + "/SA1-DUP"));

        // A member of another organisation learns only that the code is taken, not where.
        given().auth().oauth2(DevTokens.member("SC3")).contentType(ContentType.JSON)
                .body(Fixtures.site("SA1-DUP", "EX2 5DW", false, false, "100.00"))
                .when().post(sites("SC3"))
                .then().statusCode(409).header("Location", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aGoodCsvFileImportsEverySite() {
        given().auth().oauth2(DevTokens.member("SC3")).contentType(SiteResource.CSV)
                .body(HEADER
                        + "SC3-HQ,Windsor House,TQ2 7AA,false,true,N3 Ethernet,100,5000.00\n"
                        + "\n"
                        + "SC3-GP1,\"Surgery, Lower Street\",tq5 9ab,FALSE,false,N3 ADSL,8,1200\n")
                .when().post(sites("SC3"))
                .then().statusCode(201)
                .contentType(SiteResource.SITE_LIST)
                .body("", hasSize(2))
                .body("siteCode", contains("SC3-HQ", "SC3-GP1"))
                .body("[1].name", equalTo("Surgery, Lower Street"))
                .body("[1].postcode", equalTo("TQ5 9AB"));
    }

    @Test
    void aCsvImportAnswersItsListAsTheDocumentedListTypeEvenToAClientAcceptingOnlyJson() {
        csvUpload(OFFICER).accept(ContentType.JSON)
                .body(HEADER + "SD4-LIST,List House,TQ2 7AA,false,false,ADSL,8,100.00\n")
                .when().post(sites("SD4"))
                .then().statusCode(201)
                .contentType(SiteResource.SITE_LIST)
                .body("siteCode", contains("SD4-LIST"));

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Fixtures.site("SD4-ONE", "TQ2 7AA", false, false, "100.00"))
                .when().post(sites("SD4"))
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("siteCode", equalTo("SD4-ONE"));
    }

    @Test
    void aCsvFileWithBadRowsImportsNothingAndNamesEveryBadLine() {
        Fixtures.registerSite("SA1", Fixtures.site("SA1-TAKEN", "PL6 8DH", false, false, "1.00"));

        given().auth().oauth2(OFFICER).contentType(SiteResource.CSV)
                .body(HEADER
                        + "SA1-OK1,Fine site,PL6 8DH,false,false,ADSL,8,100.00\n"
                        + "SA1-BAD1,Bad postcode,XX,false,false,ADSL,8,100.00\n"
                        + "SA1-BAD2,Bad flag,PL6 8DH,maybe,false,ADSL,eight,100.00\n"
                        + "SA1-OK1,Repeated code,PL6 8DH,false,false,ADSL,8,100.00\n"
                        + "SA1-TAKEN,Existing code,PL6 8DH,false,false,ADSL,8,100.00\n"
                        + "SA1-SHORT,Too few values\n")
                .when().post(sites("SA1"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("No site was imported"))
                .body("violations.line", contains(3, 4, 4, 5, 6, 7))
                .body("violations.find { it.line == 3 }.field", equalTo("postcode"))
                .body("violations.findAll { it.line == 4 }.field",
                        org.hamcrest.Matchers.containsInAnyOrder("critical", "legacyBandwidthMbps"));

        given().auth().oauth2(OFFICER).when().get(sites("SA1") + "/SA1-OK1").then().statusCode(404);
    }

    @Test
    void aCsvFileWithoutTheHeaderIsRefused() {
        given().auth().oauth2(OFFICER).contentType(SiteResource.CSV)
                .body("code,name\nSA1-X,Somewhere\n")
                .when().post(sites("SA1"))
                .then().statusCode(400).body("detail", containsString("header"));

        given().auth().oauth2(OFFICER).contentType(SiteResource.CSV).body(HEADER)
                .when().post(sites("SA1"))
                .then().statusCode(400).body("detail", containsString("no sites"));
    }

    @Test
    void pagingCountsTheOrganisationsSites() {
        given().auth().oauth2(OFFICER).queryParam("size", 1).when().get(sites("SA1"))
                .then().statusCode(200).body("", hasSize(1)).header("X-Total-Count", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(OFFICER).queryParam("size", 1000).when().get(sites("SA1"))
                .then().statusCode(400).body("violations.field", hasItem("size")).body("violations.in", contains("query"));
    }

    /** A CSV upload as curl or a browser sends it: no charset parameter (REST Assured would add ISO-8859-1). */
    private static RequestSpecification csvUpload(String token) {
        return given().config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(token).contentType(SiteResource.CSV);
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] chunk = part instanceof byte[] raw ? raw : part.toString().getBytes(StandardCharsets.UTF_8);
            out.writeBytes(chunk);
        }
        return out.toByteArray();
    }

    @Test
    void aSpreadsheetsByteOrderMarkIsAccepted() {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        csvUpload(OFFICER).body(bytes(bom, HEADER, "SE5-BOM,Bom House,PL4 7QD,false,false,ADSL,8,100.00\n"))
                .when().post(sites("SE5"))
                .then().statusCode(201)
                .body("siteCode", contains("SE5-BOM"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithTheLineNumberAndNothingIsStored() {
        // "Café" as Windows-1252 writes it: 0xE9 is no UTF-8 sequence.
        byte[] latin1 = "Caf\u00e9 Lower Street".getBytes(StandardCharsets.ISO_8859_1);
        csvUpload(OFFICER).body(bytes(HEADER, "SE5-UTF8A,Fine,PL4 7QD,false,false,ADSL,8,100.00\n",
                "SE5-UTF8B,", latin1, ",PL4 7QD,false,false,ADSL,8,100.00\n"))
                .when().post(sites("SE5"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("UTF-8"))
                .body("violations[0].line", equalTo(3));

        given().auth().oauth2(OFFICER).when().get(sites("SE5") + "/SE5-UTF8A").then().statusCode(404);
        given().auth().oauth2(OFFICER).when().get(sites("SE5") + "/SE5-UTF8B").then().statusCode(404);
    }

    @Test
    void aNulCharacterInACsvFieldIsRefusedWithLineAndColumn() {
        csvUpload(OFFICER).body(bytes(HEADER, "SE5-NUL,Nul\u0000House,PL4 7QD,false,false,ADSL,8,100.00\n"))
                .when().post(sites("SE5"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].line", equalTo(2))
                .body("violations[0].field", equalTo("name"));

        given().auth().oauth2(OFFICER).when().get(sites("SE5") + "/SE5-NUL").then().statusCode(404);
    }

    @Test
    void reImportingAFileAnswersConflictWithTheLocationOfTheSites() {
        String file = HEADER + "SF6-RE1,Re House,EX1 1AA,false,false,ADSL,8,100.00\n"
                + "SF6-RE2,Re Annex,EX1 1AB,false,false,ADSL,8,100.00\n";
        csvUpload(DevTokens.member("SF6")).body(file).when().post(sites("SF6")).then().statusCode(201)
                .header("Location", equalTo(sites("SF6")));

        csvUpload(DevTokens.member("SF6")).body(file)
                .when().post(sites("SF6"))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("Location", equalTo(sites("SF6")))
                .body("detail", containsString("already registered"))
                .body("violations.line", contains(2, 3));
    }

    @Test
    void aPathSegmentWithANulCharacterIsRefusedByName() {
        given().auth().oauth2(OFFICER).urlEncodingEnabled(false)
                .when().get(sites("SA1") + "/SA1-%00")
                .then().spec(Refusals.invalidInput("siteCode", "path"));
    }
}
