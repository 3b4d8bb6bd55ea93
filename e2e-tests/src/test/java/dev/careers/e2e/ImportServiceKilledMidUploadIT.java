package dev.careers.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.careers.launcher.ProcessInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * import-service gets SIGKILL while an upload request is storing its files (ADR 0020, ADR 0021).
 * One request is acknowledged first; a second, of 70 files, commits its first group of 50 and is
 * cut off while its second group's objects are being written, with no answer to the client. After
 * the restart: the files of the committed groups are in the import (acknowledged or not); the
 * objects the cut-off group wrote, and a partial file where a write was cut off, go with the orphan
 * sweep (grace 30 s on this stack), so that every object left is named by a row; the Import History
 * counts what was committed. Sent again, the request gives SKIPPED for the files committed unseen
 * and CREATED for the rest, every file has one applicant whose task completes and whose document
 * downloads byte for byte.
 */
class ImportServiceKilledMidUploadIT {

	private static final String TENANT = FaultTestSystem.IMPORT_SERVICE_KILLED;

	/** The request acknowledged before the kill: one group. */
	private static final int FIRST = 10;

	/** The request the kill cuts off: a group of 50 (careers.imports.files-per-commit), then one of 20. */
	private static final int INTERRUPTED = 70;

	private static final int GROUP = 50;

	private static final int FILES = FIRST + INTERRUPTED;

	/** Killed once at least this many objects of the second group are stored, at once if a write is under way. */
	private static final int INTO_SECOND_GROUP = 3;

	private static final String ORPHANS_REMOVED = "careers_documents_orphans_removed_total";

	@RegisterExtension
	static final LocalStack stack = FaultTestSystem.stack();

