package uk.collabproc.supplier.evaluation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.collabproc.supplier.testing.Bidding.AFTER_DEADLINE;
import static uk.collabproc.supplier.testing.Bidding.bid;
import static uk.collabproc.supplier.testing.Bidding.clock;
import static uk.collabproc.supplier.testing.Bidding.submit;
import static uk.collabproc.supplier.testing.Bidding.supplier;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.supplier.testing.Bidding;
import uk.collabproc.testsupport.DevTokens;

/**
 * Scoring runs the same statements for every score, so after the first score Hibernate's query plan cache holds all
 * it needs and stops growing. A statement whose plan is cached again under a new key on every execution fills the
 * cache with copies of itself: each lookup then compared against thousands of them, the plans of every other query
 * were evicted and interpreted again, and individual scores cost three times what they should.
 */
@QuarkusTest
class ScoringQueryPlansTest {

    private static final int EVALUATORS = 6;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void scoringAgainAddsNoQueryPlan() {
        UUID procurement = Bidding.publishedTender();
        UUID bid = submit(procurement, supplier("Plan Cache Ltd", true), bid("50000.00", "200000.00"));
        String[] evaluators = new String[EVALUATORS];
        for (int i = 0; i < EVALUATORS; i++) {
            evaluators[i] = "plan-cache-" + i;
            Bidding.evaluator(procurement, evaluators[i]);
        }
        clock(AFTER_DEADLINE);
        // The first evaluator's scores (a new score and a changed one) bring every plan scoring needs into the cache.
        score(procurement, bid, evaluators[0], "Q1", null);
        score(procurement, bid, evaluators[0], "Q1", 0L);
        QueryInterpretationCache plans = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getQueryEngine()
                .getInterpretationCache();
        int before = plans.getNumberOfCachedQueryPlans();

        for (int i = 1; i < EVALUATORS; i++) {
            for (String criterion : Bidding.QUALITY) {
                score(procurement, bid, evaluators[i], criterion, null);
            }
        }

        assertEquals(before, plans.getNumberOfCachedQueryPlans(),
                "query plans cached after " + (EVALUATORS - 1) * Bidding.QUALITY.size() + " more scores");
    }

    private static void score(UUID procurement, UUID bid, String evaluator, String criterion, Long version) {
        Map<String, Object> body = version == null ? Map.of("score", 3, "rationale", "Meets the requirement")
                : Map.of("score", 4, "rationale", "Exceeds the requirement", "version", version);
        given().auth().oauth2(DevTokens.evaluator(evaluator)).contentType(ContentType.JSON).body(body)
                .put("/api/v1/procurements/" + procurement + "/bids/" + bid + "/scores/" + criterion).then().statusCode(200);
    }
}
