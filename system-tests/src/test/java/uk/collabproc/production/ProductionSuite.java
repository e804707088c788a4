package uk.collabproc.production;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.collabproc.system.Http;
import uk.collabproc.testsupport.ServiceProcess;

/**
 * The suite as production runs it, on this machine: the three services built with {@code -Pprod} and configured only
 * through their environment, a PostgreSQL server with a database and an account per service, Keycloak as the region's
 * identity provider with the realm of deploy/kubernetes/base/keycloak/ and a user per persona, and two replicas of contract-service.
 */
final class ProductionSuite implements AutoCloseable {

    static final Duration READY_WITHIN = Duration.ofMinutes(3);
    static final String SERVICES_CLIENT = "collaborative-procurement";
    static final String SWAGGER_UI_CLIENT = "collaborative-procurement-swagger-ui";
    static final String PAGES_CLIENT = "collaborative-procurement-pages";
    /** A second region's realm, identical but for its name and keys: its tokens are not ours. */
    static final String OTHER_REALM = "other-region";

    /** A person who signs in, with the realm role and the attributes the services read. */
    record Persona(String username, String role, String org) {
    }

    static final Persona OFFICER = new Persona("officer-rk9", "officer", "RK9");
    static final Persona MEMBER_RK9 = new Persona("member-rk9", "member", "RK9");
    static final Persona MEMBER_RH8 = new Persona("member-rh8", "member", "RH8");
    static final Persona SUPPLIER_MLL = new Persona("supplier-mll", "supplier", null);
    static final Persona SUPPLIER_DARTMOOR = new Persona("supplier-dartmoor", "supplier", null);
    static final Persona EVALUATOR = new Persona("eval-alice", "evaluator", null);
    static final Persona PROJECT_MANAGER = new Persona("pm-rk9", "project-manager", "RK9");
    static final List<Persona> PERSONAS = List.of(OFFICER, MEMBER_RK9, MEMBER_RH8, SUPPLIER_MLL, SUPPLIER_DARTMOOR, EVALUATOR,
            PROJECT_MANAGER);

    final Path workDir;
    final PostgresServer postgres;
    /** The OpenTelemetry collector every service exports its spans to. */
    final OtlpCollector collector = new OtlpCollector();
    final KeycloakServer keycloak;
    final ServiceProcess procurement;
    final ServiceProcess supplier;
    /** Two replicas of contract-service on one database, as the Deployment runs them. */
    final ServiceProcess contract;
    final ServiceProcess contractReplica;
    private final String servicesClientSecret = secret();
    private final String contractServiceSecret = secret();
    private final String personaPassword = secret();
    private final String pagesClientSecret = secret();

    private ProductionSuite(Path workDir) throws Exception {
        this.workDir = workDir;
        postgres = PostgresServer.start(workDir.resolve("postgresql"),
                List.of("procurement", "supplier", "contract", "keycloak"));
        keycloak = new KeycloakServer(Path.of(System.getProperty("keycloak.home")), postgres, secret(), workDir.resolve("keycloak.log"));
        procurement = service("procurement-service", "procurement", "procurement-service");
        supplier = service("supplier-service", "supplier", "supplier-service")
                .withEnvironment("PROCUREMENT_SERVICE_URL", procurement.baseUri());
        contract = contractService("contract-a");
        contractReplica = contractService("contract-b");
    }

