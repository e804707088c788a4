package uk.collabproc.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import io.restassured.http.ContentType;

import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.OpenApiDocumentCheck;
import uk.collabproc.testsupport.ServiceProcess;

/**
 * The three packaged services start together as the local run starts them, each with its own embedded
 * PostgreSQL, accept the same development tokens, and keep their data across a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteStartupIT {

    private static final String OFFICER = DevTokens.officer("RK9");

    private PackagedSuite suite;
    private ServiceProcess procurement;
    private ServiceProcess supplier;
    private ServiceProcess contract;

    @BeforeAll
    void startTheSuite() throws Exception {
        suite = PackagedSuite.start("suite-startup");
        procurement = suite.procurement;
        supplier = suite.supplier;
        contract = suite.contract;
    }

    @AfterAll
    void stopTheSuite() throws Exception {
        suite.close();
    }

    @Test
    @Order(1)
    void everyServiceServesValidOpenApiAndSwaggerUi() {
        for (ServiceProcess service : services()) {
            String document = given().baseUri(service.baseUri()).accept("application/yaml").get("/q/openapi")
                    .then().statusCode(200).extract().asString();
            OpenApiDocumentCheck.assertValid(document);
            given().baseUri(service.baseUri()).get("/q/swagger-ui/").then().statusCode(200);
            given().baseUri(service.baseUri()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        }
        given().baseUri(supplier.baseUri()).get("/q/health/ready").then()
                .body("checks.find { it.name == 'procurement-service' }.data.reachable", equalTo(true));
    }

    @Test
    @Order(2)
    void oneDevelopmentTokenIsAcceptedByEveryService() {
        given().baseUri(procurement.baseUri()).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("odsCode", "RK9", "name", "University Hospitals Plymouth NHS Trust", "type", "ACUTE_TRUST"))
                .post("/api/v1/organisations").then().statusCode(201);
        given().baseUri(supplier.baseUri()).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("name", "MLL Telecom Ltd", "companyNumber", "03178788", "cnSpCompliant", true))
                .post("/api/v1/suppliers").then().statusCode(201);
        given().baseUri(contract.baseUri()).auth().oauth2(OFFICER).get("/api/v1/contracts")
                .then().statusCode(200).header("X-Total-Count", equalTo("0"));

        given().baseUri(contract.baseUri()).get("/api/v1/contracts").then().statusCode(401);
    }

    @Test
    @Order(3)
    void dataSurvivesARestart() throws Exception {
        procurement.stop();
        long restarted = System.nanoTime();
        procurement.start().awaitReady(PackagedSuite.READY_WITHIN);
        System.out.printf("procurement-service was ready again %.1f s after a restart%n", (System.nanoTime() - restarted) / 1e9);

        given().baseUri(procurement.baseUri()).auth().oauth2(OFFICER).get("/api/v1/organisations/RK9")
                .then().statusCode(200).body("name", equalTo("University Hospitals Plymouth NHS Trust"));
        assertTrue(Files.isDirectory(suite.workDir.resolve("procurement-service/embedded-postgresql-data")),
                "the embedded database keeps its data in the service's working directory");
    }

    /**
     * Issue 18: one Swagger UI page reaches every service. procurement-service's page lists the three documents; picking
     * supplier-service's reads it from supplier-service (through procurement-service's redirect), and "Try it out" calls
     * supplier-service, across origins, with the token the officer gave once.
     */
    @Test
    @Order(4)
    void oneSwaggerUiPageCallsEachServiceWhereItIs() {
        given().baseUri(procurement.baseUri()).redirects().follow(false).get("/openapi/supplier-service")
                .then().statusCode(307).header("Location", equalTo(supplier.baseUri() + "/q/openapi"));
        given().baseUri(supplier.baseUri()).accept("application/json").get("/q/openapi")
                .then().statusCode(200).body("servers[0].url", equalTo(supplier.baseUri()));

        try (Browser browser = Browser.start()) {
            Page page = browser.newPage();
            page.navigate(procurement.baseUri() + "/q/swagger-ui");
            assertThat(page.locator(".information-container .info .title")).containsText("Procurement service");
            Locator authorize = page.locator(".auth-wrapper .authorize");
            authorize.click();
            Locator bearer = page.locator(".modal-ux .auth-container").filter(new Locator.FilterOptions().setHasText("bearer"));
            bearer.locator("input").first().fill(OFFICER);
            bearer.locator("button.modal-btn.auth.authorize").click();
            page.locator(".modal-ux button.btn-done").click();

            page.locator(".topbar select").selectOption(new SelectOption().setLabel("supplier-service"));
            assertThat(page.locator(".information-container .info .title")).containsText("Supplier service");
            Locator list = page.locator("#operations-Suppliers-supplierList");
            list.locator(".opblock-summary-control").click();
            list.locator(".try-out__btn").click();
            list.locator(".execute").click();
            assertThat(list.locator(".live-responses-table .response .response-col_status").first()).hasText("200");
            assertThat(list.locator(".request-url")).containsText(supplier.baseUri() + "/api/v1/suppliers");
            browser.screenshot(page, "procurement-service-swagger-ui-calling-supplier-service");
        }
    }

    private List<ServiceProcess> services() {
        return suite.services();
    }
}
