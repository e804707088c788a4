package uk.collabproc.procurement.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.common.security.VerifiedTokens;
import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;

/**
 * A token the OIDC extension verified is kept and answered again without verifying it (issue 12); a token that differs
 * from it by one character is not found there and is refused by the full check.
 */
@QuarkusTest
class VerifiedTokenTest {

    @Inject
    VerifiedTokens tokens;

    @Test
    void aVerifiedTokenIsKeptAndAnsweredAgain() {
        String token = DevTokens.officer("VTK");
        assertNull(tokens.find(token, System.currentTimeMillis()));

        given().auth().oauth2(token).get("/api/v1/organisations/RK9").then().statusCode(org.hamcrest.Matchers.oneOf(200, 404));

        assertNotNull(tokens.find(token, System.currentTimeMillis()), "kept after its first verification");
        assertEquals(200, given().auth().oauth2(token).get("/api/v1/procurements").statusCode(), "answered again from what was kept");
    }

    @Test
    void aTokenAlteredAfterTheKeptOneIsRefused() {
        Fixtures.organisation("VTL", "OTHER");
        String token = DevTokens.officer("VTL");
        given().auth().oauth2(token).get("/api/v1/organisations/VTL").then().statusCode(200);

        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String altered = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].charAt(parts[2].length() - 1);

        given().auth().oauth2(altered).get("/api/v1/organisations/VTL").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        assertNull(tokens.find(altered, System.currentTimeMillis()));
        given().auth().oauth2(token).get("/api/v1/organisations/VTL").then().statusCode(200);
    }

    @Test
    void aTokenWithANulClaimIsRefusedEveryTimeAndNeverKept() {
        String token = DevTokens.token("officer-\u0000vtn", "officer", "RK9", null);
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(token).get("/api/v1/procurements").then().statusCode(401)
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
        assertFalse(tokens.holds(token), "a token the NUL check refused is not kept as verified");
    }
}
