package vn.xaso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its own chromedriver; nothing is downloaded at run time. */
public final class Chromium {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    public static ChromeDriver start(int width, int height) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run installs them)");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=vi",
                    "--user-data-dir=" + Files.createTempDirectory("xaso-chromium"));
            // what pages write to the console (CSP refusals, htmx's errors, failed loads): read by consoleErrors
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in through the form and waits until the next page has loaded. */
    public static void logIn(ChromeDriver driver, String username, String password) {
        String before = driver.getCurrentUrl();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !before.equals(d.getCurrentUrl())
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Starts afresh as another demo user: forgets the session, opens the Vietnamese login page and logs in. */
    public static void logInAs(ChromeDriver driver, int port, String username) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login?lang=vi");
        logIn(driver, username, "demo");
    }

    /** Clicks something that loads a new page, and waits until the new page is there. */
    public static void clickAndWait(ChromeDriver driver, By target) {
        driver.executeScript("window.xasoOldPage = true;");
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class).until(d -> {
            JavascriptExecutor page = (JavascriptExecutor) d;
            return page.executeScript("return window.xasoOldPage") == null
                    && "complete".equals(page.executeScript("return document.readyState"));
        });
    }

    /**
     * Types into a search box that htmx filters as one types, and waits as a user would: until the list below says it
     * shows the results for the whole text ({@code data-q}) and no request is still running, so nothing is re-rendered
     * under the next click.
     */
    public static void search(ChromeDriver driver, By box, String text) {
        driver.findElement(box).sendKeys(text);
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("var results = document.getElementById('results');"
                        + "return results !== null && results.dataset.q === arguments[0]"
                        + " && document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping') === null", text)));
    }

    /**
     * The errors the pages wrote to the console since the last call: a script refused by the security policy, an htmx
     * error, a resource that failed to load. A page a user sees must have none.
     */
    public static java.util.List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /** Waits until the page has loaded and htmx has nothing under way (requests, swaps, settling). */
    public static void settled(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'"
                        + " && document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping') === null")));
    }

    /** Keeps a screenshot under target/screenshots, to look at what a user saw. */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
