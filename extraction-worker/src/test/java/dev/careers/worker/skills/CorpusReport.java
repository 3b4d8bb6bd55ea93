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
 * Runs PDFBox text extraction and the skills matcher over a folder of resume PDFs and prints what
 * a recruiter would see in aggregate: skills per resume, the most frequent skills, and the time
 * each step takes. The PDFs are read where they lie and never copied.
 *
 * <pre>
 * ./mvnw -o -q -pl extraction-worker test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.classpathScope=test -Dexec.mainClass=dev.careers.worker.skills.CorpusReport \
 *   -Dexec.args=/work/shared/corpus/resumes
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
		long extractNanos = 0;
		for (Path pdf : pdfs) {
			long start = System.nanoTime();
			texts.add(text(pdf));
			extractNanos += System.nanoTime() - start;
		}
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			texts.forEach(matcher::match);
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
		print(pdfs.size(), counts, frequency, surfaces, loadNanos, extractNanos, matchNanos, matchCpuNanos, characters, matcher.taxonomyVersion());
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static void print(int documents, List<Integer> counts, Map<String, Integer> frequency,
			Map<String, Map<String, Integer>> surfaces, long loadNanos,
			long extractNanos, long matchNanos, long matchCpuNanos, long characters, String version) {
		List<Integer> sorted = counts.stream().sorted().toList();
		long enough = counts.stream().filter(c -> c >= ENOUGH_SKILLS).count();
		System.out.printf(Locale.ROOT, "taxonomy %s, loaded in %d ms of CPU%n", version, loadNanos / 1_000_000);
		System.out.printf(Locale.ROOT, "resumes: %d, mean text %d chars%n", documents, characters / documents);
		System.out.printf(Locale.ROOT, "skills per resume: min %d, median %d, max %d%n", sorted.get(0),
				sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
		System.out.printf(Locale.ROOT, "resumes with at least %d skills: %d of %d (%.0f%%)%n", ENOUGH_SKILLS, enough,
				documents, 100.0 * enough / documents);
		System.out.printf(Locale.ROOT, "PDFBox text extraction: %.2f ms per document (cold, single pass)%n",
				extractNanos / 1e6 / documents);
		System.out.printf(Locale.ROOT, "skills matching: %.3f ms per document (warm; %.3f ms of CPU, which includes result handling)%n",
				matchNanos / 1e6 / documents, matchCpuNanos / 1e6 / documents);
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
