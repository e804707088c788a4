package uk.collabproc.contract.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import uk.collabproc.testsupport.StubService;

/** Stand-ins for procurement-service and supplier-service in contract-service's own tests ({@link StubService}). */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    private StubService procurement;
    private StubService supplier;

    @Override
    public Map<String, String> start() {
        procurement = new StubService();
        supplier = new StubService();
        return Map.of("quarkus.rest-client.procurement-service.url", procurement.baseUri(),
                "quarkus.rest-client.supplier-service.url", supplier.baseUri());
    }

    @Override
    public void stop() {
        if (procurement != null) {
            procurement.stop();
        }
        if (supplier != null) {
            supplier.stop();
        }
    }
}
