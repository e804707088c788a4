package uk.collabproc.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.restassured.RestAssured;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Keeps a service's committed OpenAPI document equal to the one it serves, so that every API change shows
 * up in review. Run the tests with {@code -Dopenapi.update=true} to rewrite the committed file after an
 * intended change.
 */
public final class OpenApiDocumentCheck {

    public static final Path COMMITTED = Path.of("src/main/openapi/openapi.yaml");

    private OpenApiDocumentCheck() {
    }

    public static String servedDocument() {
        return RestAssured.given().accept("application/yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
    }

    /**
     * Fails when the served document is not valid OpenAPI 3, differs from the committed one, or breaks one of
     * the {@link OpenApiContractRules} partners' client generators rely on.
     */
    public static void assertMatchesCommitted() throws IOException {
        String served = normalise(servedDocument());
        assertValid(served);
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served);
        }
        assertTrue(Files.exists(COMMITTED), "No committed OpenAPI document at " + COMMITTED.toAbsolutePath()
                + "; run the tests once with -Dopenapi.update=true and commit it");
        String committed = normalise(Files.readString(COMMITTED));
        assertEquals(committed, served, "The served OpenAPI document differs from " + COMMITTED
                + ". If the API change is intended, run the tests with -Dopenapi.update=true and commit the file.");
        assertHoldsContractRules(committed);
    }

    /** Fails on every breach of the {@link OpenApiContractRules}, listing them all. */
    public static void assertHoldsContractRules(String document) {
        List<String> violations = OpenApiContractRules.violations(document);
        assertTrue(violations.isEmpty(), OpenApiContractRules.describe(violations));
    }

    public static void assertValid(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        assertTrue(result.getOpenAPI() != null && messages.isEmpty(),
                "The OpenAPI document is not valid OpenAPI 3: " + messages);
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3."), "Not an OpenAPI 3 document");
    }

    private static String normalise(String text) {
        String unix = text.replace("\r\n", "\n").stripTrailing();
        return unix + "\n";
    }
}
