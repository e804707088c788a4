package uk.collabproc.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import uk.collabproc.testsupport.ServiceProcess;

/**
 * The three packaged services started together as the local run starts them, each in its own working directory
 * (its embedded database lives there), wired to find one another.
 */
public final class PackagedSuite implements AutoCloseable {

    public static final Duration READY_WITHIN = Duration.ofSeconds(120);

    public final Path workDir;
    public final ServiceProcess procurement;
    public final ServiceProcess supplier;
    public final ServiceProcess contract;

    private PackagedSuite(Path workDir) {
        this.workDir = workDir;
        procurement = new ServiceProcess("procurement-service", workDir.resolve("procurement-service"));
        supplier = new ServiceProcess("supplier-service", workDir.resolve("supplier-service"))
                .withProperty("quarkus.rest-client.procurement-service.url", procurement.baseUri());
        contract = new ServiceProcess("contract-service", workDir.resolve("contract-service"))
                .withProperty("quarkus.rest-client.procurement-service.url", procurement.baseUri())
                .withProperty("quarkus.rest-client.supplier-service.url", supplier.baseUri());
        // The procurement at a glance reads the ranking from supplier-service and the benefits from contract-service.
        procurement.withProperty("quarkus.rest-client.supplier-service.url", supplier.baseUri())
                .withProperty("quarkus.rest-client.contract-service.url", contract.baseUri());
        // supplier-service calls nothing of contract-service, but its Swagger UI lists contract-service's document.
        supplier.withProperty("collab.swagger-ui.links.contract-service", contract.baseUri());
    }

    /** Starts all three and waits until each is ready; prints how long that took. */
    public static PackagedSuite start(String name) throws Exception {
        PackagedSuite suite = new PackagedSuite(Files.createTempDirectory(name + "-"));
        long started = System.nanoTime();
        for (ServiceProcess service : suite.services()) {
            service.start();
        }
        for (ServiceProcess service : suite.services()) {
            service.awaitReady(READY_WITHIN);
        }
        System.out.printf("The three services were ready %.1f s after start (logs under %s)%n", (System.nanoTime() - started) / 1e9,
                suite.workDir);
        return suite;
    }

    public List<ServiceProcess> services() {
        return List.of(procurement, supplier, contract);
    }

    public DevonCollaborative.Suite urls() {
        return new DevonCollaborative.Suite(procurement.baseUri(), supplier.baseUri(), contract.baseUri());
    }

    /** Stops all three as Ctrl-C would; failures quote the end of a service's log, so nothing here needs keeping. */
    @Override
    public void close() throws Exception {
        for (ServiceProcess service : services()) {
            service.stop();
        }
        ServiceProcess.deleteDirectory(workDir);
    }
}
