package dev.careers.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.careers.launcher.LaunchOptions;
import dev.careers.launcher.LocalSystem;
import dev.careers.launcher.Ports;
import dev.careers.testsupport.JobBoard;
import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI as a recruiter uses it: the launcher starts the whole system (real Kafka, PostgreSQL
 * and every service from its jar), and headless Chromium drives the pages the gateway serves.
 * Every wait is on a condition in the page; nothing sleeps.
 */
class DataImportUiIT {

	private static final String API_KEY = "dev-key";

	/** Extraction of a handful of resumes on a busy 2-core machine, with a margin. */
	private static final Duration EXTRACTION = Duration.ofSeconds(120);

	private static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>.pdf";

	/** The name import-service stores for it (its FileNames replaces angle brackets and quotes). */
	private static final String HOSTILE_NAME_AS_STORED = "_img src=x onerror=alert(1)_.pdf";

	@TempDir
	static Path dataDir;

	@TempDir
	static Path workDir;

	private static LocalSystem system;

	private static JobBoard jobBoard;

	private static Browser browser;

	private static ImportsApi api;

	private static String app;

	@BeforeAll
	static void startTheSystemAndTheBrowser() {
		Browser.assumeInstalled();
		jobBoard = JobBoard.start();
		system = LocalSystem.start(LaunchOptions.builder(Path.of(System.getProperty("careers.home", "..")))
			.dataDir(dataDir)
			.ports(Ports.free())
			.tenants("demo=" + API_KEY)
			.serviceHeap("384m")
			// C1 only for a quicker start; the worker may fetch the test's job board on loopback
			// (the launcher has no per-service environment, so the allow-list goes in as a system property)
			.serviceJvmOptions("-XX:TieredStopAtLevel=1", "-Dcareers.fetch.allowed-hosts=127.0.0.1,localhost")
			.extractionRequestsPartitions(3)
			.startupTimeout(Duration.ofMinutes(5))
			.build());
		app = system.gatewayUrl();
		api = new ImportsApi(app, API_KEY);
		browser = Browser.start(workDir.resolve("chromium-profile"));
	}

