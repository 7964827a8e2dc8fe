package org.akhbar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page as a person uses it, in Debian's headless Chromium: run a reference query and
 * see rows, open an article and find a highlighted statement. Screenshots are left in the
 * build folder. Skipped where Chromium or its driver is not installed (.ci/run installs them).
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String ARTICLE = "https://w3id.org/akhbar/id/article/000_d370733e592f79a1";
    @TempDir static Path dir;
    static AkhbarStore store;
    static AkhbarServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        store = SeedStore.open(dir.resolve("db"));
        server = AkhbarServer.builder(store.dataset()).port(0).stats(() -> store.stats().counts()).build().start();
        // Selenium warns that it has no DevTools binding for this Chromium: the test needs none
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // headless, no sandbox (CI runs as root), and nothing that reaches out to the network
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + dir.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.SEVERE);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    static WebDriverWait waiting() { return new WebDriverWait(browser, Duration.ofSeconds(30)); }

    @Test
    void aReferenceQueryRunsFromThePageAndShowsRowsWithLabelsLinkingToPages() throws Exception {
        browser.get(server.baseUrl() + "/#/query");
        WebElement ref = waiting().until(d -> d.findElements(By.cssSelector("button[data-query='actors-in-several-articles.rq']"))
                .stream().findFirst().orElse(null));
        assertTrue(browser.findElements(By.cssSelector("#editor .CodeMirror")).size() == 1, "the YASQE editor loaded");
        ref.click();
        List<WebElement> rows = waiting().until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector("table.results tbody tr"));
            return r.isEmpty() ? null : r;
        });
        assertTrue(rows.size() >= 2, "rows: " + rows.size());
        WebElement actorLink = rows.get(0).findElement(By.cssSelector("a.node"));
        assertFalse(actorLink.getText().startsWith("http"), "an IRI is shown by its label: " + actorLink.getText());
        assertTrue(actorLink.getAttribute("href").contains("#/actor?iri="));
        screenshot("browser-query.png");
        assertNoConsoleErrors();
    }

    @Test
    void anArticlePageHighlightsStatementsWithTheirSpeakerMarked() throws Exception {
        browser.get(server.baseUrl() + "/#/article?iri=" + URLEncoder.encode(ARTICLE, StandardCharsets.UTF_8));
        WebElement statement = waiting().until(d -> d.findElements(By.cssSelector(".article-text mark.hl-statement"))
                .stream().findFirst().orElse(null));
        assertFalse(statement.getText().isBlank());
        assertFalse(browser.findElements(By.cssSelector(".article-text mark.hl-speaker")).isEmpty(), "a speaker is marked");
        assertFalse(browser.findElements(By.cssSelector("aside.facts li.fact-statement a")).isEmpty(), "statements are listed beside the text");
        assertEquals("rtl", browser.findElement(By.cssSelector(".article-text")).getAttribute("dir"));
        screenshot("browser-article.png");
        assertNoConsoleErrors();
    }

    /** Issue 19, item 4: a crafted page parameter is refused; it never reaches a query's text. */
    @Test
    void aCraftedPageParameterIsRefusedInsteadOfReachingTheQuery() throws Exception {
        String crafted = ARTICLE + "> ak:text ?text } UNION { ?x ?y ?text } #";
        for (String page : new String[] {"article", "actor", "node"}) {
            browser.get(server.baseUrl() + "/#/" + page + "?iri=" + URLEncoder.encode(crafted, StandardCharsets.UTF_8));
            WebElement error = waiting().until(d -> d.findElements(By.cssSelector("pre.error")).stream().findFirst().orElse(null));
            assertTrue(error.getText().contains("not an IRI"), page + ": " + error.getText());
            assertFalse(error.getText().contains("HTTP 400"), "the query was sent: " + error.getText());
        }
    }

    static void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        // the build folder: the parent of test-classes, whatever -Dakhbar.buildDir says
        Path build = Path.of(BrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        Files.write(build.resolve(name), png);
    }

    /** A CSP violation (a file from elsewhere) or a script error shows up here. */
    static void assertNoConsoleErrors() {
        var errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> !e.getMessage().contains("favicon.ico")).toList();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
