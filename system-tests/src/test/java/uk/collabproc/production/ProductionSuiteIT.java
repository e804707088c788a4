package uk.collabproc.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.production.ProductionSuite.EVALUATOR;
import static uk.collabproc.production.ProductionSuite.MEMBER_RH8;
import static uk.collabproc.production.ProductionSuite.MEMBER_RK9;
import static uk.collabproc.production.ProductionSuite.OFFICER;
import static uk.collabproc.production.ProductionSuite.PROJECT_MANAGER;
import static uk.collabproc.production.ProductionSuite.SUPPLIER_DARTMOOR;
import static uk.collabproc.production.ProductionSuite.SUPPLIER_MLL;
import static uk.collabproc.system.Http.get;
import static uk.collabproc.system.Http.post;
import static uk.collabproc.system.Http.put;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;

import uk.collabproc.system.Browser;
import uk.collabproc.system.DevonCollaborative;
import uk.collabproc.system.Http;
import uk.collabproc.testsupport.ServiceProcess;
import uk.collabproc.testsupport.WebhookReceiver;
import uk.collabproc.testsupport.bodies.BidBody;
import uk.collabproc.testsupport.bodies.MigrationPlanBody;
import uk.collabproc.testsupport.bodies.TenderBody;

/**
 * The as-production system test (issue 13): the production build, configured through its environment alone, on a
 * PostgreSQL server, with Keycloak signing people in, runs a short procurement through the three services from
 * requirements to a migration plan. Production has no movable clock, so time passes as it would: the machine's clock
 * moves (libfaketime) while every process restarts, 28 days on for the tender deadline, 16 more for the standstill.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionSuiteIT {

    private static final int AFTER_THE_DEADLINE = 28;
    private static final int AFTER_THE_STANDSTILL = AFTER_THE_DEADLINE + 16;
    private static final List<String[]> SITES = List.of(
            new String[] { "RK9", "RK9-DERRIFORD", "Derriford Hospital", "PL6 8DH", "100", "16000.00" },
            new String[] { "RK9", "RK9-MOUNTGOULD", "Mount Gould Hospital", "PL4 7QD", "40", "9000.00" },
            new String[] { "RH8", "RH8-WONFORD", "Royal Devon and Exeter Hospital", "EX2 5DW", "100", "15000.00" },
            new String[] { "RH8", "RH8-HEAVITREE", "Heavitree Hospital", "EX1 2ED", "20", "5000.00" });

    private ProductionSuite suite;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String procurement;
    private final Map<String, String> suppliers = new LinkedHashMap<>();
    private final Map<String, String> bids = new LinkedHashMap<>();
    private String officerTokenOfTheFirstDay;
    private String contract;
    /** The contract-service replica left running after test 5 killed the other. */
    private ServiceProcess survivingContractService;

    /** A partner organisation's system, subscribed to events (issue 16). */
    private final WebhookReceiver partner = new WebhookReceiver();

    @BeforeAll
    void startProduction() throws Exception {
        suite = ProductionSuite.start();
    }

    @AfterAll
    void stopProduction() throws Exception {
        partner.close();
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void theProductionBuildRunsOnItsEnvironmentAloneWithoutDevelopmentFeatures() throws Exception {
        for (ServiceProcess service : suite.services()) {
            assertEquals(0, ProcessHandle.of(service.pid()).orElseThrow().descendants().count(),
                    service.name() + " started no process of its own: no embedded database");
            assertEquals(404, put(service.baseUri() + "/api/dev/clock", null, Map.of("now", "2017-08-01T09:00:00Z")).status(),
                    service.name() + " has no movable clock");
            String log = Files.readString(service.log());
            assertFalse(log.contains("embedded"), service.name() + " mentions no embedded database:\n" + log);
        }
        try (var libraries = Files.list(ServiceProcess.suiteRoot().resolve("contract-service/target/prod/quarkus-app/lib/main"))) {
            assertTrue(libraries.noneMatch(library -> library.getFileName().toString().contains("embedded")),
                    "the production artifact carries no embedded database");
        }
        Http.Answer anonymous = get(suite.procurement.baseUri() + "/api/v1/procurements", null);
        assertProblem(401, anonymous);
    }

    @Test
    @Order(2)
    void anOfficerSignsInToSwaggerUiWithKeycloakByAuthorizationCodeWithPkce() throws Exception {
        for (ServiceProcess service : List.of(suite.procurement, suite.supplier, suite.contract)) {
            JsonNode scheme = get(service.baseUri() + "/q/openapi?format=json", null).expect(200).json().get("components")
                    .get("securitySchemes").get("signIn");
            assertNotNull(scheme, service.name() + " offers the sign-in scheme");
            assertEquals("openIdConnect", scheme.get("type").asText());
            assertEquals(suite.keycloak.issuer(KeycloakServer.REALM) + "/.well-known/openid-configuration",
                    scheme.get("openIdConnectUrl").asText(), "from OIDC_AUTH_SERVER_URL");
        }
        String swaggerUi = get(suite.procurement.baseUri() + "/q/swagger-ui/index.html", null).expect(200).body();
        assertTrue(swaggerUi.contains(ProductionSuite.SWAGGER_UI_CLIENT), swaggerUi);
        assertTrue(swaggerUi.contains("usePkceWithAuthorizationCodeGrant"), swaggerUi);

        String signedIn = suite.signInToSwaggerUi(suite.procurement, OFFICER, true);
        get(suite.procurement.baseUri() + "/api/v1/procurements", signedIn).expect(200);
        // Without the code verifier a stolen code is worth nothing.
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> suite.signInToSwaggerUi(suite.procurement, OFFICER, false));
        assertTrue(refused.getMessage().contains("PKCE") || refused.getMessage().contains("code_verifier")
                || refused.getMessage().contains("invalid_grant"), refused.getMessage());
    }

    @Test
    @Order(3)
    void everyPersonaSignsInThroughKeycloakAndReachesOnlyWhatItsRoleAndOrganisationAllow() throws Exception {
        String officer = suite.token(OFFICER);
        officerTokenOfTheFirstDay = officer;
        String procurementService = suite.procurement.baseUri();
        for (String[] member : List.of(new String[] { "RK9", "University Hospitals Plymouth NHS Trust" },
                new String[] { "RH8", "Royal Devon and Exeter NHS Foundation Trust" })) {
            post(procurementService + "/api/v1/organisations", officer,
                    Map.of("odsCode", member[0], "name", member[1], "type", "ACUTE_TRUST"))
                    .expect(201);
        }
        procurement = post(procurementService + "/api/v1/procurements", officer, Map.of("title", "Devon HSCN connectivity (as production)",
                "reference", "AS-PRODUCTION-01", "regime", "PA_2023", "leadOrganisation", "RK9",
                "requirementsDeadline", today.plusDays(5) + "T16:00:00Z", "contractTermMonths", 60)).expect(201).json().get("id").asText();
        for (String member : List.of("RK9", "RH8")) {
            int joined = Http.send("PUT", procurementService + "/api/v1/procurements/" + procurement + "/members/" + member, officer, null)
                    .status();
            assertTrue(joined == 201 || joined == 204, "member " + member + " joined: " + joined);
            StringBuilder csv = new StringBuilder(
                    "siteCode,name,postcode,critical,core,legacyProduct,legacyBandwidthMbps,legacyAnnualCost\n");
            for (String[] site : SITES) {
                if (site[0].equals(member)) {
                    boolean main = site[4].equals("100");
                    csv.append(
                            String.join(",", site[1], site[2], site[3], String.valueOf(main), String.valueOf(main), "N3", site[4], site[5]))
                            .append('\n');
                }
            }
            Http.send("POST", procurementService + "/api/v1/organisations/" + member + "/sites", officer, csv.toString(), "text/csv")
                    .expect(201);
        }

        String requirements = procurementService + "/api/v1/procurements/" + procurement + "/requirements";
        Map<String, String> members = Map.of("RK9", suite.token(MEMBER_RK9), "RH8", suite.token(MEMBER_RH8));
        String approved = null;
        for (String[] site : SITES) {
            String member = members.get(site[0]);
            String id = post(requirements, member, Map.of("siteCode", site[1], "bandwidthMbps", Integer.parseInt(site[4]) * 10,
                    "resilience", "SINGLE", "services", List.of("PACS", "PAS"), "neededBy", today.plusDays(300).toString()))
                    .expect(201).json().get("id").asText();
            post(requirements + "/" + id + "/submit", member, null).expect(200);
            // A member sees its own organisation only: another's requirement does not exist for it.
            String other = members.get(site[0].equals("RK9") ? "RH8" : "RK9");
            assertEquals(404, get(requirements + "/" + id, other).status(), "a member reads only its own requirements");
            post(requirements + "/" + id + "/approve", officer, null).expect(200);
            approved = id;
        }
        assertEquals(404, get(procurementService + "/api/v1/organisations/RK9/sites", members.get("RH8")).status());
        // A member may not do what only the officer does.
        assertProblem(403, post(requirements + "/" + approved + "/approve", members.get("RK9"), null));

        put(procurementService + "/api/v1/procurements/" + procurement + "/tender", officer, TenderBody.tender()
                .withDeadlines(today.plusDays(10) + "T12:00:00Z", today.plusDays(26) + "T12:00:00Z").asMap()).expect(201);
        post(procurementService + "/api/v1/procurements/" + procurement + "/publish", officer, null).expect(200);

        // Suppliers are registered by the officer; Keycloak's administrator gives each account its supplier id.
        String supplierService = suite.supplier.baseUri();
        for (ProductionSuite.Persona persona : List.of(SUPPLIER_MLL, SUPPLIER_DARTMOOR)) {
            boolean mll = persona == SUPPLIER_MLL;
            String id = post(supplierService + "/api/v1/suppliers", officer,
                    Map.of("name", mll ? "MLL Telecom Ltd" : "Dartmoor Networks Ltd",
                            "companyNumber", mll ? "03178788" : "09100001", "cnSpCompliant", true))
                    .expect(201).json().get("id").asText();
            suppliers.put(persona.username(), id);
            suite.keycloak.setUserAttribute(KeycloakServer.REALM, persona.username(), "supplier", id);
        }
        JsonNode schedule = get(procurementService + "/api/v1/procurements/" + procurement + "/tender", officer).expect(200).json()
                .get("pricingSchedule");
        assertEquals(SITES.size(), schedule.size());
        for (ProductionSuite.Persona persona : List.of(SUPPLIER_MLL, SUPPLIER_DARTMOOR)) {
            List<Map<String, Object>> prices = new ArrayList<>();
            for (JsonNode line : schedule) {
                prices.add(BidBody.price(line.get("lineId").asText(), persona == SUPPLIER_MLL ? "2000.00" : "2500.00",
                        persona == SUPPLIER_MLL ? "5000.00" : "6000.00"));
            }
            String token = suite.token(persona);
            bids.put(persona.username(), post(supplierService + "/api/v1/procurements/" + procurement + "/bids", token,
                    BidBody.bid().withPrices(prices).withAnswers(List.of(BidBody.answer("Q1", "Our service design")))
                            .withDeclarations(List.of()).asMap())
                    .expect(201).json().get("id").asText());
        }
        String mllBid = supplierService + "/api/v1/procurements/" + procurement + "/bids/" + bids.get(SUPPLIER_MLL.username());
        get(mllBid, suite.token(SUPPLIER_MLL)).expect(200);
        assertEquals(404, get(mllBid, suite.token(SUPPLIER_DARTMOOR)).status(), "a supplier never sees another's bid");

        String evaluators = supplierService + "/api/v1/procurements/" + procurement + "/evaluators";
        post(evaluators, officer, Map.of("evaluatorId", EVALUATOR.username(), "name", "Alice")).expect(201);
        put(evaluators + "/" + EVALUATOR.username() + "/declaration", suite.token(EVALUATOR),
                Map.of("conflictedSupplierIds", List.of(), "statement", "No interests to declare")).expect(200);
        // Nobody, officers included, reads a bid before the deadline: its prices are sealed until then.
        assertProblem(409, get(mllBid, suite.token(EVALUATOR)));
        assertProblem(409, get(mllBid, officer));

        // The same person, signed in to another region's realm, is a stranger here.
        assertProblem(401, get(procurementService + "/api/v1/procurements/" + procurement, suite.otherRealmToken(OFFICER)));
    }

    @Test
    @Order(4)
    void afterTheDeadlineTheBidsAreScoredRankedAndAwardedAcrossTheServices() throws Exception {
        suite.restartAt(Clock.daysAhead(AFTER_THE_DEADLINE));
        // The officer's token of the first day expired four weeks ago.
        assertProblem(401, get(suite.procurement.baseUri() + "/api/v1/procurements/" + procurement, officerTokenOfTheFirstDay));

        String officer = suite.token(OFFICER);
        String evaluator = suite.token(EVALUATOR);
        String base = suite.supplier.baseUri() + "/api/v1/procurements/" + procurement;
        for (Map.Entry<String, String> bid : bids.entrySet()) {
            int score = bid.getKey().equals(SUPPLIER_MLL.username()) ? 4 : 3;
            put(base + "/bids/" + bid.getValue() + "/scores/Q1", evaluator, Map.of("score", score, "rationale", "Against the guidance"))
                    .expect(200);
            put(base + "/bids/" + bid.getValue() + "/moderated-scores/Q1", officer, Map.of("score", score, "rationale", "Moderated"))
                    .expect(200);
        }
        JsonNode ranking = get(base + "/ranking", officer).expect(200).json();
        assertEquals(2, ranking.size());
        assertEquals("MLL Telecom Ltd", ranking.get(0).get("supplierName").asText());
        assertEquals(403, get(base + "/ranking", suite.token(MEMBER_RH8)).status(), "a member does not read the ranking");

        // The officer's client begins a trace; the award carries it through contract-, supplier- and procurement-service.
        String traceId = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8)) + "-01";
        LocalDate decided = today.plusDays(AFTER_THE_DEADLINE);
        JsonNode award = Http.send("POST", suite.contract.baseUri() + "/api/v1/awards", officer,
                Map.of("procurementId", procurement, "decisionDate", decided.toString()), "application/json",
                Map.of("traceparent", traceparent)).expect(201).json();
        assertEquals("MLL Telecom Ltd", award.get("supplierName").asText());
        for (ServiceProcess service : List.of(suite.contract, suite.supplier, suite.procurement)) {
            awaitTrace(service, traceId);
        }
        assertEquals("AWARDED", get(suite.procurement.baseUri() + "/api/v1/procurements/" + procurement, officer).expect(200).json()
                .get("status").asText(), "procurement-service recorded the award through contract-service's own Keycloak identity");
    }

    @Test
    @Order(5)
    void afterTheStandstillTheContractIsConcludedAndAPlanSurvivesTheDeathOfTheReplicaSolvingIt() throws Exception {
        suite.restartAt(Clock.daysAhead(AFTER_THE_STANDSTILL));
        String officer = suite.token(OFFICER);
        String awardId = get(suite.contract.baseUri() + "/api/v1/awards", officer).expect(200).json().get(0).get("id").asText();
        // Issue 16: the lead partner's system subscribes to the conclusion; it is down (503) when the contract is concluded.
        partner.failNext(Integer.MAX_VALUE, 503);
        String secret = post(suite.procurement.baseUri() + "/api/v1/subscriptions", officer, Map.of("endpoint",
                partner.endpoint("/plymouth"), "eventTypes", List.of("uk.collabproc.contract.concluded"))).expect(201).json()
                .get("secret").asText();
        LocalDate signed = today.plusDays(AFTER_THE_STANDSTILL);
        contract = post(suite.contract.baseUri() + "/api/v1/awards/" + awardId + "/contract", officer,
                Map.of("signedDate", signed.toString())).expect(201).json().get("id").asText();
        // Issue 16: under the Procurement Act 2023 the tender notice, the award notice (published on the decision day, which
        // started the standstill) and the contract details notice, each stored by procurement-service with its change.
        List<String> notices = new ArrayList<>();
        get(suite.procurement.baseUri() + "/api/v1/notices?procurementId=" + procurement, suite.token(SUPPLIER_DARTMOOR)).expect(200)
                .json().forEach(notice -> notices.add(notice.get("code").asText()));
        assertEquals(List.of("UK4", "UK6", "UK7"), notices);

        // The event committed with the conclusion; procurement-service is killed while the partner's system still fails, and
        // delivers it once restarted, signed, when the system is back.
        WebhookReceiver.Received refused = partner.await(received -> received.body().contains(contract), 1, Duration.ofSeconds(30)).get(0);
        suite.procurement.kill();
        partner.failNext(0, 503);
        suite.procurement.start().awaitReady(Duration.ofSeconds(120));
        WebhookReceiver.Received delivered = partner.await(received -> received.body().contains(contract) && received.answered() == 204, 1,
                Duration.ofSeconds(90)).get(0);
        assertEquals(refused.header("webhook-id"), delivered.header("webhook-id"), "the same event, delivered after the restart");
        assertTrue(delivered.signedWith(secret), "signed with the subscription's secret");
        System.out.printf("The conclusion's event was refused %d time(s) before procurement-service was killed, and delivered after its"
                + " restart%n",
                partner.received().stream().filter(received -> received.body().contains(contract) && received.answered() != 204).count());

        String projectManager = suite.token(PROJECT_MANAGER);
        String plan = suite.contract.baseUri() + "/api/v1/contracts/" + contract + "/migration-plan";
        Map<String, Object> parameters = MigrationPlanBody.plan().with("startDate", signed.plusDays(14).toString())
                .with("legacyEndDate", signed.plusDays(400).toString()).asMap();
        assertEquals("SOLVING", put(plan, projectManager, parameters).expect(202).json().get("status").asText());

        // The replica that took the request holds the plan's lease; it dies mid-solve.
        String solvedBy = awaitLeaseHolder(Duration.ofSeconds(20), holder -> holder != null);
        ServiceProcess solving = solvedBy.startsWith("contract-a/") ? suite.contract : suite.contractReplica;
        ServiceProcess survivor = solving == suite.contract ? suite.contractReplica : suite.contract;
        survivingContractService = survivor;
        List<String> holdersBeforeTheKill = leaseHolders();
        long killed = System.nanoTime();
        solving.kill();
        assertTrue(holdersBeforeTheKill.stream().allMatch(solvedBy::equals), "one replica solves: " + holdersBeforeTheKill);

        String takenOverBy = awaitLeaseHolder(Duration.ofSeconds(60), holder -> holder != null && !holder.equals(solvedBy));
        double takenOver = (System.nanoTime() - killed) / 1e9;
        assertTrue(takenOverBy.startsWith(survivor == suite.contract ? "contract-a/" : "contract-b/"), takenOverBy);
        String survivingPlan = survivor.baseUri() + "/api/v1/contracts/" + contract + "/migration-plan";
        JsonNode ready = DevonCollaborative.awaitPlanReady(survivingPlan, projectManager, Duration.ofSeconds(90));
        System.out.printf(
                "%s was killed while solving (lease %s); %s took the plan over %.1f s later and stored it %.1f s after the kill%n",
                solving.name() + " " + solvedBy.substring(0, solvedBy.indexOf('/')), solvedBy, takenOverBy, takenOver,
                (System.nanoTime() - killed) / 1e9);
        assertEquals(0, ready.get("hardViolations").asInt(), ready.toString());
        assertEquals(String.valueOf(6 * SITES.size()), get(survivor.baseUri() + "/api/v1/contracts/" + contract + "/milestones",
                projectManager).expect(200).raw().headers().firstValue("X-Total-Count").orElseThrow(), "six milestones a site, none twice");
        assertEquals(0,
                count("select count(*) from (select site_code, type from milestone group by site_code, type having count(*) > 1) d"));
        assertTrue(Files.readString(survivor.log()).contains("which a stopped replica was solving"));

        // A member reads its own organisation's milestones only.
        JsonNode own = get(survivor.baseUri() + "/api/v1/contracts/" + contract + "/milestones?size=100", suite.token(MEMBER_RH8))
                .expect(200)
                .json();
        assertEquals(12, own.size());
        own.forEach(milestone -> assertEquals("RH8", milestone.get("odsCode").asText()));
    }

    /**
     * The pages sign people in through the region's Keycloak (authorization code with PKCE, the realm's confidential pages
     * client): a project manager on the way to the migration dashboard meets Keycloak's own sign-in page, and comes back to
     * the Gantt of the contract's sites; a member of RH8, in a browser of its own, to RH8's sites only.
     */
    @Test
    @Order(6)
    void thePagesSignPeopleInThroughKeycloak() {
        String dashboard = survivingContractService.baseUri() + "/dashboard/contracts/" + contract;
        try (Browser browser = Browser.start()) {
            Page manager = signInToPage(browser, dashboard, PROJECT_MANAGER);
            assertEquals(SITES.size(), manager.locator("svg g.site").count(), () -> pageSession(manager, dashboard) + manager.content());
            assertTrue(manager.locator(".signed-in").textContent().contains("pm-rk9"), manager.locator(".signed-in").textContent());
            browser.screenshot(manager, "production-dashboard-project-manager");

            Page member = signInToPage(browser, dashboard, MEMBER_RH8);
            assertEquals(2, member.locator("svg g.site").count());
            assertEquals(2, member.locator("svg g.site[data-ods='RH8']").count(), "RH8's own sites only");
        }
    }

    /** The claims of the page session's token, and what the API answers that token for the contract: why a page refused. */
    private String pageSession(Page page, String dashboard) {
        String token = page.context().cookies().stream().filter(cookie -> cookie.name.equals("collab_token")).map(cookie -> cookie.value)
                .findFirst().orElse(null);
        if (token == null) {
            return "no page session; ";
        }
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        String api = dashboard.replace("/dashboard/", "/api/v1/");
        return "page session " + claims + "; the API answers it " + get(api, token).body() + ", its milestones "
                + get(api + "/milestones", token)
                        .status()
                + "; the password grant's token " + get(api, suite.token(PROJECT_MANAGER)).body() + "; cookies "
                + page.context().cookies().stream().map(cookie -> cookie.name + " " + cookie.path).toList() + "; ";
    }

    private Page signInToPage(Browser browser, String url, ProductionSuite.Persona persona) {
        Page page = browser.newPage();
        page.navigate(url);
        String keycloak = suite.keycloak.issuer(KeycloakServer.REALM);
        assertTrue(page.url().startsWith(keycloak + "/protocol/openid-connect/auth?"), page.url());
        assertTrue(page.url().contains("code_challenge_method=S256"), "PKCE: " + page.url());
        page.locator("#username").fill(persona.username());
        page.locator("#password").fill(suite.password());
        page.locator("#kc-login").click();
        page.waitForURL(url);
        return page;
    }

    /** The trace shows in the service's JSON log lines and among the spans it exported. */
    private void awaitTrace(ServiceProcess service, String traceId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!suite.collector.received(traceId, service.name())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(service.name() + " exported no span of trace " + traceId);
            }
            Thread.sleep(250);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(service.log())) {
            if (line.startsWith("{") && line.contains(traceId)) {
                lines.add(Http.JSON.readTree(line));
            }
        }
        assertFalse(lines.isEmpty(), service.name() + " logged no line of trace " + traceId);
        assertTrue(lines.stream().allMatch(line -> traceId.equals(line.path("mdc").path("traceId").asText())), lines.toString());
    }

    private String awaitLeaseHolder(Duration timeout, Predicate<String> wanted) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> holders = leaseHolders();
            if (!holders.isEmpty() && wanted.test(holders.get(0))) {
                return holders.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No lease holder as wanted within " + timeout + ": " + leaseHolders());
    }

    private List<String> leaseHolders() throws Exception {
        List<String> holders = new ArrayList<>();
        try (Connection connection = contractDatabase();
                PreparedStatement statement = connection.prepareStatement("select solver_replica from migration_plan");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                holders.add(rows.getString(1));
            }
        }
        return holders;
    }

    private long count(String sql) throws Exception {
        try (Connection connection = contractDatabase(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection contractDatabase() throws Exception {
        return DriverManager.getConnection(suite.postgres.jdbcUrl("contract"), "contract", suite.postgres.password("contract"));
    }

    private static void assertProblem(int status, Http.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), answer.body());
        assertNotNull(answer.json().get("title"), answer.body());
    }
}