	@AfterAll
	static void stopEverything() {
		if (browser != null) {
			browser.close();
		}
		if (system != null) {
			system.stop();
		}
		if (jobBoard != null) {
			jobBoard.close();
		}
	}

	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				browser.failureScreenshot(context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeEach
	void signInThroughTheLauncherLink() {
		browser.open("about:blank");
		browser.open(app + "/#key=" + API_KEY);
		browser.find(By.cssSelector(".topbar"));
		browser.waitUntil(driver -> !driver.getCurrentUrl().contains("key="));
	}

	@AfterEach
	void pageRaisedNoScriptError() {
		assertThat(browser.scriptErrors()).isEmpty();
	}

	@Test
	void signInAsksForTheKeyOnceAndSignOutEndsTheSession() {
		assertThat(browser.<String>script("return document.cookie")).doesNotContain("CAREERS_SESSION");
		click(By.xpath("//button[normalize-space()='Sign out']"));
		WebElement key = browser.find(By.xpath("//label[normalize-space()='API key']/following-sibling::input"));
		browser.screenshots("sign-in");

		key.sendKeys("not-the-key", Keys.ENTER);
		assertThat(browser.find(By.cssSelector(".signin-card [role=alert]")).getText()).contains("not valid");

		key.clear();
		key.sendKeys(API_KEY, Keys.ENTER);
		browser.find(By.cssSelector(".topbar"));
		browser.driver().navigate().refresh();
		assertThat(browser.find(By.cssSelector(".tenant")).getText()).isEqualTo("demo");

		click(By.xpath("//button[normalize-space()='Sign out']"));
		browser.find(By.cssSelector(".signin-card"));
		browser.driver().navigate().refresh();
		browser.find(By.cssSelector(".signin-card"));
		assertThat(browser.findAll(By.cssSelector(".topbar"))).isEmpty();
	}

	@Test
	void folderOfResumesShowsEachFileAndItsTaskCompletesLive() {
		Path folder = directory("resumes");
		List<String> names = List.of("grace-hopper.pdf", "alan-turing.pdf", "katherine-johnson.pdf",
				"edsger-dijkstra.pdf", HOSTILE_NAME);
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			paths.add(write(folder.resolve(names.get(i)), TestPdfs.resume("Person " + i + " Folder",
					"person" + i + "@folder.example", List.of("Java", "SQL", "Kubernetes", "Python"))));
		}
		browser.script("window.uiTestMarker = 'never reloaded'");

		chooseFiles(paths);
		WebElement card = browser.waitUntil(EXTRACTION,
				driver -> driver.findElement(By.cssSelector(".upload-card[data-state=done]")));
		List<WebElement> rows = card.findElements(By.cssSelector("tbody tr"));
		assertThat(rows).extracting(row -> row.getAttribute("data-outcome")).hasSize(names.size()).containsOnly("CREATED");
		assertThat(card.findElements(By.cssSelector("td.file-name"))).extracting(WebElement::getText)
			.containsExactlyInAnyOrderElementsOf(names);
		// the hostile name is text, never markup
		assertThat(card.findElements(By.tagName("img"))).isEmpty();
		WebElement progress = card.findElement(By.cssSelector("[role=progressbar]"));
		assertThat(progress.getAttribute("aria-valuenow")).isEqualTo(progress.getAttribute("aria-valuemax")).isEqualTo("5");
		assertThat(card.getText()).contains("files/s").contains("continues in the background");
		browser.screenshots("applicant-import");

		card.findElement(By.linkText("Background Tasks")).click();
		List<String> storedNames = names.stream().map(name -> name.equals(HOSTILE_NAME) ? HOSTILE_NAME_AS_STORED : name)
			.toList();
		browser.waitUntil(EXTRACTION,
				driver -> storedNames.stream().allMatch(name -> "COMPLETED".equals(taskStatuses().get(name))));
		TaskRowView hostileTask = readTaskRow(HOSTILE_NAME_AS_STORED);
		assertThat(hostileTask.name()).matches("Task \\d+");
		assertThat(hostileTask.badge()).isEqualTo("Completed");
		assertThat(hostileTask.progressNow()).isEqualTo("1");
		assertThat(hostileTask.progressMax()).isEqualTo("1");
		assertThat(hostileTask.progressLabel()).isEqualTo("1 / 1");
		assertThat(hostileTask.text()).contains("1 processed, 1 succeeded");

		// a task started while the page is open arrives and completes over the stream
		String importId = api.open("APPLICANTS", "while watching");
		api.upload(importId, "live-arrival.pdf",
				TestPdfs.resume("Live Arrival", "live@arrival.example", List.of("Go", "Docker")));
		api.complete(importId);
		browser.waitUntil(EXTRACTION, driver -> "COMPLETED".equals(taskStatuses().get("live-arrival.pdf")));
		assertThat(browser.<String>script("return window.uiTestMarker")).isEqualTo("never reloaded");
		// the tab counts follow the stream a moment later (they are re-read at most once a second)
		browser.waitUntil(driver -> Integer.parseInt(driver.findElement(By.cssSelector("[data-count=RESUME]")).getText())
				>= names.size() + 1);
		// at phone, laptop and desktop width every column shows: none is cut off behind a sideways scroll
		browser.assertTablesFit(Browser.PHONE, Browser.LAPTOP, Browser.DESKTOP);
		browser.screenshots("background-tasks", Browser.PHONE, Browser.LAPTOP, Browser.DESKTOP);
	}

	@Test
	void importHistoryFiltersByType() {
		String applicants = api.open("APPLICANTS", "history applicants");
		api.upload(applicants, "history-resume.pdf",
				TestPdfs.resume("History Person", "history@example.org", List.of("Java")));
		api.complete(applicants);
		String jobs = api.open("JOBS", "history jobs");

		openSubTab("Import History");
		browser.waitUntil(driver -> historyRows().containsKey(jobs) && "COMPLETED".equals(historyRows().get(applicants)));

		Select filter = new Select(browser.find(By.xpath("//label[normalize-space()='Filter by type']/following-sibling::select")));
		filter.selectByVisibleText("Jobs");
		browser.waitUntil(driver -> historyRows().containsKey(jobs) && !historyRows().containsKey(applicants));
		assertThat(browser.findAll(By.cssSelector("tr[data-type]"))).extracting(row -> row.getAttribute("data-type"))
			.containsOnly("JOBS");

		filter.selectByVisibleText("Applicants");
		browser.waitUntil(driver -> historyRows().containsKey(applicants) && !historyRows().containsKey(jobs));
		assertThat(browser.findAll(By.cssSelector("tr[data-type]"))).extracting(row -> row.getAttribute("data-type"))
			.containsOnly("APPLICANTS");
		WebElement row = browser.find(By.cssSelector("tr[data-import-id='" + applicants + "']"));
		assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText)
			.containsSequence("Applicants", "history applicants", "1", "0", "0", "0", "Completed");
		assertThat(browser.find(By.cssSelector("table.history thead")).getText().toLowerCase())
			.contains("date/time", "type", "file", "created", "updated", "skipped", "errors", "status");

