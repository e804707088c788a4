package uk.collabproc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.collabproc.testsupport.StubService;

/**
 * Issue 18: {@code start.sh --demo} on a suite that already holds the demo loads nothing again, but puts every service
 * clock back at the start of the migration, where the demo leaves it; the milestones would otherwise all be late.
 */
class DemoLoaderTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final StubService procurement = new StubService();
    private final StubService supplier = new StubService();
    private final StubService contract = new StubService();

    @AfterEach
    void stop() {
        for (StubService service : services()) {
            service.stop();
        }
    }

    @Test
    void aSuiteThatHoldsTheDemoGetsItsClocksBackAndNothingElse() throws Exception {
        store(procurement, "/api/v1/procurements",
                "[{\"id\":\"7f9e1c52-0000-4000-8000-000000000001\",\"reference\":\"" + DevonCollaborative.REFERENCE + "\"}]");
        for (StubService service : services()) {
            store(service, "/api/dev/clock", "{\"now\":\"" + DemoLoader.DEMO_CLOCK + "\"}");
        }

        DemoLoader.main(new String[] { procurement.baseUri(), supplier.baseUri(), contract.baseUri() });

        for (StubService service : services()) {
            assertEquals("[{\"now\":\"2018-03-05T09:00:00Z\"}]", control(service, "GET", "/bodies/api/dev/clock"));
        }
        assertEquals("GET /api/v1/procurements?size=500\nPUT /api/dev/clock", control(procurement, "GET", "/requests"));
        assertEquals("PUT /api/dev/clock", control(supplier, "GET", "/requests"));
        assertEquals("PUT /api/dev/clock", control(contract, "GET", "/requests"));
    }

    private List<StubService> services() {
        return List.of(procurement, supplier, contract);
    }

    private static void store(StubService service, String path, String json) throws Exception {
        HTTP.send(
                HttpRequest.newBuilder(URI.create(service.baseUri() + "/fake" + path)).PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static String control(StubService service, String method, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(service.baseUri() + "/fake" + path)).method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
