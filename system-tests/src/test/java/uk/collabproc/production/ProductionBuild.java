package uk.collabproc.production;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.collabproc.testsupport.ServiceProcess;

/**
 * Builds the services as production gets them, {@code ./mvnw -Pprod package}, into each module's target/prod/ beside
 * the local artifacts the other system tests run. It runs offline: the build that runs this test has fetched everything
 * the production build needs, into the local repository that it passes on.
 */
final class ProductionBuild {

    private ProductionBuild() {
    }

    static void run() {
        if (Boolean.getBoolean("production.build.skip")) {
            return;
        }
        Path root = ServiceProcess.suiteRoot();
        List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "--offline", "--batch-mode", "--quiet", "-Pprod",
                "package", "-pl", "procurement-service,supplier-service,contract-service", "--also-make", "-Dmaven.test.skip=true"));
        String repository = System.getProperty("maven.repo.local");
        if (repository != null) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        long started = System.nanoTime();
        Scripts.run(root, Map.of(), 15, command);
        System.out.printf("Production artifacts built in %.0f s (./mvnw -Pprod package)%n", (System.nanoTime() - started) / 1e9);
    }
}
