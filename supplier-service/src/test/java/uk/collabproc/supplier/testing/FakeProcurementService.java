package uk.collabproc.supplier.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import uk.collabproc.testsupport.StubService;

/** A stand-in procurement-service for supplier-service's own tests ({@link StubService}; {@link Bidding} drives it). */
public class FakeProcurementService implements QuarkusTestResourceLifecycleManager {

    private StubService stub;

    @Override
    public Map<String, String> start() {
        stub = new StubService();
        return Map.of("quarkus.rest-client.procurement-service.url", stub.baseUri());
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.stop();
        }
    }
}
