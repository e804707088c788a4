package uk.collabproc.contract.provider;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.testsupport.PackagedProvider;
import uk.collabproc.testsupport.ServiceProcess;
import uk.collabproc.testsupport.StubService;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/**
 * Verifies the pacts of contract-service's consumers (pacts/ at the root: procurement-service's procurement at a glance
 * reads the benefits) against the packaged service, run as a process. It reads stand-ins of procurement-service and
 * supplier-service, as in its @QuarkusTests; provider states are set up through its public API.
 */
@Provider("contract-service")
@PactFolder("../pacts")
class ConsumerPactsIT extends PackagedProvider {

    private static StubService procurementService;
    private static StubService supplierService;

    @BeforeAll
    static void startTheService() throws Exception {
        procurementService = new StubService();
        supplierService = new StubService();
        // Awarding finds the stand-ins through these properties, as it does in the @QuarkusTests.
        System.setProperty("quarkus.rest-client.procurement-service.url", procurementService.baseUri());
        System.setProperty("quarkus.rest-client.supplier-service.url", supplierService.baseUri());
        start(ServiceProcess.ofThisModule("contract-service")
                .withProperty("quarkus.rest-client.procurement-service.url", procurementService.baseUri())
                .withProperty("quarkus.rest-client.supplier-service.url", supplierService.baseUri()));
    }

    @AfterAll
    static void stopTheStandIns() {
        procurementService.stop();
        supplierService.stop();
    }

    /** Only an officer of the lead partner (RK9, as {@link Awarding} awards) reads what the pacts read. */
    @Override
    protected String tokenFor(String exampleHeader) {
        if (!exampleHeader.contains("officer")) {
            throw new IllegalArgumentException("The pact's example token names no persona this provider knows: " + exampleHeader);
        }
        return Awarding.OFFICER;
    }

    /** Nothing to set up: the consumer asks for an id that no contract has. */
    @State("no contract")
    void noContract() {
    }

    /** Awarded on 4 December 2017 and concluded after the standstill, for three sites of RK9 and RH8. */
    @State("a concluded contract")
    Map<String, Object> aConcludedContract() {
        return Map.of("contractId", Awarding.concludedContract());
    }
}
