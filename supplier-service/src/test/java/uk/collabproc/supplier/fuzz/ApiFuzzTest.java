package uk.collabproc.supplier.fuzz;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.supplier.testing.Bidding;
import uk.collabproc.supplier.testing.FakeProcurementService;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.fuzz.ApiFuzzer;

/**
 * Sends supplier-service requests generated from its committed OpenAPI document, valid and malformed, with the
 * tokens of the roles each operation names, and requires every answer to be one the document promises.
 */
@QuarkusTest
@QuarkusTestResource(FakeProcurementService.class)
class ApiFuzzTest {

    private static final String EVALUATOR = "eval-fuzz";

    @Test
    void everyAnswerIsOneTheDocumentPromises() throws Exception {
        UUID procurement = Bidding.publishedTender();
        UUID supplier = Bidding.supplier("Fuzz Networks Ltd", true);
        UUID rival = Bidding.supplier("Rival Fuzz Ltd", true);
        UUID bid = Bidding.submit(procurement, supplier, Bidding.bid("10000.00", "200000.00"));
        UUID rivalBid = Bidding.submit(procurement, rival, Bidding.bid("12000.00", "190000.00"));
        String evaluator = Bidding.evaluator(procurement, EVALUATOR);
        UUID open = Bidding.publishedTender();
        Bidding.clock(Bidding.AFTER_DEADLINE);

        ApiFuzzer.Report report = ApiFuzzer.forDocument(Path.of("src/main/openapi/openapi.yaml"))
                .requests(1200)
                .values("pid", procurement.toString(), open.toString())
                .values("bidId", bid.toString(), rivalBid.toString())
                .values("id", supplier.toString(), rival.toString())
                .values("evaluatorId", EVALUATOR)
                .values("criterionCode", "Q1", "Q2", "Q3", "PF1")
                .values("lineId", "L-A", "L-B")
                // Its own suppliers: the document's example is a company other tests of this service register.
                .values("companyNumber", "FZ000001", "FZ000002")
                .tokens("officer", Bidding.OFFICER)
                .tokens("supplier", Bidding.supplierToken(supplier), Bidding.supplierToken(rival))
                .tokens("evaluator", evaluator)
                .tokens("project-manager", DevTokens.projectManager("RK9"))
                .run();
        ApiFuzzer.assertNoFindings(report);
    }
}
