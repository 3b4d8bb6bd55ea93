package dev.careers.worker.skills;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.careers.events.SkillMatch;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Runs PDFBox text extraction, the skills matcher and the contact parser over a folder of resume
 * PDFs and prints what a recruiter would see in aggregate: skills per resume, the most frequent
 * skills, and the time each step takes. The PDFs are read where they lie and never copied.
 *
 * <pre>
 * ./mvnw -o -q -pl extraction-worker -am test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.mainClass=dev.careers.worker.skills.CorpusReport -Dexec.args=/work/shared/corpus/resumes
 * </pre>
 *
 * With {@code -Dskill=NAME} it also prints the evidence of every match of that skill, to check a
 * suspected false positive; {@code -Dtop=N} lists more of the most frequent skills.
 */
public final class CorpusReport {

	private static final int TOP = Integer.getInteger("top", 10);

	private static final int ENOUGH_SKILLS = 5;

	private static final int WARM_UP_ROUNDS = 20;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private CorpusReport() {
	}

	/** Wall time says what a user waits; CPU time says what the work costs on a busy machine. */
	private record Timing(long wallNanos, long cpuNanos) {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/resumes");
		List<Path> pdfs;
		try (Stream<Path> files = Files.walk(folder)) {
			pdfs = files.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
		}
		long loadStart = THREADS.getCurrentThreadCpuTime();
		SkillMatcher matcher = new SkillMatcher();
		long loadNanos = THREADS.getCurrentThreadCpuTime() - loadStart;

		List<String> texts = new ArrayList<>(pdfs.size());
		for (Path pdf : pdfs) {
			text(pdf);
		}
		long extractNanos = 0;
		long extractCpuStart = THREADS.getCurrentThreadCpuTime();
		for (Path pdf : pdfs) {
			long start = System.nanoTime();
			texts.add(text(pdf));
			extractNanos += System.nanoTime() - start;
		}
		long extractCpuNanos = THREADS.getCurrentThreadCpuTime() - extractCpuStart;
		ContactParser contacts = new ContactParser();
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			texts.forEach(matcher::match);
			texts.forEach(contacts::parse);
		}
		List<Integer> counts = new ArrayList<>();
		Map<String, Integer> frequency = new HashMap<>();
		Map<String, Map<String, Integer>> surfaces = new HashMap<>();
		long matchNanos = 0;
		long characters = 0;
		long cpuStart = THREADS.getCurrentThreadCpuTime();
		for (String text : texts) {
			long start = System.nanoTime();
			List<SkillMatch> skills = matcher.match(text);
			contacts.parse(text);
			matchNanos += System.nanoTime() - start;
			characters += text.length();
			counts.add(skills.size());
			skills.stream()
				.filter(skill -> skill.name().equals(System.getProperty("skill")))
				.forEach(skill -> System.out.println("evidence: " + skill.evidence()));
			for (SkillMatch skill : skills) {
				String name = skill.name() + " [" + skill.type() + "]";
				frequency.merge(name, 1, Integer::sum);
				surfaces.computeIfAbsent(name, n -> new HashMap<>())
					.merge(text.substring(skill.start(), skill.end()), 1, Integer::sum);
			}
		}
		long matchCpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
		Timing extraction = new Timing(extractNanos, extractCpuNanos);
		Timing matching = new Timing(matchNanos, matchCpuNanos);
		print(pdfs.size(), counts, frequency, surfaces, loadNanos, extraction, matching, characters,
				matcher.taxonomyVersion());
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static void print(int documents, List<Integer> counts, Map<String, Integer> frequency,
			Map<String, Map<String, Integer>> surfaces, long loadNanos,
			Timing extraction, Timing matching, long characters, String version) {
		List<Integer> sorted = counts.stream().sorted().toList();
		long enough = counts.stream().filter(c -> c >= ENOUGH_SKILLS).count();
		System.out.printf(Locale.ROOT, "taxonomy %s, loaded in %d ms of CPU%n", version, loadNanos / 1_000_000);
		System.out.printf(Locale.ROOT, "resumes: %d, mean text %d chars%n", documents, characters / documents);
		System.out.printf(Locale.ROOT, "skills per resume: min %d, median %d, max %d%n", sorted.get(0),
				sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
		System.out.printf(Locale.ROOT, "resumes with at least %d skills: %d of %d (%.0f%%)%n", ENOUGH_SKILLS, enough,
				documents, 100.0 * enough / documents);
		System.out.printf(Locale.ROOT, "PDFBox text extraction: %.2f ms per document (%.2f ms of CPU; second pass)%n",
				extraction.wallNanos / 1e6 / documents, extraction.cpuNanos / 1e6 / documents);
		System.out.printf(Locale.ROOT, "skills matching and contact parsing: %.3f ms per document (%.3f ms of CPU; after %d warm-up rounds)%n",
				matching.wallNanos / 1e6 / documents, matching.cpuNanos / 1e6 / documents, WARM_UP_ROUNDS);
		System.out.printf(Locale.ROOT, "text + skills + contact keeps %.1f%% of text-only throughput (by CPU time)%n",
				100.0 * extraction.cpuNanos / (extraction.cpuNanos + matching.cpuNanos));
		System.out.println("top " + TOP + " skills (resumes naming them):");
		frequency.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(TOP)
			.forEach(e -> System.out.printf(Locale.ROOT, "  %4d  %s, mostly written \"%s\"%n", e.getValue(), e.getKey(),
					Collections.max(surfaces.get(e.getKey()).entrySet(), Map.Entry.comparingByValue()).getKey()));
	}

}
