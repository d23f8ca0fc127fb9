package tr.gov.acikkapi.it;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded browser, never Selenium
 * Manager): one fresh profile per browser, removed on {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;
    private final URL base;

    private Browser(WebDriver driver, Path profile, URL base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** Opens a browser for the application at {@code base}, with the given language preference ("tr", "en"). */
    public static Browser open(URL base, String language) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run does it)");
        }
        try {
            Path profile = Files.createTempDirectory("acikkapi-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-proxy-server", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--no-first-run", "--window-size=1400,1000",
                    "--lang=" + language, "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads a page of the application, {@code path} relative to its root. */
    public void go(String path) {
        driver.get(base.toExternalForm().replaceAll("/$", "") + "/" + path.replaceAll("^/", ""));
    }

    /** Waits up to 15 s until an element with this id (Faces client id) is visible. */
    public org.openqa.selenium.WebElement visible(String id) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("#" + id + " not visible within 15 s; the page says: " + bodyText(), e);
        }
    }

    /** Waits until no PrimeFaces ajax request is queued or running (the page shows the answer of the last click). */
    public void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * A menu panel still open (or closing) over the next menu takes the click: close every open select-menu panel,
     * as clicking elsewhere on the page would, and wait for them to be gone.
     */
    private void closeOpenMenus() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "if (window.PrimeFaces) { Object.values(PrimeFaces.widgets).forEach(function (w) {"
                        + " if (w instanceof PrimeFaces.widget.SelectOneMenu && w.panel && w.panel.is(':visible')) { w.hide(); } }); }");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return !window.jQuery || jQuery('.ui-selectonemenu-panel:visible').length === 0;")));
    }

    /** Clicks the element with this id and waits for the ajax request it starts to be answered. */
    public void click(String id) {
        visible(id).click();
        awaitAjax();
    }

    /** The text of the whole page body, for messages shown in overlays (growl). */
    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Picks {@code label} in a PrimeFaces select menu, as a person does: opens it and clicks the item. */
    public void choose(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label.replace("'", "\\'") + "']");
        for (int attempt = 1; ; attempt++) {
            awaitAjax();
            if (!driver.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                closeOpenMenus();
                try {
                    visible(menuId).click();
                } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                    closeOpenMenus();
                    if (attempt == 3) {
                        throw e;
                    }
                    continue;
                }
            }
            try {
                new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(item)).click();
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                // The panel was still opening: its animation and its scroll to the chosen item move the list under the
                // pointer, and the click lands on a neighbour. Once it stands still the next attempt clicks the item.
                if (attempt == 3) {
                    saveForDiagnosis(menuId.replace(':', '-'));
                    throw e;
                }
                continue;
            }
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                awaitAjax();
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    saveForDiagnosis(menuId.replace(':', '-'));
                    throw e;
                }
            }
        }
    }

    /** Keeps a screenshot and the page source of a failed step in target/browser-failures. */
    public void saveForDiagnosis(String name) {
        Path dir = Path.of("target/browser-failures");
        try {
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in through the login form and waits for the home page. */
    public void signIn(String username, String password) {
        go("login.xhtml");
        visible("login:username").sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }

    /**
     * Saves a screenshot of the current page as {@code NAME.png} in {@code it.docs.dir}: {@code ear/target/screenshots}
     * in the test command, {@code docs/src/images} with the {@code docs-screenshots} profile.
     */
    public void screenshotForDocs(String name) {
        Path dir = Path.of(System.getProperty("it.docs.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
