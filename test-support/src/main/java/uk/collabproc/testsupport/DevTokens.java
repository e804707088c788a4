package uk.collabproc.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Mints bearer tokens signed with the development private key, which the services accept in the dev, test
 * and local profiles only. The claims are those of docs/architecture.md#security-model: roles in {@code groups}, the
 * organisation's ODS code in {@code org}, a supplier's id in {@code supplier}.
 *
 * <p>
 * Plain JDK on purpose: tests use it as a library, and deploy/local/token.sh runs this very file as a
 * program ({@code java DevTokens.java ROLE …}), so a newcomer needs nothing but Java to get a token.
 */
public final class DevTokens {

    public static final String ISSUER = "https://dev.collabproc.invalid";
    public static final List<String> ROLES = List.of("officer", "member", "supplier", "evaluator", "project-manager");
    private static final String KEY_RESOURCE = "/dev-keys/private-key.pem";
    private static final Duration LIFETIME = Duration.ofHours(12);

    private static PrivateKey key;

    private DevTokens() {
    }

    public static String officer(String odsCode) {
        return token("officer-" + odsCode.toLowerCase(), "officer", odsCode, null);
    }

    public static String member(String odsCode) {
        return token("member-" + odsCode.toLowerCase(), "member", odsCode, null);
    }

    public static String supplier(String supplierId) {
        return token("supplier-" + supplierId, "supplier", null, supplierId);
    }

    public static String evaluator(String subject) {
        return token(subject, "evaluator", null, null);
    }

    public static String projectManager(String odsCode) {
        return token("pm-" + odsCode.toLowerCase(), "project-manager", odsCode, null);
    }

    /** The service identity of one of our services, as the OIDC provider's client credentials grant would issue it. */
    public static String service(String name) {
        return token(name, name, null, null);
    }

    /** A token with one role; {@code org} and {@code supplier} may be null. */
    public static String token(String subject, String role, String org, String supplier) {
        long now = Instant.now().getEpochSecond();
        return signed(claims(subject, role, org, supplier, now, now + LIFETIME.toSeconds()), key());
    }

    /** A token of the development key that expired an hour ago: the services must refuse it (401). */
    public static String expired(String role, String org) {
        long now = Instant.now().getEpochSecond();
        return signed(claims(role + "-expired", role, org, null, now - 7200, now - 3600), key());
    }

    /** A well-formed token signed with a key the services do not trust: they must refuse it (401). */
    public static String signedWithAnotherKey(String role, String org) {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            long now = Instant.now().getEpochSecond();
            return signed(claims(role + "-forged", role, org, null, now, now + 3600), generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make a key", e);
        }
    }

    /** A token that says {@code alg: none} and carries no signature: the services must refuse it (401). */
    public static String unsigned(String role, String org) {
        long now = Instant.now().getEpochSecond();
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claims(role + "-unsigned", role, org, null, now, now + 3600))
                + ".";
    }

    private static String claims(String subject, String role, String org, String supplier, long issuedAt, long expiresAt) {
        List<String> claims = new ArrayList<>();
        claims.add(field("iss", ISSUER));
        claims.add(field("sub", subject));
        claims.add(field("upn", subject));
        claims.add("\"groups\":[" + quote(role) + "]");
        if (org != null) {
            claims.add(field("org", org));
        }
        if (supplier != null) {
            claims.add(field("supplier", supplier));
        }
        claims.add("\"iat\":" + issuedAt);
        claims.add("\"exp\":" + expiresAt);
        return "{" + String.join(",", claims) + "}";
    }

    private static String signed(String claims, PrivateKey key) {
        String signed = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a development token", e);
        }
    }

    /** {@code DevTokens ROLE [--org ODS] [--supplier ID] [--sub SUBJECT]}: prints one token. */
    public static void main(String[] args) {
        if (args.length < 1 || !ROLES.contains(args[0])) {
            usage();
        }
        String role = args[0];
        String org = null;
        String supplier = null;
        String subject = null;
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                usage();
            }
            switch (args[i]) {
                case "--org" -> org = args[i + 1];
                case "--supplier" -> supplier = args[i + 1];
                case "--sub" -> subject = args[i + 1];
                default -> usage();
            }
        }
        String refusal = refusal(role, org, supplier);
        if (refusal != null) {
            System.err.println(refusal);
            System.exit(2);
        }
        if (subject == null) {
            subject = role + (org != null ? "-" + org.toLowerCase() : "") + (supplier != null ? "-" + supplier : "");
        }
        System.out.println(token(subject, role, org, supplier));
    }

    /**
     * Why a token asked for cannot be used, or null: an officer, a member or a project manager without an organisation,
     * or a supplier without its id, would be refused by every service (403 or 404) with nothing to say why.
     */
    static String refusal(String role, String org, String supplier) {
        if (List.of("officer", "member", "project-manager").contains(role) && org == null) {
            return "token.sh: a token for " + role + " needs its organisation: add --org ODS (for example --org RK9)";
        }
        if ("supplier".equals(role) && supplier == null) {
            return "token.sh: a supplier token needs the supplier's id: add --supplier ID (GET /api/v1/suppliers on 8082, as an officer)";
        }
        return null;
    }

    private static void usage() {
        System.err.println("usage: token.sh ROLE [--org ODS] [--supplier ID] [--sub SUBJECT]");
        System.err.println("  ROLE is one of " + String.join(", ", ROLES));
        System.exit(2);
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
            key = loadKey();
        }
        return key;
    }

    /** From the classpath in tests; from the file named by {@code -Ddev.key} when run as a program. */
    private static PrivateKey loadKey() {
        String file = System.getProperty("dev.key");
        try (InputStream in = file != null ? Files.newInputStream(Path.of(file)) : DevTokens.class.getResourceAsStream(KEY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No development key at " + KEY_RESOURCE);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the development private key", e);
        }
    }

    private static String field(String name, String value) {
        return quote(name) + ":" + quote(value);
    }

    /** A JSON string; control characters are escaped, so that tests can mint tokens with claims a client should never send. */
    private static String quote(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
