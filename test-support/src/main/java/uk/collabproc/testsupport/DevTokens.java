package uk.collabproc.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints bearer tokens signed with the development private key, which the services accept in the dev, test
 * and local profiles only. The claims are those of ARCHITECTURE.md: roles in {@code groups}, the
 * organisation's ODS code in {@code org}, a supplier's id in {@code supplier}.
 */
public final class DevTokens {

    public static final String ISSUER = "https://dev.collabproc.invalid";
    private static final PrivateKey KEY = loadKey();

    private DevTokens() {
    }

    public static String officer(String odsCode) {
        return token("officer-" + odsCode.toLowerCase(), Set.of("officer"), odsCode, null);
    }

    public static String member(String odsCode) {
        return token("member-" + odsCode.toLowerCase(), Set.of("member"), odsCode, null);
    }

    public static String supplier(String supplierId) {
        return token("supplier-" + supplierId, Set.of("supplier"), null, supplierId);
    }

    public static String evaluator(String subject) {
        return token(subject, Set.of("evaluator"), null, null);
    }

    public static String projectManager(String odsCode) {
        return token("pm-" + odsCode.toLowerCase(), Set.of("project-manager"), odsCode, null);
    }

    /** A token with any combination of claims; {@code org} and {@code supplier} may be null. */
    public static String token(String subject, Set<String> roles, String org, String supplier) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .expiresIn(Duration.ofHours(12));
        if (org != null) {
            claims.claim("org", org);
        }
        if (supplier != null) {
            claims.claim("supplier", supplier);
        }
        return claims.sign(KEY);
    }

    private static PrivateKey loadKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/dev-keys/private-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the development private key", e);
        }
    }
}