		filter.selectByVisibleText("All types");
		browser.waitUntil(driver -> historyRows().keySet().containsAll(List.of(applicants, jobs)));
		browser.screenshots("import-history");
	}

	@Test
	void failedApplicantIsRetriedWithANewVersionOnItsProfile() {
		Path folder = directory("locked");
		String locked = write(folder.resolve("locked-resume.pdf"), EncryptedPdf.resume("Locked Person"));
		chooseFiles(List.of(locked));
		browser.waitUntil(EXTRACTION, driver -> driver.findElement(By.cssSelector(".upload-card[data-state=done]")));

		openSubTab("Background Tasks");
		browser.waitUntil(EXTRACTION, driver -> "FAILED".equals(taskStatuses().get("locked-resume.pdf")));
		TaskRowView failed = readTaskRow("locked-resume.pdf");
		assertThat(failed.badge()).isEqualTo("Failed");
		assertThat(failed.failure()).contains("password-protected").contains("re-upload the resume as a new version");
		browser.screenshots("background-tasks-failed");
		browser.waitUntil(driver -> {
			taskRow("locked-resume.pdf").findElement(By.linkText("Open applicant")).click();
			return true;
		});

		WebElement alert = browser.find(By.cssSelector(".card.alert"));
		assertThat(alert.getText()).contains("password-protected");
		assertThat(browser.find(By.cssSelector(".page-header .badge")).getAttribute("data-status")).isEqualTo("FAILED");
		browser.screenshots("applicant-failed");

		String fixed = write(folder.resolve("unlocked-resume.pdf"),
				TestPdfs.resume("Locked Person", "locked@example.org", List.of("Java", "SQL", "Kubernetes", "Python")));
		browser.find(By.xpath("//label[normalize-space()='New resume version (PDF)']/following-sibling::input"))
			.sendKeys(fixed);
		click(By.xpath("//button[normalize-space()='Upload new version']"));

		browser.waitUntil(EXTRACTION, driver -> "COMPLETED".equals(driver
			.findElement(By.cssSelector(".page-header .badge")).getAttribute("data-status")));
		assertThat(browser.findAll(By.cssSelector(".card.alert"))).isEmpty();
		assertThat(browser.findAll(By.cssSelector(".version"))).hasSize(2);
		List<WebElement> skills = browser.findAll(By.cssSelector("details.skill"));
		assertThat(skills).isNotEmpty();
		skills.get(0).findElement(By.tagName("summary")).click();
		assertThat(skills.get(0).findElement(By.cssSelector(".skill-detail")).isDisplayed()).isTrue();
		assertThat(browser.find(By.linkText("Download")).getAttribute("href")).contains("/resumes/2/content");
		browser.screenshots("applicant-profile");

		click(By.xpath("//nav[contains(@class,'sidebar')]//a[@data-section='/applicants']"));
		browser.find(By.cssSelector("input[type=search]")).sendKeys("Locked");
		browser.waitUntil(driver -> driver.findElements(By.partialLinkText("Locked Person")).size() == 1);
		browser.screenshots("applicants");
	}

	@Test
	void theSamePersonInTwoImportsIsFlaggedAndMergedIntoOneApplicant() {
		String email = "twice.ada@example.org";
		String firstImport = api.open("APPLICANTS", "duplicates first");
		api.upload(firstImport, "twice-ada.pdf", TestPdfs.resume("Twice Ada", email, List.of("Java")));
		String secondImport = api.open("APPLICANTS", "duplicates second");
		api.upload(secondImport, "ada-twice-cv.pdf", TestPdfs.resume("Twice Ada", email, List.of("Kotlin", "SQL")));

		click(By.xpath("//nav[contains(@class,'sidebar')]//a[@data-section='/applicants']"));
		// the pair is marked once both resumes were read: the list shows it on its next load
		long[] lastLoad = {System.nanoTime()};
		browser.waitUntil(EXTRACTION, driver -> {
			List<WebElement> marks = driver.findElements(By.cssSelector("[data-role=possible-duplicate]"));
			if (marks.size() >= 2) {
				return true;
			}
			if (System.nanoTime() - lastLoad[0] > Duration.ofSeconds(3).toNanos()) {
				driver.navigate().refresh();
				lastLoad[0] = System.nanoTime();
			}
			return false;
		});
		WebElement newerRow = browser.find(By.xpath("//tr[.//*[@data-role='possible-duplicate']]"));
		assertThat(newerRow.findElement(By.cssSelector("[data-role=possible-duplicate]")).getAttribute("title"))
			.startsWith("Possible duplicate of ")
			.endsWith("(same email)");
		browser.screenshots("applicants-possible-duplicates");
		newerRow.findElement(By.cssSelector("th a")).click();

		WebElement pairs = browser.find(By.cssSelector("[data-role=possible-duplicates]"));
		assertThat(pairs.getText()).contains("matched on same email (" + email + ")");
		String olderId = pairs.findElement(By.cssSelector("li[data-applicant-id]")).getAttribute("data-applicant-id");
		browser.screenshots("applicant-possible-duplicate");
		click(By.cssSelector("[data-role=possible-duplicates] button[data-role=merge]"));

		browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("#/applicants/" + olderId)
				&& driver.findElements(By.cssSelector(".version")).size() == 2
				&& driver.findElements(By.cssSelector("[data-role=possible-duplicates]")).isEmpty());
		assertThat(browser.find(By.cssSelector(".version[data-version='2']")).getText()).contains("ada-twice-cv.pdf");
		assertThat(skillNames()).anyMatch(skill -> skill.contains("Kotlin"));
		browser.screenshots("applicant-merged");

		click(By.xpath("//nav[contains(@class,'sidebar')]//a[@data-section='/applicants']"));
		browser.find(By.cssSelector("input[type=search]")).sendKeys(email);
		browser.waitUntil(driver -> driver.findElements(By.cssSelector("tbody tr")).size() == 1
				&& driver.findElements(By.cssSelector("[data-role=possible-duplicate]")).isEmpty());

		click(By.xpath("//nav[contains(@class,'sidebar')]//a[@data-section='/import']"));
		openSubTab("Import History");
		browser.waitUntil(driver -> duplicatesShown(secondImport).equals("1 (1 merged)"));
		browser.screenshots("import-history-possible-duplicates");
		assertThat(duplicatesShown(firstImport)).isEqualTo("0");
	}

	@Test
	void jobUrlIsImportedAndEditedOnItsPage() {
		openSubTab("Job Import");
		browser.find(By.xpath("//label[normalize-space()='Job posting URL']/following-sibling::div/input"))
			.sendKeys(jobBoard.postingUrl());
		click(By.xpath("//button[normalize-space()='Add']"));
		WebElement added = browser.waitUntil(driver -> driver.findElement(
				By.cssSelector(".url-row:not([data-outcome=PENDING])")));
		assertThat(added.getAttribute("data-outcome")).as(added.getText()).isEqualTo("CREATED");
		browser.screenshots("job-import");

		added.findElement(By.linkText("Open job")).click();
		browser.waitUntil(EXTRACTION, driver -> JobBoard.TITLE.equals(titleField().getAttribute("value")));
		browser.waitUntil(EXTRACTION, driver -> !driver.findElements(By.cssSelector("details.skill")).isEmpty());
		assertThat(browser.find(By.xpath("//label[normalize-space()='Company']/following-sibling::input"))
			.getAttribute("value")).isEqualTo(JobBoard.COMPANY);

		titleField().clear();
		titleField().sendKeys("Senior Platform Engineer");
		click(By.xpath("//button[normalize-space()='Save changes']"));
		browser.waitUntil(driver -> driver.findElement(By.cssSelector(".page-title")).getText().equals("Senior Platform Engineer"));
		browser.driver().navigate().refresh();
		browser.waitUntil(driver -> "Senior Platform Engineer".equals(titleField().getAttribute("value")));

		browser.find(By.xpath("//label[normalize-space()='Add a skill']/following-sibling::div/input")).sendKeys("Rust");
		click(By.xpath("//button[normalize-space()='Add skill']"));
		browser.waitUntil(driver -> skillNames().contains("Rust"));
		WebElement rust = browser.find(By.xpath("//details[contains(@class,'skill')][summary[normalize-space()='Rust']]"));
		rust.findElement(By.tagName("summary")).click();
		rust.findElement(By.xpath(".//button[normalize-space()='Remove Rust']")).click();
		browser.waitUntil(driver -> !skillNames().contains("Rust"));

		click(By.xpath("//button[normalize-space()='Extract Skills']"));
		browser.waitUntil(EXTRACTION, driver -> driver.findElement(By.cssSelector(".notice")).getText()
			.matches("Task \\d+ finished\\. The skills below are what it found\\."));
		assertThat(skillNames()).isNotEmpty();
		browser.screenshots("job");

		click(By.xpath("//nav[contains(@class,'sidebar')]//a[@data-section='/jobs']"));
		browser.find(By.cssSelector("input[type=search]")).sendKeys("Senior Platform");
		browser.waitUntil(driver -> driver.findElements(By.linkText("Senior Platform Engineer")).size() == 1);
		browser.screenshots("jobs");
	}

	@Test
	void jobUrlOfAnApplicationShellFailsSayingToPasteTheTextOrUploadAPdf() {
		String url = jobBoard.applicationShellUrl();
		openSubTab("Job Import");
		browser.find(By.xpath("//label[normalize-space()='Job posting URL']/following-sibling::div/input")).sendKeys(url);
		click(By.xpath("//button[normalize-space()='Add']"));
		WebElement added = browser.waitUntil(driver -> driver.findElement(By.xpath(
				"//li[contains(@class,'url-row')][not(@data-outcome='PENDING')][span[@title='" + url + "']]")));
		assertThat(added.getAttribute("data-outcome")).as(added.getText()).isEqualTo("CREATED");

		added.findElement(By.linkText("Open job")).click();
		WebElement alert = browser.waitUntil(EXTRACTION, driver -> driver.findElement(By.cssSelector(".card.alert")));
		assertThat(alert.getText()).contains("only shows its job posting in a browser running JavaScript")
			.contains("paste its text into the job's description", "upload it on Job Import");
		browser.screenshots("job-needs-javascript");
	}

	private static void click(By by) {
		browser.waitUntil(driver -> {
			WebElement element = driver.findElement(by);
			return element.isDisplayed() && element.isEnabled() ? element : null;
		}).click();
	}

	private static void openSubTab(String label) {
		click(By.xpath("//nav[contains(@class,'subnav')]//a[normalize-space()='" + label + "']"));
		browser.find(By.cssSelector(".page-title"));
	}

	private static void chooseFiles(List<String> paths) {
		openSubTab("Applicant Import");
		browser.find(By.cssSelector("input[data-role=files]")).sendKeys(String.join("\n", paths));
	}

	private static WebElement titleField() {
		return browser.driver().findElement(By.xpath("//label[normalize-space()='Title']/following-sibling::input"));
	}

	/** Read in one script, so that a list the page re-renders meanwhile (a finished task's skills) is never half read. */
	private static List<String> skillNames() {
		return browser.script("return [...document.querySelectorAll('details.skill > summary')]"
				+ ".map(summary => summary.innerText.trim())");
	}

	/** Source file name to task status, as the Background Tasks rows show them now. */
	private static Map<String, String> taskStatuses() {
		return browser.script("return Object.fromEntries([...document.querySelectorAll('tbody.task')]"
				+ ".map(task => [task.querySelector('.file-name')?.textContent, task.dataset.status]))");
	}

	/** What one Background Tasks row shows, read in one go: live updates may re-render the row at any time. */
	private record TaskRowView(String name, String badge, String progressNow, String progressMax,
			String progressLabel, String failure, String text) {
	}

	private static TaskRowView readTaskRow(String sourceName) {
		return browser.waitUntil(driver -> {
			WebElement row = taskRow(sourceName);
			WebElement bar = row.findElement(By.cssSelector("[role=progressbar]"));
			List<WebElement> failure = row.findElements(By.cssSelector(".failure"));
			return new TaskRowView(row.findElement(By.cssSelector(".task-name")).getText(),
					row.findElement(By.cssSelector(".badge")).getText(), bar.getAttribute("aria-valuenow"),
					bar.getAttribute("aria-valuemax"), bar.getText(), failure.isEmpty() ? "" : failure.get(0).getText(),
					row.getText());
		});
	}

	private static WebElement taskRow(String sourceName) {
		return browser.findAll(By.cssSelector("tbody.task"))
			.stream()
			.filter(task -> task.findElements(By.cssSelector(".file-name"))
				.stream()
				.anyMatch(name -> sourceName.equals(name.getText())))
			.findFirst()
			.orElseThrow();
	}

	/** The Possible duplicates cell of an Import History row, or empty while the row is not shown. */
	private static String duplicatesShown(String importId) {
		return browser.findAll(By.cssSelector("tr[data-import-id='" + importId + "'] [data-role=possible-duplicates]"))
			.stream()
			.map(WebElement::getText)
			.findFirst()
			.orElse("");
	}

	/** Import id to status, as the Import History rows show them now. */
	private static Map<String, String> historyRows() {
		return browser.script("return Object.fromEntries([...document.querySelectorAll('tr[data-import-id]')]"
				+ ".map(row => [row.dataset.importId, row.querySelector('.badge').dataset.status]))");
	}

	private static Path directory(String name) {
		try {
			return Files.createDirectories(workDir.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String write(Path file, byte[] content) {
		try {
			return Files.write(file, content).toAbsolutePath().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