    /** Builds the production artifacts, starts everything at the machine's time and waits until all is ready. */
    static ProductionSuite start() throws Exception {
        long started = System.nanoTime();
        // PostgreSQL and Keycloak need nothing of the services' build: they start while Maven builds, which keeps the
        // machine's second core busy: a Maven build is mostly one thread.
        FutureTask<Void> build = new FutureTask<>(ProductionBuild::run, null);
        Thread builder = new Thread(build, "production-build");
        builder.start();
        // Traversable by others (not readable): as root, the PostgreSQL server runs as its own account inside it.
        Path workDir = Files.createTempDirectory("as-production-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
        ProductionSuite suite = null;
        try {
            suite = new ProductionSuite(workDir);
            suite.keycloak.build();
            suite.keycloak.importRealms(suite.realms());
            suite.keycloak.start(Clock.MACHINE);
            awaitBuild(build);
            suite.startServices(Clock.MACHINE);
        } catch (Exception | AssertionError e) {
            builder.join();
            if (suite != null) {
                suite.close();
            }
            throw e;
        }
        System.out.printf("The production build, PostgreSQL, Keycloak and the services were ready %.1f s after start (logs under %s)%n",
                (System.nanoTime() - started) / 1e9, suite.workDir);
        return suite;
    }

    /** Time passes: every process stops and starts again seeing {@code clock}; the data stays in the databases. */
    void restartAt(Clock clock) throws Exception {
        stopAll();
        startAll(clock);
    }

    List<ServiceProcess> services() {
        return List.of(procurement, supplier, contract, contractReplica);
    }

    /** A persona's access token from Keycloak, as the services' client issues it. */
    String token(Persona persona) {
        return keycloak.token(KeycloakServer.REALM, SERVICES_CLIENT, servicesClientSecret, persona.username(), personaPassword);
    }

    /** The same person signing in to the other region's realm. */
    String otherRealmToken(Persona persona) {
        return keycloak.token(OTHER_REALM, SERVICES_CLIENT, servicesClientSecret, persona.username(), personaPassword);
    }

    /** Where Keycloak sends an officer back to Swagger UI after signing in. */
    static String swaggerUiRedirect(ServiceProcess service) {
        return service.baseUri() + "/q/swagger-ui/oauth2-redirect.html";
    }

    /** An officer signing in to Swagger UI of {@code service}, by the authorization code flow with PKCE. */
    String signInToSwaggerUi(ServiceProcess service, Persona persona, boolean proveKey) throws Exception {
        return keycloak.signInWithPkce(KeycloakServer.REALM, SWAGGER_UI_CLIENT, swaggerUiRedirect(service), persona.username(),
                personaPassword, proveKey);
    }

    /** What a person types into the region's sign-in page. */
    String password() {
        return personaPassword;
    }

    private static void awaitBuild(FutureTask<Void> build) throws Exception {
        try {
            build.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }

    private void startAll(Clock clock) throws Exception {
        keycloak.start(clock);
        startServices(clock);
    }

    private void startServices(Clock clock) throws Exception {
        for (ServiceProcess service : services()) {
            clock.environment().forEach(service::withEnvironment);
            service.start();
        }
        for (ServiceProcess service : services()) {
            service.awaitReady(READY_WITHIN);
        }
    }

    private void stopAll() throws Exception {
        for (ServiceProcess service : services()) {
            service.stop();
        }
        keycloak.stop();
    }

    private ServiceProcess service(String name, String database, String directory) {
        ServiceProcess service = ServiceProcess.production(name, workDir.resolve(directory));
        postgres.environmentFor(database).forEach(service::withEnvironment);
        return service.withEnvironment("OIDC_AUTH_SERVER_URL", keycloak.issuer(KeycloakServer.REALM))
                .withEnvironment("OIDC_CLIENT_ID", SERVICES_CLIENT)
                .withEnvironment("PAGES_CLIENT_SECRET", pagesClientSecret)
                .withEnvironment("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", collector.endpoint())
                .withEnvironment("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                // The test's partner system listens on this machine without a certificate; production requires HTTPS.
                .withEnvironment("COLLAB_EVENTS_ALLOW_LOOPBACK_HTTP", "true")
                .withEnvironment("COLLAB_EVENTS_FIRST_RETRY_DELAY", "1s");
    }

    private ServiceProcess contractService(String replica) {
        return service("contract-service", "contract", replica)
                // Kubernetes names each pod; the replica's name in a solver lease begins with it.
                .withEnvironment("HOSTNAME", replica)
                .withEnvironment("PROCUREMENT_SERVICE_URL", procurement.baseUri())
                .withEnvironment("SUPPLIER_SERVICE_URL", supplier.baseUri())
                .withEnvironment("SERVICE_CLIENT_ID", "contract-service")
                .withEnvironment("SERVICE_CLIENT_SECRET", contractServiceSecret)
                // Short enough for a test to see a dead replica's plan taken over, long enough to kill it mid-solve.
                .withEnvironment("COLLAB_MIGRATION_SOLVER_LEASE", "6s")
                .withEnvironment("COLLAB_MIGRATION_SOLVER_SWEEP", "2s")
                .withEnvironment("QUARKUS_TIMEFOLD_SOLVER_TERMINATION_SPENT_LIMIT", "15s")
                .withEnvironment("QUARKUS_TIMEFOLD_SOLVER_TERMINATION_UNIMPROVED_SPENT_LIMIT", "15s");
    }

    /**
     * The production realm of deploy/kubernetes/base/keycloak/ as an operator imports it, plus what only this test adds: the personas
     * with their passwords, the clients' secrets, and the password grant on the services' client so that the test can
     * sign people in without a browser. The other region's realm is a copy under another name.
     */
    private Map<String, JsonNode> realms() throws Exception {
        ObjectNode realm = (ObjectNode) Http.JSON
                .readTree(ServiceProcess.suiteRoot().resolve("deploy/kubernetes/base/keycloak/collaborative-procurement-realm.json")
                        .toFile());
        for (JsonNode client : realm.get("clients")) {
            ObjectNode settings = (ObjectNode) client;
            switch (client.get("clientId").asText()) {
                case SERVICES_CLIENT -> settings.put("secret", servicesClientSecret).put("directAccessGrantsEnabled", true);
                case "contract-service" -> settings.put("secret", contractServiceSecret);
                // An operator lists the services' public addresses; here they are on ports chosen at start.
                case SWAGGER_UI_CLIENT -> {
                    ArrayNode redirects = settings.putArray("redirectUris");
                    services().forEach(service -> redirects.add(swaggerUiRedirect(service)));
                }
                case PAGES_CLIENT -> {
                    settings.put("secret", pagesClientSecret);
                    ArrayNode redirects = settings.putArray("redirectUris");
                    services().forEach(service -> redirects.add(service.baseUri() + "/sign-in/oidc*"));
                }
                default -> {
                }
            }
        }
        ArrayNode users = realm.withArray("users");
        for (Persona persona : PERSONAS) {
            ObjectNode user = users.addObject().put("username", persona.username()).put("enabled", true)
                    .put("email", persona.username() + "@example.nhs.uk").put("emailVerified", true)
                    .put("firstName", persona.username()).put("lastName", persona.role());
            user.putArray("realmRoles").add(persona.role());
            if (persona.org() != null) {
                user.putObject("attributes").putArray("org").add(persona.org());
            }
            user.putArray("credentials").addObject().put("type", "password").put("value", personaPassword).put("temporary", false);
        }
        ObjectNode other = realm.deepCopy().put("realm", OTHER_REALM);
        Map<String, JsonNode> realms = new LinkedHashMap<>();
        realms.put(KeycloakServer.REALM, realm);
        realms.put(OTHER_REALM, other);
        return realms;
    }

    @Override
    public void close() throws Exception {
        List<Exception> failures = new ArrayList<>();
        for (AutoCloseable part : List.<AutoCloseable> of(this::stopAll, postgres, collector)) {
            try {
                part.close();
            } catch (Exception e) {
                failures.add(e);
            }
        }
        if (failures.isEmpty()) {
            ServiceProcess.deleteDirectory(workDir);
        } else {
            throw failures.get(0);
        }
    }

    /** A random secret for a password or a client, made for this run only. */
    static String secret() {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }
}
