package dev.careers.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven by its own chromedriver. Both paths are given explicitly, so
 * Selenium Manager never looks for, or downloads, a browser or driver.
 */
final class Browser implements AutoCloseable {

	static final Dimension DESKTOP = new Dimension(1280, 900);

	static final Dimension PHONE = new Dimension(390, 844);

	/** The most common laptop width. */
	static final Dimension LAPTOP = new Dimension(1366, 900);

	private final ChromeDriver driver;

	private final Path screenshots;

	private Browser(ChromeDriver driver, Path screenshots) {
		this.driver = driver;
		this.screenshots = screenshots;
	}

	/**
	 * Skips the browser tests where Chromium and its driver are not installed, so {@code ./mvnw verify}
	 * runs with only a JDK; under CI ({@code CI=true}, where {@code .ci/run} installs them) it fails.
	 */
	static void assumeInstalled() {
		boolean installed = Files.isExecutable(chromium()) && Files.isExecutable(chromedriver());
		if (!installed && "true".equals(System.getenv("CI"))) {
			fail("Chromium and chromedriver are not installed: CI must run the browser tests");
		}
		assumeTrue(installed, "Chromium and chromedriver are not installed: the browser tests are skipped");
	}

	static Browser start(Path profileDir) {
		Path chromium = chromium();
		Path chromedriver = chromedriver();
		System.setProperty("webdriver.chrome.driver", chromedriver.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		// no back-forward cache: every test opens the app afresh, and each cached page would keep its live
		// stream open, so by the seventh test Chromium's six connections per host are all taken
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-features=BackForwardCache", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profileDir.toAbsolutePath(),
				"--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		Path screenshots = Path.of(System.getProperty("ui.screenshots", "target/screenshots"));
		return new Browser(new ChromeDriver(service, options), screenshots);
	}

	private static Path chromium() {
		return Path.of(System.getProperty("ui.chromium", "/usr/bin/chromium"));
	}

	private static Path chromedriver() {
		return Path.of(System.getProperty("ui.chromedriver", "/usr/bin/chromedriver"));
	}

	WebDriver driver() {
		return driver;
	}

	void open(String url) {
		driver.get(url);
	}

	<T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
		// pages re-render rows as changes stream in, so an element found a moment ago may be gone
		return new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(200))
			.ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	<T> T waitUntil(Function<WebDriver, T> condition) {
		return waitUntil(Duration.ofSeconds(30), condition);
	}

	WebElement find(By by) {
		return waitUntil(d -> d.findElement(by));
	}

	List<WebElement> findAll(By by) {
		return driver.findElements(by);
	}

	@SuppressWarnings("unchecked")
	<T> T script(String script, Object... arguments) {
		return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/** Console errors of the page, leaving out failed requests (a 401 is how a signed-out page learns it). */
	List<String> scriptErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter(message -> !message.contains("Failed to load resource"))
			.toList();
	}

	/**
	 * Saves the current page at desktop and phone width as {@code <name>-1280.png} and
	 * {@code <name>-390.png}; at phone width the page must not scroll sideways.
	 */
	void screenshots(String name) {
		screenshots(name, PHONE, DESKTOP);
	}

	/** Saves the current page at each width as {@code <name>-<width>.png}, as {@link #screenshots(String)}. */
	void screenshots(String name, Dimension... sizes) {
		for (Dimension size : sizes) {
			resize(size);
			if (size.equals(PHONE)) {
				Map<String, Long> widths = script(
						"return {page: document.documentElement.scrollWidth, view: window.innerWidth}");
				assertThat(widths.get("page")).as("%s scrolls sideways at %d px", name, size.getWidth())
					.isLessThanOrEqualTo(widths.get("view"));
			}
			save(name + "-" + size.getWidth() + ".png");
		}
	}

	/**
	 * At each width, every table fits its box: a column that does not fit would be cut off behind
	 * a sideways scroll of the table.
	 */
	void assertTablesFit(Dimension... sizes) {
		for (Dimension size : sizes) {
			resize(size);
			List<String> overflowing = script("return [...document.querySelectorAll('.table-wrap')]"
					+ ".filter(wrap => wrap.scrollWidth > wrap.clientWidth)"
					+ ".map(wrap => wrap.querySelector('caption')?.textContent + ': ' + wrap.scrollWidth + ' > ' + wrap.clientWidth)");
			assertThat(overflowing).as("tables wider than their box at %d px", size.getWidth()).isEmpty();
		}
	}

	private void resize(Dimension size) {
		driver.manage().window().setSize(size);
		waitUntil(d -> Long.valueOf(size.getWidth()).equals(script("return window.innerWidth")));
		// two frames: the resize has been laid out and painted
		((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
	}

	/** The page as it was when a test failed, at the current width. */
	void failureScreenshot(String testName) {
		save("failed-" + testName + ".png");
	}

	private void save(String fileName) {
		try {
			Files.createDirectories(screenshots);
			Files.write(screenshots.resolve(fileName), driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
