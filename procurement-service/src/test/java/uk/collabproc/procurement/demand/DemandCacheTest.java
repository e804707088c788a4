package uk.collabproc.procurement.demand;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import uk.collabproc.common.cache.ReadGeneration;
import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.Concurrently;
import uk.collabproc.testsupport.DevTokens;

/**
 * Demand is served from the read cache (issue 12). What must hold: no reader is answered from before a change that was
 * acknowledged before its read began, however readers race to fill the cache, and an unchanged answer is revalidated
 * with its ETag (304) without being computed again.
 */
@QuarkusTest
class DemandCacheTest {

    private static final String LEAD = "DCL";
    private static final String MEMBER = "DCA";
    private static final String OFFICER = DevTokens.officer(LEAD);
    private static final int REQUIREMENTS = 12;
    private static final int READERS = 4;

    @Inject
    ReadGeneration generation;

    @Test
    void everyReadAfterAnAcknowledgedSubmissionCountsItWhileOtherReadersRaceToFillTheCache() {
        Fixtures.organisation(MEMBER, "COMMUNITY_TRUST");
        String procurement = procurementLedBy(LEAD, "DC-RACE");
        Fixtures.member(procurement, MEMBER);
        List<String> drafts = new ArrayList<>();
        for (int site = 0; site < REQUIREMENTS; site++) {
            Fixtures.registerSite(MEMBER, Fixtures.site("DCA-" + site, "PL6 8DH", false, false, "1000.00"));
            drafts.add(Fixtures.draftRequirement(procurement, MEMBER, "DCA-" + site, 100));
        }
        AtomicBoolean writing = new AtomicBoolean(true);

        List<Integer> readsMade = Concurrently.run(1 + READERS, index -> {
            if (index == 0) {
                try {
                    for (int submitted = 1; submitted <= REQUIREMENTS; submitted++) {
                        Fixtures.submit(procurement, MEMBER, drafts.get(submitted - 1));
                        assertEquals(submitted, submittedIn(demand(procurement)), "read right after submission " + submitted);
                    }
                } finally {
                    writing.set(false);
                }
                return REQUIREMENTS;
            }
            int reads = 0;
            int seen = 0;
            while (writing.get()) {
                int now = submittedIn(demand(procurement));
                assertTrue(now >= seen, "a later read went back from " + seen + " to " + now + " submitted");
                seen = now;
                reads++;
            }
            return reads;
        });

        assertTrue(readsMade.stream().skip(1).allMatch(reads -> reads > 0), "every reader read while the submissions went on");
        assertEquals(REQUIREMENTS, submittedIn(demand(procurement)));
    }

    @Test
    void anUnchangedDemandIsAnswered304ToItsTagAndAChangeGivesANewTag() {
        Fixtures.organisation("DCB", "HOSPICE");
        String procurement = procurementLedBy(LEAD, "DC-TAG");
        String tag = demand(procurement).header("ETag");

        given().auth().oauth2(OFFICER).header("If-None-Match", tag).get("/api/v1/procurements/" + procurement + "/demand")
                .then().statusCode(304).header("ETag", tag);
        Fixtures.member(procurement, "DCB");

        Response changed = given().auth().oauth2(OFFICER).header("If-None-Match", tag)
                .get("/api/v1/procurements/" + procurement + "/demand");
        changed.then().statusCode(200).body("organisations.odsCode", org.hamcrest.Matchers.hasItem("DCB"));
        assertNotEquals(tag, changed.header("ETag"));
    }

    @Test
    void aTagIsNoPassToAnotherProcurementsDemandNorPastTheAccessCheck() {
        Fixtures.organisation("DCX", "ACUTE_TRUST");
        String procurement = procurementLedBy(LEAD, "DC-OWN");
        String tag = demand(procurement).header("ETag");

        given().auth().oauth2(DevTokens.officer("DCX")).header("If-None-Match", tag).get("/api/v1/procurements/" + procurement + "/demand")
                .then().statusCode(404);
        String other = Fixtures.procurement("DC-OTHER", LEAD, "2017-09-29T16:00:00Z");
        given().auth().oauth2(OFFICER).header("If-None-Match", tag).get("/api/v1/procurements/" + other + "/demand")
                .then().statusCode(200).body("procurementId", equalTo(other));
    }

    @Test
    void theGenerationMovesWithACommittedChangeAndNotWithARolledBackOne() {
        long before = generation.current();
        Fixtures.organisation("DCG", "OTHER");
        long afterCommit = generation.current();
        assertTrue(afterCommit > before, "a committed change advances the generation");

        // Marked for rollback, the transaction ends in the exception that says it was not committed.
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            generation.advance();
            QuarkusTransaction.setRollbackOnly();
        }));

        assertEquals(afterCommit, generation.current(), "the advance rolled back with its transaction");
    }

    @Test
    void concurrentChangesEachAdvanceTheGenerationWhicheverStripeTheyPick() throws Exception {
        int changes = 200;
        long before = generation.current();
        Concurrently.run(changes, index -> {
            QuarkusTransaction.requiringNew().run(generation::advance);
            return index;
        });
        assertEquals(before + changes, generation.current(), "every committed advance counts once in the sum of the stripes");
    }

    @Test
    void readersThatShareOneReadOfTheGenerationStillSeeEveryChangeCommittedBeforeTheyAsked() {
        List<long[]> seen = Concurrently.run(64, index -> {
            // Inside its transaction the reader sees its own advance: the least it must see once that has committed.
            long committed = QuarkusTransaction.requiringNew().call(() -> {
                generation.advance();
                return generation.current();
            });
            return new long[] { committed, generation.current() };
        });
        for (long[] reader : seen) {
            assertTrue(reader[1] >= reader[0], "a reader asking after its change committed saw " + reader[1] + ", not " + reader[0]);
        }
    }

    /** A procurement gathering requirements on 1 August 2017, its lead registered. */
    private static String procurementLedBy(String lead, String reference) {
        Fixtures.clock("2017-08-01T09:00:00Z");
        Fixtures.organisation(lead, "ACUTE_TRUST");
        return Fixtures.procurement(reference, lead, "2017-09-29T16:00:00Z");
    }

    private static Response demand(String procurement) {
        Response response = given().auth().oauth2(OFFICER).get("/api/v1/procurements/" + procurement + "/demand");
        response.then().statusCode(200);
        return response;
    }

    private static int submittedIn(Response demand) {
        return demand.path("totals.requirements.SUBMITTED");
    }
}
