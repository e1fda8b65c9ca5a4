package nl.regie.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser tests: the application on a random port, one Debian headless Chromium per test class
 * (skipped with a message when it is not installed), and the check every screen state gets: a screenshot in
 * {@code target/screenshots} and no axe-core violations (WCAG 2.1 A/AA).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER),
                "Chromium en chromedriver ontbreken (apt-get install chromium chromium-driver); .ci/run installeert ze.");
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** A screenshot of the window as it is, and no WCAG 2.1 AA violations on the page. */
    protected void accessible(String screenshot) {
        browser.screenshot(screenshot);
        assertThat(browser.accessibilityViolations()).as("WCAG 2.1 AA op " + screenshot).isEmpty();
    }
}
