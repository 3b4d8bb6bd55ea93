package dev.careers.importcli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code careers-import --url URL --api-key KEY DIR}: imports a folder through the public API. */
@Command(name = "careers-import", mixinStandardHelpOptions = true, version = "careers-import 0.1.0",
		description = { "Imports every resume of a folder (and its subfolders) through the careers import API.",
				"Interrupted (Ctrl-C, kill), the same command resumes: files the API acknowledged are not sent again." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every file imported (created, updated or skipped as a duplicate)",
				"1:the import finished, but some files failed (listed with their reason)",
				"2:wrong arguments", "3:the import could not go on (API unreachable, refused key, unreadable folder)" })
final class CareersImport implements Callable<Integer> {

	static final int FILES_FAILED = 1;

	static final int CANNOT_CONTINUE = 3;

	@Option(names = "--url", required = true, description = "The gateway, e.g. http://localhost:8080")
	URI url;

	@Option(names = "--api-key", defaultValue = "${env:CAREERS_API_KEY}",
			description = "The tenant's API key (default: the environment variable CAREERS_API_KEY)")
	String apiKey;

	@Parameters(paramLabel = "DIR", description = "The folder to import")
	Path folder;

	@Option(names = "--type", defaultValue = "APPLICANTS", description = "APPLICANTS (resumes) or JOBS (job descriptions); default ${DEFAULT-VALUE}")
	String type;

	@Option(names = "--label", description = "The import's name in Import History (default: the folder's name)")
	String label;

	@Option(names = "--extensions", split = ",", defaultValue = "pdf,docx,txt",
			description = "File extensions to send, comma-separated; default ${DEFAULT-VALUE}")
	Set<String> extensions;

	@Option(names = "--batch-size", defaultValue = "20", description = "Files per upload request; default ${DEFAULT-VALUE}")
	int batchSize;

	@Option(names = "--batch-megabytes", defaultValue = "50",
			description = "Most megabytes per upload request (a larger file goes alone); default ${DEFAULT-VALUE}")
	int batchMegabytes;

	@Option(names = "--parallel", defaultValue = "4",
			description = "Upload requests at once; default ${DEFAULT-VALUE} (the API's default limit per tenant)")
	int parallel;

	@Option(names = "--state-file", description = "Where the resume state is kept (default: DIR/" + StateFile.DEFAULT_NAME + ")")
	Path stateFile;

	@Option(names = "--progress", defaultValue = "auto",
			description = "bar, lines or auto (a bar on a terminal, lines otherwise); default ${DEFAULT-VALUE}")
	String progressStyle;

	@Option(names = "--retries", defaultValue = "30",
			description = "Attempts per request while the API answers 429/503 or cannot be reached; default ${DEFAULT-VALUE}")
	int attempts;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		System.exit(commandLine().execute(args));
	}

	static CommandLine commandLine() {
		return new CommandLine(new CareersImport()).setExecutionExceptionHandler((failure, commandLine, parsed) -> {
			commandLine.getErr().println("careers-import: " + failure.getMessage());
			return CANNOT_CONTINUE;
		});
	}

	@Override
	public Integer call() throws IOException {
		validate();
		PrintWriter out = spec.commandLine().getOut();
		JsonMapper json = JsonMapper.builder().build();
		Progress progress = Progress.forOutput(System.err, switch (progressStyle) {
			case "bar" -> true;
			case "lines" -> false;
			default -> System.console() != null;
		});
		ImportApi api = new ImportApi(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), url, apiKey,
				json, RetryAfter.standard(), attempts, progress::waiting);
		StateFile state = new StateFile(stateFile != null ? stateFile : folder.resolve(StateFile.DEFAULT_NAME), json);
		FolderImport run = new FolderImport(api, state, new Batches(batchSize, batchMegabytes * 1024L * 1024L), parallel,
				progress);
		List<LocalFile> files = new FolderWalk(extensions).files(folder);
		AtomicBoolean finished = new AtomicBoolean();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (!finished.get()) {
				System.err.println(System.lineSeparator() + "Interrupted. Run the same command again to resume: "
						+ "acknowledged files are recorded in " + state.path() + ".");
			}
		}));
		ImportSummary summary = run.run(files, url.toString(), type, label != null ? label : folderName());
		finished.set(true);
		out.println("Import " + summary.id() + " " + summary.status() + ": created " + summary.created() + ", updated "
				+ summary.updated() + ", skipped " + summary.skipped() + ", errors " + summary.errors());
		run.failures().forEach(failure -> out.println("  failed: " + failure.file() + ": " + failure.error().code() + ": "
				+ failure.error().message() + " " + failure.error().hint()));
		return summary.errors() > 0 ? FILES_FAILED : 0;
	}

	private void validate() {
		if (apiKey == null || apiKey.isBlank()) {
			throw new CommandLine.ParameterException(spec.commandLine(), "Missing --api-key (or CAREERS_API_KEY)");
		}
		if (batchSize < 1 || batchMegabytes < 1 || parallel < 1 || attempts < 1) {
			throw new CommandLine.ParameterException(spec.commandLine(),
					"--batch-size, --batch-megabytes, --parallel and --retries take 1 or more");
		}
		if (!List.of("auto", "bar", "lines").contains(progressStyle)) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--progress takes auto, bar or lines");
		}
	}

	private String folderName() {
		Path name = folder.toAbsolutePath().normalize().getFileName();
		return name == null ? folder.toString() : name.toString();
	}

}
