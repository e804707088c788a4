package uk.collabproc.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
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
 * The three packaged services started by deploy/local/start.sh, as a person starts them: each with its own embedded
 * PostgreSQL, listening on this machine only, accepting the same development tokens. While they run, start.sh refuses
 * to start again or to forget their data, and says what holds the ports; Ctrl-C stops the services and their databases;
 * a restart keeps the data and a moved clock; a service that dies takes the others and every database down with it
 * (issue 18). One start, one restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteStartupIT {

    private static final String OFFICER = DevTokens.officer("RK9");
    private static final List<String> SERVICES = List.of("procurement-service", "supplier-service", "contract-service");
    private static final String DEMO_CLOCK = "2018-03-05T09:00:00Z";

    private Path workDir;
    private Path dataDir;
    private LocalRun run;

    @BeforeAll
    void startTheSuite() throws Exception {
        workDir = Files.createTempDirectory("suite-startup-");
        dataDir = workDir.resolve("local-run");
        long started = System.nanoTime();
        run = LocalRun.of(dataDir).start();
        run.awaitReady();
        System.out.printf("start.sh had the three services ready after %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    @AfterAll
    void stopTheSuite() throws Exception {
        if (run != null && run.isAlive()) {
            run.pressCtrlC();
            run.awaitEnd(Duration.ofSeconds(90));
        }
        ServiceProcess.deleteDirectory(workDir);
    }

    @Test
    @Order(1)
    void everyServiceServesValidOpenApiAndSwaggerUi() {
        for (String service : List.of(url(8081), url(8082), url(8083))) {
            String document = given().baseUri(service).accept("application/yaml").get("/q/openapi")
                    .then().statusCode(200).extract().asString();
            OpenApiDocumentCheck.assertValid(document);
            given().baseUri(service).get("/q/swagger-ui/").then().statusCode(200);
            given().baseUri(service).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        }
        given().baseUri(url(8082)).get("/q/health/ready").then()
                .body("checks.find { it.name == 'procurement-service' }.data.reachable", equalTo(true));
    }

    @Test
    @Order(2)
    void oneDevelopmentTokenIsAcceptedByEveryService() {
        given().baseUri(url(8081)).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("odsCode", "RK9", "name", "University Hospitals Plymouth NHS Trust", "type", "ACUTE_TRUST"))
                .post("/api/v1/organisations").then().statusCode(201);
        given().baseUri(url(8082)).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("name", "MLL Telecom Ltd", "companyNumber", "03178788", "cnSpCompliant", true))
                .post("/api/v1/suppliers").then().statusCode(201);
        given().baseUri(url(8083)).auth().oauth2(OFFICER).get("/api/v1/contracts")
                .then().statusCode(200).header("X-Total-Count", equalTo("0"));

        given().baseUri(url(8083)).get("/api/v1/contracts").then().statusCode(401);
    }

    /** The development key is in the repository: anyone who reached a local service could sign their own token. */
    @Test
    @Order(3)
    void theServicesAndTheirDatabasesListenOnThisMachineOnly() throws Exception {
        for (var service : LocalRun.PORTS.entrySet()) {
            for (int port : service.getValue()) {
                List<String> addresses = LocalRun.listening(port);
                assertFalse(addresses.isEmpty(), service.getKey() + " listens on " + port);
                assertTrue(addresses.stream().allMatch(LocalRun::isLoopback),
                        service.getKey() + " listens on " + port + " at loopback addresses only: " + addresses);
            }
        }
    }

    /**
     * Issue 18: one Swagger UI page reaches every service. procurement-service's page lists the three documents; picking
     * supplier-service's reads it from supplier-service (through procurement-service's redirect), and "Try it out" calls
     * supplier-service, across origins, with the token the officer gave once.
     */
    @Test
    @Order(4)
    void oneSwaggerUiPageCallsEachServiceWhereItIs() {
        given().baseUri(url(8081)).redirects().follow(false).get("/openapi/supplier-service")
                .then().statusCode(307).header("Location", equalTo(url(8082) + "/q/openapi"));
        given().baseUri(url(8082)).accept("application/json").get("/q/openapi")
                .then().statusCode(200).body("servers[0].url", equalTo(url(8082)));

        try (Browser browser = Browser.start()) {
            Page page = browser.newPage();
            page.navigate(url(8081) + "/q/swagger-ui");
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
            assertThat(list.locator(".request-url")).containsText(url(8082) + "/api/v1/suppliers");
            browser.screenshot(page, "procurement-service-swagger-ui-calling-supplier-service");
        }
    }

    @Test
    @Order(5)
    void resetIsRefusedWhileTheSuiteRunsAndDeletesNothing() throws Exception {
        LocalRun.Ended reset = LocalRun.of(dataDir).runToTheEnd("--reset");

        assertEquals(1, reset.exitCode(), reset.output());
        assertTrue(reset.output().contains("--reset refused: the suite is running"), reset.output());
        assertTrue(reset.output().contains("Nothing was deleted."), reset.output());
        for (String service : SERVICES) {
            assertTrue(Files.isDirectory(dataDir.resolve(service).resolve("embedded-postgresql-data")), service + "'s data is still there");
        }
        given().baseUri(url(8081)).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("odsCode", "RH8", "name", "Royal Devon and Exeter NHS Foundation Trust", "type", "ACUTE_TRUST"))
                .post("/api/v1/organisations").then().statusCode(201);
    }

    @Test
    @Order(6)
    void aSecondStartSaysWhichPortIsInUseByWhatAndWhatToDo() throws Exception {
        long procurementService = run.service("procurement-service").pid();
        // Another checkout's data, so that only the ports are in the way.
        LocalRun.Ended second = LocalRun.of(workDir.resolve("elsewhere")).runToTheEnd();

        assertEquals(1, second.exitCode(), second.output());
        assertTrue(second.output().contains("The suite cannot start: a port it needs is in use."), second.output());
        assertTrue(second.output().contains("port 8081 (procurement-service) is in use by process " + procurementService + ": "),
                second.output());
        assertTrue(second.output().contains("the suite is running already"), second.output());
        assertTrue(second.output().contains("port 15483 (contract-service's PostgreSQL) is in use by process"), second.output());
        assertTrue(second.output().contains("the database of the contract-service running there"), second.output());
        assertFalse(second.output().contains("Exception"), second.output());
    }

    @Test
    @Order(7)
    void ctrlCStopsTheServicesAndTheirDatabases() throws Exception {
        given().baseUri(url(8081)).contentType(ContentType.JSON).body(Map.of("now", DEMO_CLOCK)).put("/api/dev/clock").then()
                .statusCode(200);

        run.pressCtrlC();
        run.awaitEnd(Duration.ofSeconds(90));

        assertNothingRuns();
    }

    @Test
    @Order(8)
    void aRestartKeepsTheDataAndTheMovedClock() throws Exception {
        run = LocalRun.of(dataDir).start();
        run.awaitReady();

        given().baseUri(url(8081)).auth().oauth2(OFFICER).get("/api/v1/organisations/RK9")
                .then().statusCode(200).body("name", equalTo("University Hospitals Plymouth NHS Trust"));
        Instant clock = Instant.parse(given().baseUri(url(8081)).get("/api/dev/clock").then().statusCode(200).extract().path("now"));
        assertTrue(clock.isAfter(Instant.parse(DEMO_CLOCK)) && clock.isBefore(Instant.parse(DEMO_CLOCK).plus(Duration.ofHours(1))),
                "procurement-service's clock runs on from where it was moved: " + clock);
        Instant unmoved = Instant.parse(given().baseUri(url(8082)).get("/api/dev/clock").then().statusCode(200).extract().path("now"));
        assertTrue(unmoved.isAfter(Instant.now().minus(Duration.ofHours(1))), "supplier-service's clock was never moved: " + unmoved);
    }

    @Test
    @Order(9)
    void aServiceThatDiesTakesTheOthersAndEveryDatabaseDown() throws Exception {
        // As the out-of-memory killer would: the service cannot stop its database.
        run.service("contract-service").destroyForcibly();

        LocalRun.Ended ended = run.awaitEnd(Duration.ofSeconds(90));

        assertEquals(1, ended.exitCode(), ended.output());
        assertTrue(ended.output().contains("contract-service stopped unexpectedly"), ended.output());
        assertTrue(ended.output().contains("Stopping contract-service's PostgreSQL"), ended.output());
        assertNothingRuns();
    }

    @Test
    @Order(10)
    void aFailedBuildSaysWhatItWasBuildingAndShowsItsError() throws Exception {
        LocalRun.Ended build = LocalRun.inCheckout(checkoutWhoseBuildFails(), workDir.resolve("checkout-run")).runToTheEnd();

        assertEquals(1, build.exitCode(), build.output());
        assertTrue(build.output().contains("Building the services with Maven"), build.output());
        assertTrue(build.output().contains("[1/7] Commons: what every service shares\n"), build.output());
        assertTrue(build.output().contains("[2/7] Events: CloudEvents to partner systems\n"), build.output());
        assertTrue(build.output().contains("The build failed."), build.output());
        assertTrue(build.output().contains("Outbox.java:[3,1] class, interface, enum, or record expected"), build.output());
    }

    @Test
    @Order(11)
    void resetWhenNothingRunsForgetsTheDataAndTheMovedClocks() throws Exception {
        Path data = workDir.resolve("reset-run");
        Files.createDirectories(data.resolve("procurement-service/embedded-postgresql-data"));
        Files.writeString(data.resolve("procurement-service/business-clock.properties"), "moved-to=2018-03-05T09:00:00Z\n");
        Files.createDirectories(data.resolve("logs"));

        LocalRun.Ended reset = LocalRun.inCheckout(checkoutWhoseBuildFails(), data).runToTheEnd("--reset");

        assertTrue(reset.output().contains("Forgetting the local data in " + data), reset.output());
        assertFalse(Files.exists(data.resolve("procurement-service")), "the database and the moved clock are gone");
        assertTrue(Files.isDirectory(data.resolve("logs")), "the logs are kept");
    }

    /** A copy of start.sh in a checkout of its own, where no service is built and Maven fails in the second module. */
    private Path checkoutWhoseBuildFails() throws Exception {
        Path checkout = workDir.resolve("checkout");
        Files.createDirectories(checkout.resolve("deploy/local"));
        Files.copy(ServiceProcess.suiteRoot().resolve("deploy/local/start.sh"), checkout.resolve("deploy/local/start.sh"),
                StandardCopyOption.REPLACE_EXISTING);
        // As a compilation error fails it.
        Files.writeString(checkout.resolve("mvnw"), """
                #!/bin/sh
                echo "[INFO] Scanning for projects..."
                echo "[INFO] Building Commons: what every service shares 0.1.0-SNAPSHOT         [1/7]"
                echo "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/a.jar (5.4 kB at 40 kB/s)"
                echo "[INFO] Building Events: CloudEvents to partner systems 0.1.0-SNAPSHOT     [2/7]"
                echo "[ERROR] /events/src/main/java/Outbox.java:[3,1] class, interface, enum, or record expected"
                echo "[ERROR] Failed to execute goal maven-compiler-plugin:compile on project events: Compilation failure"
                exit 1
                """);
        assertTrue(checkout.resolve("mvnw").toFile().setExecutable(true));
        return checkout;
    }

    private void assertNothingRuns() throws Exception {
        for (var service : LocalRun.PORTS.entrySet()) {
            for (int port : service.getValue()) {
                assertEquals(List.of(), LocalRun.listening(port), "nothing of " + service.getKey() + " listens on " + port);
            }
            Path postmaster = dataDir.resolve(service.getKey()).resolve("embedded-postgresql-data/postmaster.pid");
            if (Files.exists(postmaster)) {
                long pid = Long.parseLong(Files.readAllLines(postmaster).get(0).strip());
                assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                        service.getKey() + "'s PostgreSQL has stopped");
            }
        }
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }
}
