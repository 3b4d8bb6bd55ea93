package dev.careers.importcli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FolderImportTest {

	private static final RetryAfter QUICK = new RetryAfter(Duration.ofMillis(10), Duration.ofMillis(10),
			Duration.ofSeconds(1), Clock.systemUTC());

	@TempDir
	Path folder;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ByteArrayOutputStream shown = new ByteArrayOutputStream();

	private FakeImportServer server;

	@AfterEach
	void stopTheServer() {
		server.close();
	}

	@Test
	void sendsEveryFileOnceInBatchesWaitingOutThrottlingAndRecordsEachInTheState() throws IOException {
		server = new FakeImportServer(3);
		List<LocalFile> files = folderOf(25);

		ImportSummary summary = folderImport("dev-key").run(files, server.url().toString(), "APPLICANTS", "folder");

		assertThat(summary.status()).isEqualTo("COMPLETED");
		assertThat(server.receivedFiles()).containsExactlyInAnyOrderElementsOf(names(files));
		assertThat(server.refusedRequests()).isEqualTo(3);
		assertThat(shown.toString()).contains("Waiting", "429", "Acknowledged 25/25 files");
		assertThat(stateFile().load()).hasValueSatisfying(state -> {
			assertThat(state.importId()).isEqualTo(summary.id());
			assertThat(state.imported()).hasSize(25).containsValue("CREATED");
		});
	}

	@Test
	void aSecondRunSendsOnlyTheFilesNotYetAcknowledgedIntoTheSameOpenImport() throws IOException {
		server = new FakeImportServer(0);
		List<LocalFile> files = folderOf(12);
		UUID importId = openedImport();
		stateFile().save(new ImportState(server.url().toString(), importId,
				files.subList(0, 8).stream().collect(Collectors.toMap(LocalFile::sha256, file -> "CREATED"))));

		ImportSummary summary = folderImport("dev-key").run(files, server.url().toString(), "APPLICANTS", "folder");

		assertThat(summary.id()).isEqualTo(importId);
		assertThat(server.receivedFiles()).containsExactlyInAnyOrderElementsOf(names(files.subList(8, 12)));
		assertThat(shown.toString()).contains("12 files, 8 already imported by an earlier run: sending 4.");
	}

	@Test
	void whenTheEarlierImportIsClosedTheRestGoesIntoANewOneStillSkippingWhatWasAcknowledged() throws IOException {
		server = new FakeImportServer(0);
		List<LocalFile> files = folderOf(5);
		UUID closed = openedImport();
		server.closeImport(closed);
		stateFile().save(new ImportState(server.url().toString(), closed, Map.of(files.get(0).sha256(), "CREATED")));

		ImportSummary summary = folderImport("dev-key").run(files, server.url().toString(), "APPLICANTS", "folder");

		assertThat(summary.id()).isNotEqualTo(closed);
		assertThat(server.receivedFiles()).containsExactlyInAnyOrderElementsOf(names(files.subList(1, 5)));
	}

	@Test
	void aStateOfAnotherServerIsNotThisOnes() throws IOException {
		server = new FakeImportServer(0);
		List<LocalFile> files = folderOf(3);
		stateFile().save(new ImportState("http://elsewhere:8080", UUID.randomUUID(),
				Map.of(files.get(0).sha256(), "CREATED")));

		folderImport("dev-key").run(files, server.url().toString(), "APPLICANTS", "folder");

		assertThat(server.receivedFiles()).hasSize(3);
	}

	@Test
	void failedFilesAreCountedAndListedAndNotSentAgain() throws IOException {
		server = new FakeImportServer(0);
		Files.writeString(folder.resolve("bad.pdf"), "not a pdf");
		List<LocalFile> files = new FolderWalk(Set.of("pdf")).files(folder);
		FolderImport run = folderImport("dev-key");

		ImportSummary summary = run.run(files, server.url().toString(), "APPLICANTS", "folder");

		assertThat(summary.errors()).isEqualTo(1);
		assertThat(run.failures()).singleElement().satisfies(failure -> {
			assertThat(failure.file()).isEqualTo("bad.pdf");
			assertThat(failure.error().code()).isEqualTo("NOT_A_PDF");
		});
		folderImport("dev-key").run(files, server.url().toString(), "APPLICANTS", "folder");
		assertThat(server.receivedFiles()).containsExactly("bad.pdf");
	}

	@Test
	void aRefusedKeyStopsTheRunWithTheApisReason() throws IOException {
		server = new FakeImportServer(0);
		List<LocalFile> files = folderOf(2);

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> folderImport("wrong-key").run(files, server.url().toString(), "APPLICANTS", "folder"))
			.withMessageContaining("401")
			.withMessageContaining("No valid credentials.")
			.withMessageContaining("Check the API key.");
	}

	private UUID openedImport() {
		return api("dev-key").open("APPLICANTS", "earlier").id();
	}

	private FolderImport folderImport(String apiKey) {
		return new FolderImport(api(apiKey), stateFile(), new Batches(4, 1024 * 1024), 3, progress());
	}

	private ImportApi api(String apiKey) {
		return new ImportApi(HttpClient.newHttpClient(), server.url(), apiKey, json, QUICK, 5, progress()::waiting);
	}

	private Progress progress() {
		return Progress.forOutput(new PrintStream(shown, true), false);
	}

	private StateFile stateFile() {
		return new StateFile(folder.resolve(StateFile.DEFAULT_NAME), json);
	}

	private List<LocalFile> folderOf(int count) throws IOException {
		for (int index = 0; index < count; index++) {
			Files.writeString(folder.resolve(String.format("resume-%03d.pdf", index)), "%PDF-1.7 resume " + index);
		}
		return new FolderWalk(Set.of("pdf")).files(folder);
	}

	private static List<String> names(List<LocalFile> files) {
		return files.stream().map(LocalFile::name).toList();
	}

}
