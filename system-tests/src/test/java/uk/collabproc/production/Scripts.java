package uk.collabproc.production;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import uk.collabproc.testsupport.ServiceProcess;

/**
 * Runs the project's own scripts and tools for the system tests, failing with what they printed. Public so that the
 * browser harness (uk.collabproc.system) installs Chromium the way the as-production test installs its packages.
 */
public final class Scripts {

    private Scripts() {
    }

    public static Path script(String name) {
        return ServiceProcess.suiteRoot().resolve("system-tests/scripts").resolve(name);
    }

    /** Runs {@code command} in {@code directory} to its end, within {@code minutes}; answers what it printed. */
    public static String run(Path directory, Map<String, String> environment, int minutes, List<String> command) {
        try {
            Path output = Files.createTempFile("as-production-", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new IllegalStateException(
                            String.join(" ", command) + " took over " + minutes + " min:\n" + Files.readString(output));
                }
                String printed = Files.readString(output);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + printed);
                }
                return printed;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
