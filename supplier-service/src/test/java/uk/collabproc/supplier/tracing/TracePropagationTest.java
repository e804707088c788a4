package uk.collabproc.supplier.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.supplier.testing.Bidding.BEFORE_DEADLINE;
import static uk.collabproc.supplier.testing.Bidding.bid;
import static uk.collabproc.supplier.testing.Bidding.bids;
import static uk.collabproc.supplier.testing.Bidding.clock;
import static uk.collabproc.supplier.testing.Bidding.publishedTender;
import static uk.collabproc.supplier.testing.Bidding.supplier;
import static uk.collabproc.supplier.testing.Bidding.supplierToken;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import uk.collabproc.common.http.RequestLog;
import uk.collabproc.supplier.testing.Bidding;
import uk.collabproc.supplier.testing.FakeProcurementService;
import uk.collabproc.testsupport.Traceparent;

/**
 * One request is one trace across the services: supplier-service continues the W3C trace context a request arrives
 * with, passes it on to procurement-service with its REST client, and logs the request with its trace id. A bid is
 * the request here, as submitting one reads the tender from procurement-service.
 */
@QuarkusTest
@QuarkusTestResource(FakeProcurementService.class)
class TracePropagationTest {

    /** A line of the request log and the trace id in its logging context when it was logged. */
    private record Logged(String message, String traceId) {
    }

    @Test
    void theCallToProcurementServiceContinuesTheTraceTheRequestArrivedWith() {
        Traceparent callers = Traceparent.random();

        Traceparent passedOn = traceparentSeenByProcurementService(submitBid(callers));

        assertEquals(callers.traceId(), passedOn.traceId(), "the caller's trace");
        assertNotEquals(callers.parentId(), passedOn.parentId(),
                "the call's parent is a span of supplier-service, not the caller's header copied");
    }

    @Test
    void aRequestWithoutTraceContextStartsATraceAndPassesItOn() {
        Traceparent passedOn = traceparentSeenByProcurementService(submitBid(null));

        assertNotEquals("0".repeat(32), passedOn.traceId());
    }

    @Test
    void theRequestIsLoggedWithItsTraceId() {
        // The request log is on in production only (INFO); this test turns it on for itself.
        Logger requestLog = Logger.getLogger(RequestLog.CATEGORY);
        Level level = requestLog.getLevel();
        List<Logged> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // Read now, on the request's thread, where the logging context is the request's.
                ExtLogRecord extended = (ExtLogRecord) record;
                logged.add(new Logged(extended.getFormattedMessage(), extended.getMdc("traceId")));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        requestLog.setLevel(Level.INFO);
        requestLog.addHandler(handler);
        try {
            Traceparent callers = Traceparent.random();

            UUID procurement = submitBid(callers);

            String line = "POST " + bids(procurement) + " 201 ";
            assertTrue(logged.stream().anyMatch(entry -> entry.message().startsWith(line) && callers.traceId().equals(entry.traceId())),
                    "a line '" + line + "…' with traceId " + callers.traceId() + " in its logging context; logged: " + logged);
        } finally {
            requestLog.removeHandler(handler);
            requestLog.setLevel(level);
        }
    }

    /** Submits a bid on a new published tender, sending {@code traceparent} if there is one; answers the procurement. */
    private static UUID submitBid(Traceparent traceparent) {
        UUID procurement = publishedTender();
        String token = supplierToken(supplier("Traced Telecom Ltd", true));
        clock(BEFORE_DEADLINE);
        RequestSpecification request = given().auth().oauth2(token).contentType(ContentType.JSON).body(bid("50000.00", "200000.00"));
        if (traceparent != null) {
            request.header(Traceparent.HEADER, traceparent.toString());
        }
        request.post(bids(procurement)).then().statusCode(201);
        return procurement;
    }

    private static Traceparent traceparentSeenByProcurementService(UUID procurement) {
        return Traceparent
                .parse(Bidding.headerSeenByProcurementService(Traceparent.HEADER, "/api/v1/procurements/" + procurement + "/tender"));
    }
}
