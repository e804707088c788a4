package uk.collabproc.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import uk.collabproc.production.Scripts;
import uk.collabproc.testsupport.ServiceProcess;

/**
 * A real browser for the system tests: Debian's headless Chromium driven by Playwright, started once and shared, with a
 * fresh {@link BrowserContext} per persona so that one person's cookies and storage never reach another's pages.
 * <p>
 * Playwright is told not to download its own browsers (its CDN is not reachable from every build machine, and a fresh
 * Debian machine gets Chromium from its own archive instead, through system-tests/scripts/debian-packages.sh).
 */
public final class Browser implements AutoCloseable {

    /** Where Debian's chromium package puts its launcher. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /**
     * Headless as on a build machine with no display; no sandbox because builds often run as root, where Chromium
     * refuses to start sandboxed; no GPU, which a build machine seldom has; no background networking, so that Chromium's own
     * requests (updates, safe browsing) neither leave the machine nor share the network with the page being timed.
     */
    private static final List<String> ARGUMENTS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    /** Starts Playwright's driver and Chromium, installing Debian's chromium first when the machine lacks it. */
    public static Browser start() {
        Path executable = Chromium.PATH;
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new Browser(playwright, playwright.chromium()
                    .launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true).setArgs(ARGUMENTS)));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A persona's own browser profile: nothing it stores is seen by another context. Closed with the browser. */
    public BrowserContext newContext() {
        BrowserContext context = chromium.newContext();
        contexts.add(context);
        return context;
    }

    /** A page in a context of its own, for a persona that needs one tab. */
    public Page newPage() {
        return newContext().newPage();
    }

    /**
     * Saves the whole page, not only the viewport, to {@code <build directory>/screenshots/<name>.png}, where a failed
     * build's reader finds it beside the test reports; answers the file.
     */
    public Path screenshot(Page page, String name) {
        Path file = screenshots().resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    private static Path screenshots() {
        // Failsafe passes the Maven build directory; a test started by other means keeps to the module's target/.
        String configured = System.getProperty("screenshots.dir");
        return configured != null ? Path.of(configured) : ServiceProcess.suiteRoot().resolve("system-tests/target/screenshots");
    }

    /**
     * What a person waited for on a navigation, in milliseconds from its start (the browser's own clock, so the test's
     * and the driver's overhead are not counted): the first byte of the answer, the first paint of anything, the first
     * paint of content (text or image; the figure one reports as "first paint"), DOMContentLoaded and load.
     */
    public record FirstPaint(String url, double responseStart, double firstPaint, double firstContentfulPaint,
            double domContentLoaded, double load) {

        @Override
        public String toString() {
            return String.format(
                    "%s: first byte %.0f ms, first paint %.0f ms, first contentful paint %.0f ms, DOMContentLoaded %.0f ms, load %.0f ms",
                    url, responseStart, firstPaint, firstContentfulPaint, domContentLoaded, load);
        }
    }

    /**
     * Waits for the page's first contentful paint, at most 10 s. A paint entry is recorded when the frame is presented,
     * which may come after the load event that {@link Page#navigate} waits for; so the script observes paint entries
     * (buffered, to include those already made) rather than reading them once.
     */
    private static final String PAINT_TIMINGS = """
            () => new Promise((resolve, reject) => {
              const answer = () => {
                const navigation = performance.getEntriesByType('navigation')[0];
                const paint = name => performance.getEntriesByName(name, 'paint')[0];
                const contentful = paint('first-contentful-paint');
                if (!contentful) return false;
                resolve({
                  responseStart: navigation.responseStart,
                  firstPaint: (paint('first-paint') || contentful).startTime,
                  firstContentfulPaint: contentful.startTime,
                  domContentLoaded: navigation.domContentLoadedEventEnd,
                  load: navigation.loadEventStart,
                });
                return true;
              };
              if (answer()) return;
              new PerformanceObserver((entries, observer) => { if (answer()) observer.disconnect(); })
                  .observe({ type: 'paint', buffered: true });
              setTimeout(() => reject(new Error('no first-contentful-paint within 10 s')), 10000);
            })
            """;

    /** Navigates {@code page} to {@code url}, waits for the load event and the first contentful paint, and answers when they came. */
    public FirstPaint open(Page page, String url) {
        page.navigate(url);
        @SuppressWarnings("unchecked")
        Map<String, Object> timings = (Map<String, Object>) page.evaluate(PAINT_TIMINGS);
        return new FirstPaint(url, number(timings, "responseStart"), number(timings, "firstPaint"), number(timings, "firstContentfulPaint"),
                number(timings, "domContentLoaded"), number(timings, "load"));
    }

    private static double number(Map<String, Object> timings, String key) {
        return ((Number) timings.get(key)).doubleValue();
    }

    /** Closes every context, then Chromium, then Playwright's driver process. */
    @Override
    public void close() {
        try {
            for (BrowserContext context : contexts) {
                context.close();
            }
            chromium.close();
        } finally {
            playwright.close();
        }
    }

    /** Found (and installed when missing) once per test run, however many browsers the tests start. */
    private static final class Chromium {
        static final Path PATH = find();

        private static Path find() {
            if (!Files.isExecutable(CHROMIUM)) {
                // The script runs apt-get update once, and only when a package is missing.
                Scripts.run(Path.of("."), Map.of(), 10, List.of(Scripts.script("debian-packages.sh").toString(), "chromium"));
            }
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException(CHROMIUM + " missing after installing Debian's chromium package");
            }
            return CHROMIUM;
        }
    }
}
