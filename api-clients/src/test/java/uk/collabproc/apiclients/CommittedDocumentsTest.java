package uk.collabproc.apiclients;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.collabproc.testsupport.OpenApiContractRules;

/**
 * The committed OpenAPI documents are what partners generate their clients from: each must be valid OpenAPI 3.1
 * and hold the contract rules (operationIds, headers with schemas, problem answers, examples, enums). The
 * services' own PlatformTest checks that they serve exactly these documents.
 */
class CommittedDocumentsTest {

    @ParameterizedTest
    @ValueSource(strings = { "procurement-service", "supplier-service", "contract-service" })
    void theCommittedDocumentHoldsTheContractRules(String service) throws Exception {
        Path document = Path.of("..", service, "src", "main", "openapi", "openapi.yaml");
        assertTrue(Files.exists(document), "No committed document at " + document.toAbsolutePath());
        List<String> violations = OpenApiContractRules.violations(document);
        assertTrue(violations.isEmpty(), service + ": " + OpenApiContractRules.describe(violations));
    }
}
