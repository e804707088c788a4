package uk.collabproc.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.ServiceProcess;

/**
 * The browser harness works against a packaged service: Chromium (installed from Debian's archive when missing) renders
 * procurement-service's Swagger UI, which fetches the service's OpenAPI document and shows its title, as a person's
 * browser would. One service suffices; the harness, not the suite, is under test. With it, what an officer does in
 * Swagger UI: authorise once, reload, and still call the API with the token.
 */
class BrowserHarnessIT {

    /** Swagger UI's Authorize button shows a closed lock once a scheme is authorised. */
    private static final Pattern LOCKED = Pattern.compile("\\blocked\\b");

    private static ServiceProcess procurement;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        // Its own working directory, the embedded database's included, which stopAndRemove deletes.
        procurement = new ServiceProcess("procurement-service", Files.createTempDirectory("browser-harness-"));
        procurement.start();
        // Chromium starts (and, on a fresh machine, installs) while the service starts.
        browser = Browser.start();
        procurement.awaitReady(PackagedSuite.READY_WITHIN);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            procurement.stopAndRemove();
        }
    }

    @Test
    void swaggerUiOfAPackagedServiceShowsItsApiTitle() throws Exception {
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
    }

    /**
     * Issue 18: an officer pastes a token into Swagger UI's Authorize dialog once; after reloading the page it is still
     * authorised, and "Try it out" on the procurements' list sends the token and gets 200 (without it, 401).
     */
    @Test
    void anOfficerAuthorisedInSwaggerUiStaysAuthorisedAcrossAReload() {
        Page page = browser.newPage();
        page.navigate(procurement.baseUri() + "/q/swagger-ui");
        Locator authorize = page.locator(".auth-wrapper .authorize");
        assertThat(authorize).isVisible();
        authorize.click();
        Locator bearer = page.locator(".modal-ux .auth-container").filter(new Locator.FilterOptions().setHasText("bearer"));
        bearer.locator("input[type=text], input[type=password]").first().fill(DevTokens.officer("RK9"));
        bearer.locator("button.modal-btn.auth.authorize").click();
        page.locator(".modal-ux button.btn-done").click();
        assertThat(authorize).hasClass(LOCKED);

        page.reload();

        // The document is fetched again on reload; the lock shows the remembered authorisation once it is rendered.
        assertThat(page.locator(".information-container .info .title")).isVisible();
        assertThat(page.locator(".auth-wrapper .authorize")).hasClass(LOCKED);
        Locator list = page.locator("#operations-Procurements-procurementList");
        list.locator(".opblock-summary-control").click();
        list.locator(".try-out__btn").click();
        list.locator(".execute").click();
        assertThat(list.locator(".live-responses-table .response .response-col_status").first()).hasText("200");
        browser.screenshot(page, "procurement-service-swagger-ui-authorised-after-reload");
    }
}
