package nl.regie.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's headless Chromium driven through chromedriver, never a downloaded browser. Checks each page with
 * axe-core (WCAG 2.1 A and AA rules) and saves a screenshot under target/screenshots for a human to look at.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    private final String base;
    private final Path profile;

    Browser(int port) throws IOException {
        this.base = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("regie-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=nl-NL",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    void choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    /**
     * Submits by clicking, then waits until the browser has left this page and loaded the next one. The page is
     * marked with a script variable before the click; the next document does not have it. (Waiting for the old
     * {@code <html>} element to go stale asked Chromium 156 about a node of a document that was being replaced,
     * which it sometimes answered with "Node with given id does not belong to the document" instead of "stale".)
     */
    void click(String css) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.__regieLeaving = true");
        tap(css);
        waitUntil(d -> Boolean.TRUE.equals(js.executeScript(
                "return window.__regieLeaving === undefined && document.readyState === 'complete'")));
    }

    /**
     * Clicks the element without expecting a new page (a disclosure, a radio button, an htmx control). Chromium
     * sometimes loses a node it has just resolved ("Node with given id does not belong to the document", seen
     * after a window resize for a full-page screenshot and after an error page focused its summary); the element
     * is then found again, and after a few tries clicked through the DOM, which has the same effect.
     */
    void tap(String css) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                find(css).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // found again on the next attempt
            } catch (org.openqa.selenium.WebDriverException e) {
                if (!lostNode(e)) {
                    throw e;
                }
            }
        }
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", find(css));
    }

    private static boolean lostNode(org.openqa.selenium.WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    /**
     * Waits up to 10 seconds. While a page is being replaced a question may reach the old document; such an
     * answer (stale element, lost node, script run during navigation) counts as "not yet", not as a failure.
     */
    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        waitUntil(Duration.ofSeconds(10), condition);
    }

    /** {@link #waitUntil(java.util.function.Function)} with a longer wait, for work done in the background. */
    void waitUntil(Duration timeout, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, timeout).until(d -> {
            try {
                return condition.apply(d);
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.JavascriptException e) {
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (lostNode(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    String text() {
        return find("body").getText();
    }

    void login(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        type("#username", username);
        type("#password", password);
        click("button[type=submit]");
    }

    void screenshot(String name) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the current page; returns the WCAG 2.1 A/AA violations as readable lines. */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        String axe;
        try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object json = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)})))))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));""");
        try {
            List<Map<String, Object>> violations = new ObjectMapper().readValue((String) json, List.class);
            return violations.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
