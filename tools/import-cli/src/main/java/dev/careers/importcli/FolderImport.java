package dev.careers.importcli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One run over a folder: continues the import a previous run left open (or opens one), sends the
 * files no run has had acknowledged yet, in batches, several at once, records each acknowledged
 * batch in the state file, then completes the import and answers its summary.
 */
final class FolderImport {

	private final ImportApi api;

	private final StateFile stateFile;

	private final Batches batches;

	private final int parallelRequests;

	private final Progress progress;

	private final Map<String, String> imported = new HashMap<>();

	private final List<FileOutcome> failures = new ArrayList<>();

	private String url;

	private UUID importId;

	FolderImport(ImportApi api, StateFile stateFile, Batches batches, int parallelRequests, Progress progress) {
		this.api = api;
		this.stateFile = stateFile;
		this.batches = batches;
		this.parallelRequests = parallelRequests;
		this.progress = progress;
	}

	ImportSummary run(List<LocalFile> files, String url, String type, String label) throws IOException {
		this.url = url;
		stateFile.load().filter(state -> state.url().equals(url)).ifPresent(state -> {
			imported.putAll(state.imported());
			importId = api.find(state.importId()).filter(ImportSummary::open).map(ImportSummary::id).orElse(null);
		});
		if (importId == null) {
			// the earlier import was completed (or closed idle): these files go into a new one, and
			// the files acknowledged before are still not sent again, the tenant holds them already
			importId = api.open(type, label).id();
		}
		save();
		List<LocalFile> pending = files.stream().filter(file -> !imported.containsKey(file.sha256())).toList();
		progress.started(files.size(), files.size() - pending.size());
		send(batches.of(pending));
		progress.finished();
		return api.complete(importId);
	}

	/** The files of this run that the API refused, each with its reason. */
	synchronized List<FileOutcome> failures() {
		return List.copyOf(failures);
	}

	private void send(List<List<LocalFile>> work) {
		ExecutorService uploaders = Executors.newFixedThreadPool(parallelRequests, runnable -> {
			Thread thread = new Thread(runnable, "uploader");
			thread.setDaemon(true);
			return thread;
		});
		try {
			CompletableFuture<?>[] uploads = work.stream()
				.map(batch -> CompletableFuture.runAsync(() -> acknowledge(batch, api.upload(importId, batch)), uploaders))
				.toArray(CompletableFuture[]::new);
			CompletableFuture.allOf(uploads).join();
		}
		catch (CompletionException failed) {
			throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
		}
		finally {
			uploaders.shutdownNow();
		}
	}

	private synchronized void acknowledge(List<LocalFile> batch, List<FileOutcome> outcomes) {
		for (int index = 0; index < batch.size(); index++) {
			imported.put(batch.get(index).sha256(), outcomes.get(index).outcome());
		}
		outcomes.stream().filter(FileOutcome::failed).forEach(failures::add);
		try {
			save();
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Could not write the state file " + stateFile.path(), failure);
		}
		progress.acknowledged(outcomes);
	}

	private synchronized void save() throws IOException {
		stateFile.save(new ImportState(url, importId, imported));
	}

}
