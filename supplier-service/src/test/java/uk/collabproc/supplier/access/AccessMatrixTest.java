package uk.collabproc.supplier.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.supplier.testing.Bidding;
import uk.collabproc.supplier.testing.FakeProcurementService;
import uk.collabproc.testsupport.AccessMatrix;
import uk.collabproc.testsupport.AccessMatrix.Persona;
import uk.collabproc.testsupport.DevTokens;

/**
 * Issue 10: every operation of supplier-service that takes an id, called as every persona that must not reach it
 * (another supplier, a conflicted or unassigned evaluator, another organisation's officer, a member, a project manager),
 * answers a documented refusal and gives away nothing of the bid; every operation refuses tokens that prove nothing.
 * The evaluation is open: the tender deadline has passed and an assigned evaluator has declared no conflict.
 */
@QuarkusTest
@QuarkusTestResource(FakeProcurementService.class)
class AccessMatrixTest {

    private static final String APPROACH = "Secret approach SP-4411";
    private static final String NAME = "Secret Bidder SP Ltd";

    private static final Persona OTHER_SUPPLIER = new Persona("another supplier", null);
    private static final Persona OFFICER_ELSEWHERE = new Persona("officer of another organisation", DevTokens.officer("ZZ9"));
    private static final Persona CONFLICTED = new Persona("a conflicted evaluator", DevTokens.evaluator("sp-eval-conflicted"));
    private static final Persona UNASSIGNED = new Persona("an unassigned evaluator", DevTokens.evaluator("sp-eval-unassigned"));
    private static final Persona MEMBER = new Persona("a member", DevTokens.member("RH8"));
    private static final Persona MANAGER = new Persona("a project manager", DevTokens.projectManager("RK9"));
    private static final Set<String> NOBODY = Set.of();

    /** Who, of the personas, may reach each operation that takes an id (the procurement's own officer always may). */
    private static final Map<String, Set<String>> ENTITLED = Map.ofEntries(
            // A supplier submits and lists its own bids, an evaluator lists those it may assess: both lists are checked below.
            Map.entry("bidSubmit", Set.of(OTHER_SUPPLIER.name())), Map.entry("bidList", Set.of(OTHER_SUPPLIER.name(), CONFLICTED.name())),
            Map.entry("bidReceipt", NOBODY), Map.entry("bidGet", NOBODY), Map.entry("bidReplace", NOBODY), Map.entry("bidWithdraw", NOBODY),
            Map.entry("evaluationScore", NOBODY), Map.entry("evaluationScoreSheet", NOBODY), Map.entry("evaluationModerate", NOBODY),
            Map.entry("evaluationReview", NOBODY),
            Map.entry("evaluationAssessmentSummary", NOBODY), Map.entry("evaluationMatrix", NOBODY),
            Map.entry("evaluationRanking", NOBODY), Map.entry("evaluationSensitivity", NOBODY),
            Map.entry("evaluatorList", NOBODY), Map.entry("evaluatorAssign", NOBODY), Map.entry("evaluatorGet", NOBODY),
            Map.entry("evaluatorDeclare", NOBODY),
            // The supplier register is the officers' (any organisation's): suppliers are registered once for every procurement.
            Map.entry("supplierGet", Set.of(OFFICER_ELSEWHERE.name())));

    private static Map<String, String> values;
    private static List<Persona> personas;
    private static UUID procurement;

    @BeforeEach
    void anOpenedBidAndItsEvaluators() {
        if (values != null) {
            return;
        }
        procurement = Bidding.publishedTender();
        UUID supplier = Bidding.supplier(NAME, true);
        UUID other = Bidding.supplier("Other Bidder SP Ltd", true);
        Map<String, Object> bid = Bidding.bid(List.of(Bidding.price("L-A", "54321.09", "98765.43"), Bidding.price("L-B", "0.00", "0.00")));
        List<Map<String, Object>> answers = new ArrayList<>();
        Bidding.QUALITY.forEach(code -> answers.add(Map.of("criterionCode", code, "text", APPROACH + " for " + code)));
        bid.put("answers", answers);
        UUID secretBid = Bidding.submit(procurement, supplier, bid);
        Bidding.submit(procurement, other, Bidding.bid("60000.00", "190000.00"));
        Bidding.evaluator(procurement, "sp-eval-ok");
        Bidding.evaluator(procurement, "sp-eval-conflicted", supplier);
        Bidding.clock(Bidding.AFTER_DEADLINE);
        values = Map.of("pid", procurement.toString(), "bidId", secretBid.toString(), "criterionCode", "Q1", "evaluatorId", "sp-eval-ok",
                "id", supplier.toString());
        personas = List.of(new Persona(OTHER_SUPPLIER.name(), Bidding.supplierToken(other)), OFFICER_ELSEWHERE, CONFLICTED, UNASSIGNED,
                MEMBER, MANAGER);
    }

    private static List<String> secrets() {
        return List.of(APPROACH, "54321.09", "98765.43", NAME);
    }

    @Test
    void everyOperationThatTakesAnIdRefusesThePersonasNotEntitledToIt() {
        AccessMatrix matrix = AccessMatrix.ofCommittedDocument();
        matrix.refuseWhereNotEntitled(personas, ENTITLED, values, secrets());
        matrix.assertNoFindings("supplier-service, personas");
        for (Persona lister : List.of(personas.get(0), CONFLICTED)) {
            given().auth().oauth2(lister.token()).get(Bidding.bids(procurement)).then().statusCode(200)
                    .body(not(containsString(APPROACH))).body(not(containsString(NAME)));
        }
    }

    @Test
    void everyOperationRefusesATokenThatProvesNothing() {
        AccessMatrix matrix = AccessMatrix.ofCommittedDocument();
        matrix.refuseBadTokens(name -> values.getOrDefault(name, "X"), secrets());
        matrix.assertNoFindings("supplier-service, tokens");
    }
}
