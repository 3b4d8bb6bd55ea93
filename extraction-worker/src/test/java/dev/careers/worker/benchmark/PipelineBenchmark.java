package dev.careers.worker.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import dev.careers.events.ExtractionResult;
import dev.careers.events.TaskKind;
import dev.careers.worker.ExtractionFailure;
import dev.careers.worker.pdf.PdfProperties;
import dev.careers.worker.pdf.PdfTextExtractor;
import dev.careers.worker.pipeline.DocumentExtraction;
import dev.careers.worker.pipeline.ProgressListener;
import dev.careers.worker.pipeline.TextAnalysis;
import dev.careers.worker.skills.ContactParser;
import dev.careers.worker.skills.JobDescriptionReader;
import dev.careers.worker.skills.SkillMatcher;
import dev.careers.worker.word.WordProperties;
import dev.careers.worker.word.WordTextExtractor;

/**
 * Throughput, in one process on the same PDFs, of raw PDFBox text extraction ({@code Loader} plus a
 * default {@code PDFTextStripper}) and of the worker's whole per-document pipeline (bounded read on
 * its own thread, failure classification, normalisation, skills, contact details); and of
 * {@code pdftotext} where it is installed. Rounds alternate between the two so JIT and disk cache
 * favour neither; the best round of each counts. The pipeline's best round also gives its CPU per document:
 * the process's CPU time, so the collector and the JIT count as they do in a running worker, and that of the
 * OCR processes it ran.
 *
 * <pre>
 * ./mvnw -o -q -pl extraction-worker -am test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.args="/work/shared/corpus/resumes 5"
 * </pre>
 */
public final class PipelineBenchmark {

	private static final int DEFAULT_ROUNDS = 5;

	private PipelineBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: PipelineBenchmark DIR [ROUNDS]");
			System.exit(2);
		}
		List<Path> pdfs = pdfsUnder(Paths.get(args[0]));
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ROUNDS;
		try (PdfTextExtractor extractor = new PdfTextExtractor(PdfProperties.bind(Map.of()))) {
			DocumentExtraction pipeline = new DocumentExtraction(extractor, new WordTextExtractor(WordProperties.defaults()),
					new TextAnalysis(new SkillMatcher(), new ContactParser(), new JobDescriptionReader()));
			System.out.printf(Locale.ROOT, "%d PDFs under %s, %d rounds each (best counts)%n", pdfs.size(), args[0],
					rounds);
			long rawBest = Long.MAX_VALUE;
			Outcome outcome = null;
			for (int round = 0; round <= rounds; round++) {
				long raw = timed(() -> rawPdfBox(pdfs));
				Outcome thisRound = pipeline(pipeline, pdfs);
				if (round == 0) {
					continue; // warm-up: class loading, JIT, font caches
				}
				rawBest = Math.min(rawBest, raw);
				if (outcome == null || thisRound.nanos() < outcome.nanos()) {
					outcome = thisRound;
				}
			}
			double rawRate = rate(pdfs.size(), rawBest);
			double pipelineRate = rate(pdfs.size(), outcome.nanos());
			System.out.printf(Locale.ROOT, "raw PDFBox text     %8.1f documents/s  (%.1f ms/document)%n", rawRate,
					1000 / rawRate);
			System.out.printf(Locale.ROOT, "worker pipeline     %8.1f documents/s  (%.1f ms/document)%n", pipelineRate,
					1000 / pipelineRate);
			// the process's CPU, not the wall clock: the collector and the JIT run beside the one reading thread
			System.out.printf(Locale.ROOT, "worker pipeline CPU %8.1f ms/document%n",
					outcome.cpuNanos() / 1e6 / pdfs.size());
			System.out.printf(Locale.ROOT, "pipeline / raw      %8.1f %%%n", 100 * pipelineRate / rawRate);
			System.out.printf(Locale.ROOT, "pipeline outcomes   %d completed, %d failed, %.1f skills per document%n",
					outcome.completed(), outcome.failed(), (double) outcome.skills() / Math.max(1, outcome.completed()));
			if (pdftotextInstalled()) {
				long pdftotext = timed(() -> pdftotext(pdfs));
				double pdftotextRate = rate(pdfs.size(), pdftotext);
				System.out.printf(Locale.ROOT, "pdftotext (process) %8.1f documents/s  (%.1f ms/document)%n",
						pdftotextRate, 1000 / pdftotextRate);
			}
			else {
				System.out.println("pdftotext           not installed (apt-get install poppler-utils)");
			}
		}
	}

	private static void rawPdfBox(List<Path> pdfs) throws IOException {
		for (Path pdf : pdfs) {
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				new PDFTextStripper().getText(document);
			}
		}
	}

	private static Outcome pipeline(DocumentExtraction pipeline, List<Path> pdfs) {
		long started = System.nanoTime();
		long cpuStarted = processCpuNanos();
		int completed = 0;
		int failed = 0;
		long skills = 0;
		for (Path pdf : pdfs) {
			try {
				ExtractionResult result = pipeline.extract(pdf, TaskKind.RESUME, pdf.getFileName().toString(),
						ProgressListener.NONE);
				completed++;
				skills += result.skills().size();
			}
			catch (ExtractionFailure failure) {
				failed++;
			}
		}
		return new Outcome(completed, failed, skills, System.nanoTime() - started, processCpuNanos() - cpuStarted);
	}

	private static void pdftotext(List<Path> pdfs) throws IOException, InterruptedException {
		for (Path pdf : pdfs) {
			Process process = new ProcessBuilder("pdftotext", "-q", pdf.toString(), "-")
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static boolean pdftotextInstalled() {
		try {
			return new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	private static List<Path> pdfsUnder(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
				.sorted()
				.toList();
		}
	}

	private static long timed(Work work) throws Exception {
		long started = System.nanoTime();
		work.run();
		return System.nanoTime() - started;
	}

	/** This JVM's CPU and that of the children it waited for (Tesseract), as the stack's figures count a worker's. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() + reapedChildrenCpuNanos();
	}

	/** cutime + cstime (fields 16 and 17) of {@code /proc/self/stat}, in ticks of 10 ms; 0 off Linux. */
	private static long reapedChildrenCpuNanos() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(afterName[13]) + Long.parseLong(afterName[14])) * TimeUnit.MILLISECONDS.toNanos(10);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static double rate(int documents, long nanos) {
		return documents / (nanos / 1e9);
	}

	@FunctionalInterface
	private interface Work {

		void run() throws Exception;

	}

	private record Outcome(int completed, int failed, long skills, long nanos, long cpuNanos) {
	}

}
