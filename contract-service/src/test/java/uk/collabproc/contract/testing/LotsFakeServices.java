package uk.collabproc.contract.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Stand-ins for procurement-service and supplier-service that tell one lot's ranking from another's and keep what they
 * were told ({@link QueryAwareStandIn}), in place of {@link FakeServices} for the tests of lots ({@link Profile}).
 */
public class LotsFakeServices implements QuarkusTestResourceLifecycleManager {

    private QueryAwareStandIn procurement;
    private QueryAwareStandIn supplier;

    @Override
    public Map<String, String> start() {
        procurement = new QueryAwareStandIn();
        supplier = new QueryAwareStandIn();
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

    /** The tests of lots: these stand-ins and not the others, which every other test shares. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LotsFakeServices.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }
}
