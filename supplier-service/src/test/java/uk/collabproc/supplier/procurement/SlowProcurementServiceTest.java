package uk.collabproc.supplier.procurement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.supplier.testing.Bidding;
import uk.collabproc.supplier.testing.FakeProcurementService;
import uk.collabproc.testsupport.Concurrently;

/**
 * Issue 10: no request holds a database connection or lock while it waits on procurement-service. While the stand-in
 * answers only after 2.5 s, twenty-five suppliers submit bids to one procurement at once; no connection is checked out
 * meanwhile (the old code held one per waiting request, more than the pool has), and the officer's reads and writes on
 * another procurement answer at once.
 */
@QuarkusTest
@QuarkusTestResource(FakeProcurementService.class)
class SlowProcurementServiceTest {

    private static final int WAITING_SUBMISSIONS = 25;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void whileProcurementServiceIsSlowNoConnectionWaitsOnItAndOtherProcurementsAnswer() throws Exception {
        UUID settled = Bidding.publishedTender();
        UUID settledBid = Bidding.submit(settled, Bidding.supplier("Settled Bidder Ltd", true), Bidding.bid("50000.00", "200000.00"));
        UUID open = UUID.randomUUID();
        Map<String, Object> tender = Bidding.tender(open);
        tender.put("tenderDeadline", "2017-12-29T12:00:00Z");
        Bidding.publish(tender);
        List<UUID> suppliers = new ArrayList<>();
        for (int i = 0; i < WAITING_SUBMISSIONS; i++) {
            suppliers.add(Bidding.supplier("Waiting Bidder " + i + " Ltd", true));
        }
        Bidding.clock(Bidding.AFTER_DEADLINE);
        String ranking = "/api/v1/procurements/" + settled + "/ranking";
        // The settled tender is read once and kept, as it is final; the open one is read on every write.
        given().auth().oauth2(Bidding.OFFICER).get(ranking).then().statusCode(200);

        hang(2_500);
        try (Concurrently.Started<Integer> submissions = Concurrently.start(WAITING_SUBMISSIONS, i -> given()
                .auth().oauth2(Bidding.supplierToken(suppliers.get(i))).contentType(ContentType.JSON)
                .body(Bidding.bid("40000.00", "210000.00")).post(Bidding.bids(open)).statusCode())) {
            Thread.sleep(500);
            int mostCheckedOut = 0;
            List<Long> otherAnswersMillis = new ArrayList<>();
            for (int sample = 0; sample < 5; sample++) {
                mostCheckedOut = Math.max(mostCheckedOut, (int) dataSource.getMetrics().activeCount());
                long started = System.nanoTime();
                given().auth().oauth2(Bidding.OFFICER).get(ranking).then().statusCode(200);
                Map<String, Object> moderation = sample == 0 ? Map.of("score", 3, "rationale", "Moderated")
                        : Map.of("score", 3, "rationale", "Moderated again", "version", sample - 1);
                given().auth().oauth2(Bidding.OFFICER).contentType(ContentType.JSON).body(moderation)
                        .put("/api/v1/procurements/" + settled + "/bids/" + settledBid + "/moderated-scores/Q1")
                        .then().statusCode(200);
                otherAnswersMillis.add((System.nanoTime() - started) / 1_000_000);
                mostCheckedOut = Math.max(mostCheckedOut, (int) dataSource.getMetrics().activeCount());
                Thread.sleep(200);
            }
            System.out.printf(
                    "While procurement-service took 2.5 s, %d submissions waited on it; %d database connections were checked out at "
                            + "most; the officer's read and write on another procurement took %s ms%n",
                    WAITING_SUBMISSIONS, mostCheckedOut,
                    otherAnswersMillis);
            assertTrue(dataSource.getMetrics().creationCount() > 0, "the pool's metrics are collected");
            assertTrue(mostCheckedOut <= 2,
                    "connections checked out while " + WAITING_SUBMISSIONS + " requests waited on procurement-service: "
                            + mostCheckedOut);
            for (int submission : submissions.results()) {
                assertEquals(201, submission);
            }
        } finally {
            unhang();
        }
    }

    private static void hang(long millis) {
        given().body(String.valueOf(millis)).put(stub() + "/fake/hang").then().statusCode(204);
    }

    private static void unhang() {
        given().post(stub() + "/fake/unhang").then().statusCode(204);
    }

    private static String stub() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.procurement-service.url", String.class);
    }
}
