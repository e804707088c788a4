package uk.collabproc.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import uk.collabproc.testsupport.ServiceProcess;

/**
 * The browser harness works against a packaged service: Chromium (installed from Debian's archive when missing) renders
 * procurement-service's Swagger UI, which fetches the service's OpenAPI document and shows its title, as a person's
 * browser would. One service suffices; the harness, not the suite, is under test.
 */
class BrowserHarnessIT {

    @Test
    void swaggerUiOfAPackagedServiceShowsItsApiTitle() throws Exception {
        // Its own working directory, the embedded database's included, which stopAndRemove deletes.
        ServiceProcess procurement = new ServiceProcess("procurement-service", Files.createTempDirectory("browser-harness-"));
        procurement.start();
        try (Browser browser = Browser.start()) {
            // Chromium starts (and, on a fresh machine, installs) while the service starts.
            procurement.awaitReady(PackagedSuite.READY_WITHIN);
            String title = Http.get(procurement.baseUri() + "/q/openapi?format=json", null).expect(200).json().path("info").path("title")
                    .asText();
            assertFalse(title.isBlank(), "the OpenAPI document names its API");

            Page page = browser.newPage();
            Browser.FirstPaint paint = browser.open(page, procurement.baseUri() + "/q/swagger-ui");
            // Swagger UI renders the document's info after fetching it, so the assertion waits for it.
            assertThat(page.locator(".information-container .info .title")).containsText(title);
            Path screenshot = browser.screenshot(page, "procurement-service-swagger-ui");

            assertTrue(Files.size(screenshot) > 0, "a screenshot was written");
            assertTrue(paint.firstContentfulPaint() > 0, "the browser reported a first contentful paint");
            System.out.println("Swagger UI of procurement-service, titled \"" + title + "\": " + paint);
            System.out.println("Screenshot: " + screenshot);
        } finally {
            procurement.stopAndRemove();
        }
    }
}
