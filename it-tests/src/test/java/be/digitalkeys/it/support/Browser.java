package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Chromium (system binary and driver, never downloaded) with its own profile,
 * speaking the given language.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("dk.chromium", "/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(60);
    /**
     * How often a wait asks again. Selenium's default (500 ms) made every page change cost at least
     * half a second, whatever the page needed; a question is a few milliseconds of work.
     */
    private static final Duration POLL = Duration.ofMillis(100);
    /** Set on the window of the current document before a navigation; a new document has a new window without it. */
    private static final String MARK = "__dkPreviousDocument";
    private static final String CHROMEDRIVER = System.getProperty("dk.chromedriver", "/usr/bin/chromedriver");
    /** Quits browsers one after the other in the background (see {@link #close()}). */
    private static final ExecutorService QUITS = quits();

    private final ChromeDriver driver;
    private final Path profile;
    private final String language;

    private Browser(ChromeDriver driver, Path profile, String language) {
        this.driver = driver;
        this.profile = profile;
        this.language = language;
    }

    public static Browser open(String language) {
        return open(language, new String[0]);
    }

    /**
     * As {@link #open(String)}, with more Chromium command-line arguments (e.g.
     * {@code --ip-address-space-overrides=127.0.0.1:8080=public} to treat a loopback server as a public site).
     */
    public static Browser open(String language, String... extraArguments) {
        try {
            Path profile = Files.createTempDirectory("dk-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-extensions", "--no-first-run", "--no-default-browser-check", "--window-size=1280,1024",
                    // On a small, busy machine: one renderer for our single tab, never throttled as a background
                    // tab (headless tabs count as hidden), fewer helper processes. A starved renderer is what
                    // chromedriver reports as "Unable to receive message from renderer".
                    "--renderer-process-limit=1", "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
                    "--disable-backgrounding-occluded-windows", "--disable-features=Translate,OptimizationHints,MediaRouter",
                    "--disable-hang-monitor", "--disable-ipc-flooding-protection", "--mute-audio",
                    "--lang=" + language, "--user-data-dir=" + profile);
            options.addArguments(extraArguments);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            // chromedriver's own defaults are 300 s for a page load and 30 s for a script: a slow page is
            // reported by our waits with evidence, not by a driver timeout.
            driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5)).scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets a permission for an origin through the DevTools protocol (Browser.setPermission), as a
     * person answering the browser's prompt would: setting "granted" or "denied".
     */
    public void setPermission(String origin, String permission, String setting) {
        driver.executeCdpCommand("Browser.setPermission", Map.of("origin", origin, "permission", Map.of("name", permission),
                "setting", setting));
    }

    /**
     * Goes to another tab as a person does: WebDriver's switch only moves its commands there, this
     * also brings the tab to the front (visible, focused), so the page runs as the one being looked at.
     */
    public void show(String windowHandle) {
        driver.switchTo().window(windowHandle);
        driver.executeCdpCommand("Page.bringToFront", Map.of());
    }

    /** The language the browser asks for (Accept-Language). */
    public String language() {
        return language;
    }

    public WebDriver driver() {
        return driver;
    }

    public void get(String url) {
        driver.get(url);
    }

    /**
     * A wait that, when it times out, keeps a screenshot and the page source under target/failures.
     * Generous (60 s) because a shared 2-CPU machine sometimes needs long for a page; a wait ends as
     * soon as its condition holds (asked every 100 ms), so a passing test does not get slower.
     */
    public WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT, POLL) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable lastException) {
                keepFailureEvidence();
                return super.timeoutException(message + " (page: " + driver.getCurrentUrl() + ")", lastException);
            }
        };
    }

    /** Marks the current document, so that {@link #awaitNewDocument()} can tell when another one has replaced it. */
    public void markDocument() {
        driver.executeScript("window." + MARK + " = true;");
    }

    /**
     * Waits until a new document has replaced the marked one and has loaded. While the browser
     * navigates, a script may not run ("no such execution context", a detached node, ...): such
     * answers mean "not yet" and the wait asks again, up to its deadline.
     */
    public void awaitNewDocument() {
        waiting().ignoring(org.openqa.selenium.WebDriverException.class).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return window." + MARK + " !== true && document.readyState === 'complete';")));
    }

    /** Waits until the current document has loaded (its scripts have run). */
    public void awaitLoaded() {
        waiting().ignoring(org.openqa.selenium.WebDriverException.class).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return document.readyState === 'complete';")));
    }

    private void keepFailureEvidence() {
        try {
            Path dir = TestSettings.output().resolve("failures");
            Files.createDirectories(dir);
            String name = "failure-" + System.currentTimeMillis();
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // evidence is best effort; the timeout itself is reported
        }
    }

    /** Saves target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Path dir = TestSettings.output().resolve("screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            Gallery.offer(name, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Leaves the page at once (its scripts, polls and streams stop, as when a person closes the tab),
     * then quits Chromium in the background: a quit waits about a second for the browser to exit, a
     * second no test needs. The JVM waits for the last quits before it ends.
     */
    @Override
    public void close() {
        try {
            driver.get("about:blank");
        } catch (org.openqa.selenium.WebDriverException e) {
            // a browser that no longer answers is quit all the same
        }
        QUITS.execute(() -> {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                // already gone
            } finally {
                deleteQuietly(profile);
            }
        });
    }

    private static ExecutorService quits() {
        ExecutorService quits = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "dk-browser-quit");
            thread.setDaemon(true);
            return thread;
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            quits.shutdown();
            try {
                quits.awaitTermination(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dk-browser-quit-wait"));
        return quits;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }
}
