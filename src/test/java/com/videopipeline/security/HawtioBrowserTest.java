package com.videopipeline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.videopipeline.PipelineTestSupport;
import com.videopipeline.TestSecrets;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operations console in a real browser (Debian's headless Chromium through its chromedriver): without a login,
 * only the login page; after a viewer logs in, Hawtio lists the pipeline's Camel routes, with no content security
 * policy violation on the way, and the pipeline's own MBean in the JMX tab. Screenshots go to the build directory
 * (hawtio-login.png, hawtio-routes.png, hawtio-pipeline-view.png).
 * Without Chromium the test is skipped, except where the CI variable is set: there it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HawtioBrowserTest {

    /** Debian's packages; -Dchromium.binary / -Dchromium.driver point elsewhere. */
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    private static final String VIEWER_PASSWORD = TestSecrets.BROWSER_VIEWER_PASSWORD;
    private static final Duration HAWTIO_LOAD = Duration.ofSeconds(90);
    /** The pipeline's own MBeans (com.videopipeline:type=Pipeline) in Hawtio's JMX tree. */
    private static final By PIPELINE_DOMAIN = By.id("com.videopipeline-folder");

    @TempDir
    static Path root;

    @LocalServerPort
    int port;

    private WebDriver browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of("pipeline.api.key", TestSecrets.BROWSER_API_KEY,
                "pipeline.security.viewer.user", "watch", "pipeline.security.viewer.password", VIEWER_PASSWORD,
                "pipeline.campaigns.enabled", "false"));
    }

    @BeforeAll
    static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = "headless Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "): run"
                + " apt-get install chromium chromium-driver (.ci/run does) to run the console's browser test";
        if (System.getenv("CI") != null) {
            fail(missing);
        }
        Assumptions.abort(missing);
    }

    @BeforeEach
    void openBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1440,900",
                "--user-data-dir=" + Files.createTempDirectory(root, "chromium-profile"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldShowOnlyTheLoginPageThenThePipelinesRoutesToALoggedInViewer() throws Exception {
        browser.get(url("/actuator/hawtio/"));
        WebDriverWait wait = new WebDriverWait(browser, HAWTIO_LOAD);
        wait.until(b -> b.getCurrentUrl().endsWith("/login"));
        String loginPage = browser.getPageSource();
        screenshot("hawtio-login.png");

        logInAsViewer(wait);
        browser.get(url("/actuator/hawtio/camel/routes"));
        wait.until(b -> routesTable().contains("submit-jobs"));
        Path routes = screenshot("hawtio-routes.png");

        assertThat(loginPage).contains("username").doesNotContain("submit-jobs").doesNotContain("accept-request");
        assertThat(routesTable()).contains("accept-request", "submit-jobs", "poll-jobs", "fetch-videos", "Started");
        assertThat(visibleText()).contains("watch");
        assertThat(routes).isNotEmptyFile();
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void shouldShowALoggedInViewerThePipelinesOwnViewInTheJmxTab() throws Exception {
        browser.get(url("/login"));
        WebDriverWait wait = new WebDriverWait(browser, HAWTIO_LOAD);
        logInAsViewer(wait);

        browser.get(url("/actuator/hawtio/jmx"));
        wait.until(b -> !b.findElements(PIPELINE_DOMAIN).isEmpty());
        openAnMBeanIn(PIPELINE_DOMAIN);
        wait.until(b -> compactText().contains("QueuedJobs"));
        Path view = screenshot("hawtio-pipeline-view.png");

        assertThat(compactText()).contains("QueuedJobs", "CircuitStates", "InFlightByProvider", "JobsByState");
        assertThat(view).isNotEmptyFile();
        assertThat(cspViolations()).isEmpty();
    }

    /** Fills in the login page on screen; Spring Security then sends the browser on to the console. */
    private void logInAsViewer(WebDriverWait wait) {
        browser.findElement(By.name("username")).sendKeys("watch");
        browser.findElement(By.name("password")).sendKeys(VIEWER_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(b -> b.getCurrentUrl().contains("/actuator/hawtio/"));
    }

    /**
     * Expands the domain's folders in the JMX tree and selects the last MBean in it. (With several application
     * contexts in one test JVM the domain holds one view per context, and the domain alone shows no attributes.)
     */
    private void openAnMBeanIn(By domain) {
        By collapsed = By.xpath(".//descendant-or-self::li[@aria-expanded='false']"
                + "[./div//button[contains(@class, 'tree-view__node-toggle')]]");
        for (int depth = 0; depth < 5 && !browser.findElement(domain).findElements(collapsed).isEmpty(); depth++) {
            browser.findElement(domain).findElement(collapsed)
                    .findElement(By.cssSelector("button.pf-v6-c-tree-view__node-toggle")).click();
        }
        List<WebElement> nodes = browser.findElement(domain)
                .findElements(By.cssSelector("button.pf-v6-c-tree-view__node-text"));
        nodes.get(nodes.size() - 1).click();
    }

    /** The text of the Routes tab's table (the tree beside it names the routes too, before the table is there). */
    private String routesTable() {
        return browser.findElements(By.cssSelector("main table")).stream().map(t -> t.getText())
                .reduce("", String::concat);
    }

    /** The visible text without spaces: a table of several MBeans spells attribute names as words. */
    private String compactText() {
        return visibleText().replace(" ", "");
    }

    private String visibleText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** The console's messages so far that report a blocked resource; a probe proves the log is really read. */
    private List<String> cspViolations() {
        ((JavascriptExecutor) browser).executeScript("console.error('console-log-probe')");
        List<String> messages = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        assertThat(messages).anyMatch(m -> m.contains("console-log-probe"));
        return messages.stream().filter(m -> m.contains("Content Security Policy")).toList();
    }

    private Path screenshot(String name) throws IOException, URISyntaxException {
        Path file = buildDirectory().resolve(name);
        Files.write(file, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** target/ (or the -DbuildDir of a parallel build): the parent of the compiled test classes. */
    private static Path buildDirectory() throws URISyntaxException {
        return Path.of(HawtioBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