	@Test
	void aKilledUploadLosesNoAcknowledgedFileAndTheSweepLeavesNoObjectWithoutARow() throws Exception {
		Path documents = stack.system().documentDirectory().orElse(null);
		assumeTrue(documents != null, "reads the document directory: not on S3");
		Path tenantObjects = documents.resolve(TENANT);
		Gateway client = FaultTestSystem.client(stack, TENANT);
		long started = System.nanoTime();
		List<Map<String, byte[]>> batches = ResumeFolder.of(FILES).batches(FIRST);
		Map<String, byte[]> first = batches.get(0);
		Map<String, byte[]> interrupted = new LinkedHashMap<>();
		batches.subList(1, batches.size()).forEach(interrupted::putAll);
		Map<String, byte[]> all = new LinkedHashMap<>(first);
		all.putAll(interrupted);

		ImportLedger ledger = ImportLedger.open(client, "import-service killed mid-upload");
		ledger.upload(first);
		String filesPath = "/api/imports/" + ledger.importId() + "/files";
		CompletableFuture<String> cutOff = CompletableFuture.supplyAsync(() -> answerTo(client, filesPath, interrupted));
		int storedAtKill = awaitSecondGroupBeingStored(tenantObjects, documents);
		ProcessInfo killed = stack.system().killService("import-service");
		Set<String> objectsAtKill = objectsIn(tenantObjects);
		Set<String> partialsAtKill = partialsIn(documents);
		String interruptedAnswer = cutOff.get(2, TimeUnit.MINUTES);
		assertThat(killed.isAlive()).isFalse();
		assertThat(interruptedAnswer).as("answer to the cut-off upload").doesNotStartWith("200");

		long restarting = System.nanoTime();
		ProcessInfo restarted = stack.system().startService("import-service");
		Duration restart = Duration.ofNanos(System.nanoTime() - restarting);

		// what the killed process committed, as the API lists it: whole groups, the cut-off one not at all
		ImportAccounting accounting = new ImportAccounting(client, Duration.ofMinutes(6));
		Set<String> committed = await("the import's files listed after the restart").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> accounting.tasksOf(ledger.importId())
				.stream()
				.map(task -> (String) task.get("sourceName"))
				.collect(Collectors.toSet()), names -> names.size() >= FIRST + GROUP);
		assertThat(committed).as("files committed before the kill").hasSize(FIRST + GROUP).containsAll(first.keySet());
		Set<String> committedUnseen = new HashSet<>(committed);
		committedUnseen.removeAll(first.keySet());
		assertThat(importSummary(client, ledger.importId())).as("import-service's counts")
			.containsEntry("created", FIRST + GROUP)
			.containsEntry("skipped", 0);
		await("the Import History counting what was committed").atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(historyRow(client, ledger.importId())).containsEntry("created", FIRST + GROUP)
				.containsEntry("skipped", 0)
				.containsEntry("errors", 0));

		Set<String> named = sha256Of(all, committed);
		Set<String> orphans = new HashSet<>(objectsAtKill);
		orphans.removeAll(named);
		assertThat(orphans).as("objects of the cut-off group, stored before its rows").isNotEmpty();
		await("the orphan sweep leaving only objects a row names").atMost(FaultTestSystem.ORPHAN_GRACE.plusMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> {
				assertThat(objectsIn(tenantObjects)).as("objects of tenant " + TENANT).isEqualTo(named);
				assertThat(partialsIn(documents)).as("partial writes").isEmpty();
			});
		double removed = ServiceMetrics.value(restarted, ORPHANS_REMOVED).orElse(0);
		assertThat(removed).as(ORPHANS_REMOVED).isGreaterThanOrEqualTo(orphans.size());

		ledger.upload(interrupted);
		assertThat(ledger.filesWith("SKIPPED")).as("sent again, committed before the kill").isEqualTo(committedUnseen);
		Set<String> missing = new HashSet<>(interrupted.keySet());
		missing.removeAll(committed);
		assertThat(ledger.filesWith("CREATED")).as("created in either request")
			.hasSize(FIRST + missing.size())
			.containsAll(first.keySet())
			.containsAll(missing);
		ledger.completeRetrying(Duration.ofMinutes(1));
		List<Map<String, Object>> tasks = accounting.assertEveryFileAccountedFor(ledger, FILES);
		ledger.recordIdByFile().forEach((file, applicantId) -> {
			Gateway.Download download = client.download("/api/applicants/" + applicantId + "/resumes/1/content");
			assertThat(download.status()).as("download of %s", file).isEqualTo(200);
			assertThat(download.body()).as("content of %s", file).isEqualTo(all.get(file));
		});
		assertThat(objectsIn(tenantObjects)).as("objects once every file is in").isEqualTo(sha256Of(all, all.keySet()));
		assertThat(partialsIn(documents)).isEmpty();

		new ReliabilityRun("ImportServiceKilledMidUploadIT", FILES, tasks.size(), Duration.ofNanos(System.nanoTime() - started),
				"SIGKILL of import-service with " + storedAtKill + " objects stored, "
						+ (storedAtKill - FIRST - GROUP) + " of them of the second group of a " + INTERRUPTED
						+ "-file upload (client got " + interruptedAnswer.split(" ")[0] + "; "
						+ partialsAtKill.size() + " partial write(s) under way); restarted in " + restart.toSeconds()
						+ " s; " + committedUnseen.size() + " files committed unacknowledged, SKIPPED when sent again; "
						+ orphans.size() + " orphan object(s) removed by the sweep (" + (long) removed + " counted)")
			.print();
	}

	/**
	 * Waits until the second group of the interrupted upload is being stored (the first committed:
	 * groups are stored one after another), ideally while an object is half-written.
	 */
	private static int awaitSecondGroupBeingStored(Path tenantObjects, Path documents) {
		int atLeast = FIRST + GROUP + INTO_SECOND_GROUP;
		// polled every millisecond: a file of the group is written in a few
		return await("the second group of the upload being stored").atMost(Duration.ofMinutes(2))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(1))
			.until(() -> objectsIn(tenantObjects).size(),
					stored -> stored >= atLeast + 3 || (stored >= atLeast && !partialsIn(documents).isEmpty()));
	}

	/** The answer's status line and body, or the client's error when the connection broke. */
	private static String answerTo(Gateway client, String filesPath, Map<String, byte[]> files) {
		try {
			return client.upload(filesPath, "files", files).toString();
		}
		catch (UncheckedIOException ex) {
			return ex.getCause().getClass().getSimpleName();
		}
	}

	private static Map<String, Object> importSummary(Gateway client, String importId) {
		Gateway.Response summary = client.get("/api/imports/" + importId);
		assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
		return summary.read("$");
	}

	private static Map<String, Object> historyRow(Gateway client, String importId) {
		Gateway.Response imports = client.get("/api/history/imports?type=APPLICANTS&size=500");
		List<Map<String, Object>> rows = imports.read("$.items[?(@.id == '" + importId + "')]");
		assertThat(rows).as(imports.toString()).hasSize(1);
		return rows.get(0);
	}

	/** The object names (SHA-256 of the content) of a tenant's directory. */
	private static Set<String> objectsIn(Path tenantDirectory) {
		return filesIn(tenantDirectory);
	}

	/** Files being written, or left half-written, in the store's {@code .incoming}. */
	private static Set<String> partialsIn(Path documents) {
		return filesIn(documents.resolve(".incoming"));
	}

	private static Set<String> filesIn(Path directory) {
		if (!Files.isDirectory(directory)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> sha256Of(Map<String, byte[]> files, Set<String> names) {
		return names.stream().map(name -> sha256(files.get(name))).collect(Collectors.toSet());
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
