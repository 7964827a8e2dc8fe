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
        org.akhbar.cli.OntologyGraph.install(store);     // as `akhbar serve` does: labels for the ontology's terms
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

    @Test
    void theQueryPageFoldsThePrefixesSharesALinkThatRunsAndOffersEveryFormat() throws Exception {
        browser.get(server.baseUrl() + "/#/query");
        WebElement ref = waiting().until(d -> d.findElements(By.cssSelector("button[data-query='agreements.rq']"))
                .stream().findFirst().orElse(null));
        ref.click();
        waiting().until(d -> !d.findElements(By.cssSelector("table.results tbody tr")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#editor .CodeMirror-foldmarker")).isEmpty(), "the PREFIX lines are folded");
        List<String> formats = browser.findElements(By.cssSelector("#dl-format option")).stream().map(o -> o.getAttribute("value")).toList();
        assertEquals(List.of("csv", "tsv", "json", "xml", "ttl", "nt", "jsonld", "rdf"), formats);
        browser.findElement(By.id("share")).click();
        String link = browser.findElement(By.id("share-link")).getAttribute("value");
        assertTrue(link.startsWith(server.baseUrl() + "/#/query?run=1&q="), link);
        browser.get(server.baseUrl() + "/#/ontology");      // leave, then come back by the link
        browser.get(link);
        List<WebElement> rows = waiting().until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector("table.results tbody tr"));
            return r.isEmpty() ? null : r;
        });
        assertTrue(rows.size() >= 1, "the shared link runs the query");
        assertNoConsoleErrors();
    }

    @Test
    void theOntologyPageListsClassesAndPropertiesWithBothLabelsAndAnExampleQueryEach() throws Exception {
        browser.get(server.baseUrl() + "/#/ontology");
        WebElement statement = waiting().until(d -> d.findElements(By.cssSelector("tr#ak-Statement")).stream().findFirst().orElse(null));
        assertTrue(statement.getText().contains("تصريح") && statement.getText().contains("Statement"), statement.getText());
        WebElement speaker = browser.findElement(By.cssSelector("tr#ak-speaker"));
        assertTrue(speaker.getText().contains("المتحدث") || speaker.getText().contains("speaker"), speaker.getText());
        assertTrue(browser.findElements(By.cssSelector("table.ontology tbody tr")).size() > 30, "every class and property");
        screenshot("browser-ontology.png");
        statement.findElement(By.cssSelector("a.example")).click();
        List<WebElement> rows = waiting().until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector("table.results tbody tr"));
            return r.isEmpty() ? null : r;
        });
        assertTrue(rows.size() >= 2, "the example query found the statements");
        assertNoConsoleErrors();
    }

    @Test
    void typesAreShownByTheOntologysLabelsNotPrefixedNames() throws Exception {
        browser.get(server.baseUrl() + "/#/actors");
        WebElement firstType = waiting().until(d -> d.findElements(By.cssSelector("table.results tbody tr td:nth-child(2)"))
                .stream().findFirst().orElse(null));
        assertFalse(firstType.getText().startsWith("ak:"), firstType.getText());
        assertTrue(List.of("شخص", "منظمة", "دولة", "Person", "Organization", "Country").contains(firstType.getText()), firstType.getText());
        assertNoConsoleErrors();
    }

    @Test
    void theTimelineIsNewestFirstWithWhoSaidItLabelledAgreementsFiltersAndFitsAPhone() throws Exception {
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
            browser.get(server.baseUrl() + "/#/timeline");
            List<WebElement> items = waiting().until(d -> {
                List<WebElement> r = d.findElements(By.cssSelector(".timeline ol li"));
                return r.isEmpty() ? null : r;
            });
            List<String> dates = items.stream().map(i -> i.findElement(By.cssSelector(".when")).getText()).toList();
            assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "newest first");
            List<String> facts = items.stream().map(i -> i.findElement(By.cssSelector("a.node")).getAttribute("href")).toList();
            assertEquals(facts.size(), new java.util.HashSet<>(facts).size(), "each fact once");
            assertFalse(browser.findElements(By.cssSelector(".timeline li.ev-statement .who a.node")).isEmpty(), "statements name who said them");
            for (WebElement a : browser.findElements(By.cssSelector(".timeline li.ev-agreement a.node")))
                assertFalse(a.getText().startsWith("akr:"), "an agreement is shown by its name or parties: " + a.getText());
            Object width = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            assertTrue(((Number) width).longValue() <= 375, "fits 375 px: " + width);
            screenshot("browser-timeline-375.png");

            org.openqa.selenium.support.ui.Select actor = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("tl-actor")));
            actor.selectByIndex(1);
            String chosen = actor.getFirstSelectedOption().getAttribute("value");
            List<WebElement> filtered = browser.findElements(By.cssSelector(".timeline ol li"));
            assertTrue(!filtered.isEmpty() && filtered.size() <= items.size());
            for (WebElement li : filtered)
                assertTrue(li.findElements(By.cssSelector("a.node")).stream().anyMatch(a -> a.getAttribute("href").contains(
                        URLEncoder.encode(chosen, StandardCharsets.UTF_8))) || li.getAttribute("class").contains("ev-agreement"),
                        "every row is about the chosen actor: " + li.getText());
            actor.selectByIndex(0);
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "const f = document.getElementById('tl-from'); f.value = '2100-01-01'; f.dispatchEvent(new Event('change'));");
            assertTrue(browser.findElements(By.cssSelector(".timeline ol li")).isEmpty(), "nothing after 2100");
            assertNoConsoleErrors();
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
    }

    @Test
    void anEmptyStoreSaysHowToLoadArticles() throws Exception {
        try (AkhbarStore empty = AkhbarStore.open(dir.resolve("empty"));
             AkhbarServer bare = AkhbarServer.builder(empty.dataset()).port(0).stats(() -> empty.stats().counts()).build().start()) {
            for (String page : new String[] {"articles", "actors", "timeline"}) {
                browser.get(bare.baseUrl() + "/#/" + page);
                WebElement how = waiting().until(d -> d.findElements(By.cssSelector(".empty pre")).stream().findFirst().orElse(null));
                assertTrue(how.getText().contains("./akhbar serve PATH"), page + ": " + how.getText());
                assertTrue(how.getText().contains("./akhbar load --server " + bare.baseUrl() + " --password-file F PATH"), page + ": " + how.getText());
            }
            screenshot("browser-empty.png");
            assertNoConsoleErrors();
        }
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
