package uk.collabproc.production;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.collabproc.system.Http;
import uk.collabproc.testsupport.ServiceProcess;

/**
 * Keycloak's server distribution (unpacked by the build from Maven Central) as the region's identity provider: built
 * once for PostgreSQL with health checks, started with {@code start --optimized} on free ports, its database on the
 * test's PostgreSQL server, importing the realms it is given. Keycloak wants Java 21 or later: the newest such JDK
 * under /usr/lib/jvm runs it, or the one {@code KEYCLOAK_JAVA_HOME} names.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "collaborative-procurement";
    private static final String ADMIN = "admin";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    final int port = ServiceProcess.freePort();
    private final int managementPort = ServiceProcess.freePort();
    private final Path home;
    private final Path javaHome;
    private final PostgresServer database;
    private final String adminPassword;
    private final Path log;
    private Process process;

    KeycloakServer(Path home, PostgresServer database, String adminPassword, Path log) {
        this.home = home;
        this.javaHome = javaHome();
        this.database = database;
        this.adminPassword = adminPassword;
        this.log = log;
    }

    /** Runs {@code kc.sh build} unless this distribution was built with these options before (it takes a minute). */
    void build() throws IOException {
        List<String> options = List.of("--db=postgres", "--health-enabled=true");
        Path marker = home.resolve("as-production-build");
        if (Files.exists(marker) && Files.readString(marker).equals(options.toString())) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(options);
        Scripts.run(home, Map.of("JAVA_HOME", javaHome.toString()), 10, command);
        Files.writeString(marker, options.toString());
    }

    /** Realms to import at the next start (Keycloak skips a realm it already has). */
    void importRealms(Map<String, JsonNode> realms) throws IOException {
        Path imports = home.resolve("data/import");
        if (Files.isDirectory(imports)) {
            try (Stream<Path> files = Files.list(imports)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(imports);
        for (Map.Entry<String, JsonNode> realm : realms.entrySet()) {
            Http.JSON.writeValue(imports.resolve(realm.getKey() + "-realm.json").toFile(), realm.getValue());
        }
    }

    /** Starts the server with {@code clock} (the machine's, or one moved by libfaketime) and waits until it is ready. */
    void start(Clock clock) throws Exception {
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                "--hostname=http://127.0.0.1:" + port, "--import-realm",
                "--db-url=" + database.jdbcUrl("keycloak"), "--db-username=keycloak", "--db-password=" + database.password("keycloak"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        builder.environment().putAll(clock.environment());
        process = builder.start();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (!ServiceProcess.answersOk("http://127.0.0.1:" + managementPort + "/health/ready")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak did not start:\n" + ServiceProcess.tail(log));
            }
            Thread.sleep(500);
        }
    }

    String issuer(String realm) {
        return "http://127.0.0.1:" + port + "/realms/" + realm;
    }

    /** A person's access token, by the resource-owner password grant of {@code client} (allowed for these tests only). */
    String token(String realm, String client, String secret, String username, String password) {
        return tokenRequest(realm, Map.of("grant_type", "password", "client_id", client, "client_secret", secret, "username", username,
                "password", password));
    }

    /**
     * Signs a person in as Swagger UI does with a public client: the authorization code flow with PKCE (S256), the
     * person typing name and password into Keycloak's own login page. Answers the access token, or fails with what
     * Keycloak answered; {@code proveKey} false leaves out the code verifier, which Keycloak must refuse.
     */
    String signInWithPkce(String realm, String client, String redirectUri, String username, String password, boolean proveKey)
            throws Exception {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = issuer(realm) + "/protocol/openid-connect/auth?" + form(Map.of("client_id", client, "response_type", "code",
                "scope", "openid", "redirect_uri", redirectUri, "state", "as-production", "code_challenge", challenge,
                "code_challenge_method", "S256"));
        HttpResponse<String> loginPage = CLIENT.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.ofString());
        // Keycloak's login session lives in cookies marked Secure, which a browser sends to http://localhost and
        // http://127.0.0.1 too (they are secure contexts); java.net's cookie handler would not, so they are sent back here.
        String cookies = loginPage.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        Matcher action = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
                .matcher(loginPage.body());
        if (loginPage.statusCode() != 200 || !action.find()) {
            throw new IllegalStateException("No login page (" + loginPage.statusCode() + "): " + loginPage.body());
        }
        String login = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");
        HttpResponse<String> redirect = CLIENT.send(HttpRequest.newBuilder(URI.create(login))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password)))).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = redirect.headers().firstValue("Location").orElse("");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (redirect.statusCode() != 302 || !location.startsWith(redirectUri) || !code.find()) {
            throw new IllegalStateException(
                    "Sign-in not redirected to " + redirectUri + " (" + redirect.statusCode() + "): " + location + "\n" + redirect.body());
        }
        Map<String, String> exchange = new LinkedHashMap<>(Map.of("grant_type", "authorization_code", "client_id", client,
                "code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", redirectUri));
        if (proveKey) {
            exchange.put("code_verifier", verifier);
        }
        Http.Answer token = Http.send("POST", issuer(realm) + "/protocol/openid-connect/token", null, form(exchange),
                "application/x-www-form-urlencoded");
        if (token.status() != 200) {
            throw new IllegalStateException("Code exchange refused (" + token.status() + "): " + token.body());
        }
        return token.json().get("access_token").asText();
    }

    /** Sets one attribute of a user, as an administrator would in the console (the attributes are admin-only). */
    void setUserAttribute(String realm, String username, String attribute, String value) {
        String admin = tokenRequest("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", ADMIN,
                "password", adminPassword));
        String users = "http://127.0.0.1:" + port + "/admin/realms/" + realm + "/users";
        JsonNode found = Http.get(users + "?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), admin).expect(200)
                .json();
        ObjectNode user = (ObjectNode) found.get(0);
        ((ObjectNode) user.with("attributes")).putArray(attribute).add(value);
        Http.put(users + "/" + user.get("id").asText(), admin, user).expect(204);
    }

    private String tokenRequest(String realm, Map<String, String> fields) {
        Http.Answer answer = Http.send("POST", issuer(realm) + "/protocol/openid-connect/token", null, form(fields),
                "application/x-www-form-urlencoded");
        return answer.expect(200).json().get("access_token").asText();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Stops the server's java process, which kc.sh runs as its child, then kc.sh. */
    void stop() throws Exception {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> java = process.descendants().toList();
        java.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : java) {
            child.onExit().get(30, TimeUnit.SECONDS);
        }
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    /** A JDK of Java 21 or later: {@code KEYCLOAK_JAVA_HOME}, else the newest under /usr/lib/jvm. */
    static Path javaHome() {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null) {
            return Path.of(configured);
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .filter(jdk -> majorVersion(jdk).orElse(0) >= 21)
                    .max(Comparator.comparing(jdk -> majorVersion(jdk).orElse(0)))
                    .orElseThrow(() -> new IllegalStateException(
                            "Keycloak needs Java 21 or later: none under /usr/lib/jvm; set KEYCLOAK_JAVA_HOME to one"));
        } catch (IOException e) {
            throw new IllegalStateException("No JDK for Keycloak: set KEYCLOAK_JAVA_HOME to a Java 21+ JDK", e);
        }
    }

    private static Optional<Integer> majorVersion(Path jdk) {
        try {
            Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(jdk.resolve("release")));
            return version.find() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
