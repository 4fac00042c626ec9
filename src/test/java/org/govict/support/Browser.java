package org.govict.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium driven through chromedriver, both from the Debian packages under /usr/bin; Selenium Manager is
 * never asked to download a browser or driver. The browser asks for Vietnamese first, as the browser of a person
 * in a Vietnamese government office would.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final ChromeDriver driver;

	private final Path profile;

	private String baseUrl;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Starts the browser, or skips the calling test class when Chromium or chromedriver is missing. */
	public static Browser start() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium or chromedriver not installed at /usr/bin (apt-get install chromium chromium-driver); "
						+ "browser tests skipped");
		try {
			Path profile = Files.createTempDirectory("govict-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--window-size=1280,900", "--lang=vi", "--user-data-dir=" + profile);
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The application under test, e.g. the random port of an {@link IntegrationTest}. */
	public Browser at(int port) {
		this.baseUrl = "http://localhost:" + port;
		return this;
	}

	public ChromeDriver driver() {
		return driver;
	}

	public Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	/** The path and query of the current page, without the server. */
	public String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	/** Forgets the session and the language choice, as a new visitor. */
	public Browser forgetEverything() {
		if (driver.getCurrentUrl().startsWith(baseUrl)) {
			driver.manage().deleteAllCookies();
		}
		else {
			open("/login");
			driver.manage().deleteAllCookies();
		}
		return this;
	}

	/** Signs in through the login form, as a person would, and waits for the page after it. */
	public Browser signIn(String username, String password) {
		forgetEverything();
		open("/login");
		fillIn(By.id("username"), username);
		fillIn(By.id("password"), password);
		driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
		waitUntil(() -> !path().startsWith("/login") || !driver.findElements(By.cssSelector(".alert-danger")).isEmpty());
		return this;
	}

	/** Signs in with the demo password, which is the user name. */
	public Browser signInAs(String demoUser) {
		return signIn(demoUser, demoUser);
	}

	public Browser fillIn(By field, String value) {
		WebElement input = driver.findElement(field);
		input.clear();
		input.sendKeys(value);
		return this;
	}

	public WebElement find(By by) {
		return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public String text(By by) {
		return find(by).getText();
	}

	public String heading() {
		return text(By.tagName("h1"));
	}

	/** All the text a person sees on the page. */
	/** The text of the page; read again when the page was replaced while reading it (a form just sent). */
	public String pageText() {
		for (int attempt = 1;; attempt++) {
			try {
				return driver.findElement(By.tagName("body")).getText();
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				if (attempt == 5) {
					throw ex;
				}
			}
		}
	}

	public void click(By by) {
		new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	public void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(driver, WAIT).until(d -> condition.getAsBoolean());
	}

	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	public Browser windowWidth(int width) {
		driver.manage().window().setSize(new Dimension(width, 900));
		return this;
	}

	/** How much wider than the window the page is; more than a pixel means the page scrolls sideways. */
	public long horizontalOverflow() {
		Number overflow = (Number) script(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		return overflow.longValue();
	}

	public long scrollWidth() {
		return ((Number) script("return document.documentElement.scrollWidth;")).longValue();
	}

	/** Saves a screenshot under target/screenshots/ for a person to look at. */
	public Path screenshot(String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "screenshots"));
			Path file = dir.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs axe-core on the current page against WCAG 2.1 A and AA. */
	public List<Violation> accessibilityViolations() {
		script(axeSource());
		Object json = driver.executeAsyncScript("""
				var callback = arguments[arguments.length - 1];
				axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})
				  .then(r => callback(JSON.stringify(r.violations)))
				  .catch(e => callback(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
				""");
		return JsonMapper.builder()
			.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build()
			.readValue((String) json, new TypeReference<List<Violation>>() {
			});
	}

	/** Fails listing every serious or critical WCAG 2.1 AA violation that axe-core finds on the current page. */
	public void assertAccessible() {
		List<Violation> serious = accessibilityViolations().stream().filter(Violation::isSerious).toList();
		assertThat(serious)
			.as(() -> "Accessibility violations on " + path() + ":\n"
					+ serious.stream().map(Violation::describe).collect(Collectors.joining("\n")))
			.isEmpty();
	}

	private static String axeSource() {
		try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
			if (in == null) {
				throw new IllegalStateException(AXE + " not on the test classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException ignored) {
				// a leftover temporary profile does no harm
			}
		}
	}

	/** One rule that axe-core found broken, with the elements at fault. */
	public record Violation(String id, String impact, String help, List<Node> nodes) {

		public boolean isSerious() {
			return "serious".equals(impact) || "critical".equals(impact);
		}

		String describe() {
			return "- [" + impact + "] " + id + ": " + help + "\n    "
					+ nodes.stream().map(n -> n.target().stream().map(String::valueOf).collect(Collectors.joining(" "))).collect(Collectors.joining("\n    "));
		}
	}

	/** An element axe-core points at, by CSS selector. */
	public record Node(List<Object> target) {
	}
}
