package dev.careers.worker.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.careers.events.SkillMatch;
import dev.careers.worker.skills.Sections.Section;
import dev.careers.worker.skills.SkillTrie.Node;
import dev.careers.worker.skills.SkillTrie.Target;
import dev.careers.worker.skills.Taxonomy.Entry;

import org.springframework.stereotype.Component;

/**
 * Finds the taxonomy's skills in a document's text in one pass over its tokens. Each skill is
 * reported once, with the best evidence: the snippet and offsets of its strongest mention, the
 * section it sits in, and a confidence. Ambiguous aliases ("Go", "R", "English") count only where
 * the text around them is about skills: a skills or languages section, a cue word, or other skills
 * listed next to them.
 */
@Component
public class SkillMatcher {

	private static final int SNIPPET_RADIUS = 60;

	private static final int CUE_WINDOW = 4;

	private static final int NEIGHBOUR_WINDOW = 8;

	private static final Set<String> TECH_CUES = Set.of("programming", "language", "developer", "development",
			"code", "coding", "scripting", "script", "software", "framework", "library", "proficient", "proficiency",
			"tool", "stack", "microsoft", "ms", "office", "skill", "technology", "database", "platform", "package",
			"suite", "using", "application");

	private static final Set<String> LANGUAGE_CUES = Set.of("fluent", "fluency", "fluently", "native", "bilingual",
			"trilingual", "multilingual", "speak", "speaking", "spoken", "written", "language", "proficient",
			"proficiency", "conversational", "tongue", "intermediate", "basic", "advanced", "reading", "writing",
			"interpreter", "translator", "translation");

	private final Taxonomy taxonomy;

	private final SkillTrie trie;

	public SkillMatcher() {
		this(Taxonomy.load(Taxonomy.DEFAULT_RESOURCE));
	}

	SkillMatcher(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
		this.trie = new SkillTrie(taxonomy.entries());
	}

	/** The version of the dictionary every match comes from, to store beside the results. */
	public String taxonomyVersion() {
		return taxonomy.version();
	}

	/** Distinct skills named in {@code text}, strongest first. */
	public List<SkillMatch> match(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<Tokens.Token> tokens = Tokens.of(text);
		Sections sections = Sections.of(text);
		List<Hit> hits = findAliases(text, tokens, sections);
		Map<Integer, Best> bestPerSkill = new HashMap<>();
		for (int h = 0; h < hits.size(); h++) {
			Hit hit = hits.get(h);
			if (hit.target.needsContext() && !inContext(hit, hits, h, tokens)) {
				continue;
			}
			double confidence = confidence(hit);
			bestPerSkill.merge(hit.target.entry(), new Best(hit, confidence, 1), Best::combine);
		}
		List<SkillMatch> matches = new ArrayList<>(bestPerSkill.size());
		for (Best best : bestPerSkill.values()) {
			matches.add(toMatch(text, tokens, best));
		}
		matches.sort(Comparator.comparingDouble(SkillMatch::confidence).reversed()
			.thenComparingInt(SkillMatch::start));
		return matches;
	}

	private record Hit(Target target, int firstToken, int lastToken, Section section) {
	}

	private record Best(Hit hit, double confidence, int mentions) {

		Best combine(Best other) {
			Best stronger = other.confidence > confidence ? other : this;
			return new Best(stronger.hit, stronger.confidence, mentions + other.mentions);
		}

	}

	/** Leftmost-longest: from each token, the longest alias that starts there and is spelled as required. */
	private List<Hit> findAliases(String text, List<Tokens.Token> tokens, Sections sections) {
		List<Hit> hits = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Node node = trie.root();
			Target found = null;
			int foundEnd = -1;
			for (int j = i; j < tokens.size() && j - i < trie.longestAlias(); j++) {
				node = node.next(tokens.get(j).normalised());
				if (node == null) {
					break;
				}
				Target spelled = spelledAsRequired(node.targets(), text, tokens, i);
				if (spelled != null) {
					found = spelled;
					foundEnd = j;
				}
			}
			if (found == null) {
				i++;
				continue;
			}
			hits.add(new Hit(found, i, foundEnd, sections.at(tokens.get(i).start())));
			i = foundEnd + 1;
		}
		return hits;
	}

	private static Target spelledAsRequired(List<Target> targets, String text, List<Tokens.Token> tokens, int first) {
		Target lenient = null;
		for (Target target : targets) {
			if (!target.caseSensitive()) {
				if (lenient == null || target.preferred() && !lenient.preferred()) {
					lenient = target;
				}
			}
			else if (spelledExactly(target, text, tokens, first)) {
				return target;
			}
		}
		return lenient;
	}

	private static boolean spelledExactly(Target target, String text, List<Tokens.Token> tokens, int first) {
		String[] spelling = target.spelling();
		for (int k = 0; k < spelling.length; k++) {
			Tokens.Token token = tokens.get(first + k);
			if (token.end() - token.start() != spelling[k].length()
					|| !text.regionMatches(token.start(), spelling[k], 0, spelling[k].length())) {
				return false;
			}
		}
		return true;
	}

	private boolean inContext(Hit hit, List<Hit> hits, int index, List<Tokens.Token> tokens) {
		boolean language = "language".equals(entry(hit).type());
		if (hit.section == Section.LANGUAGES || !language && hit.section == Section.SKILLS) {
			return true;
		}
		Set<String> cues = language ? LANGUAGE_CUES : TECH_CUES;
		int from = Math.max(0, hit.firstToken - CUE_WINDOW);
		int to = Math.min(tokens.size() - 1, hit.lastToken + CUE_WINDOW);
		for (int t = from; t <= to; t++) {
			if ((t < hit.firstToken || t > hit.lastToken) && cues.contains(tokens.get(t).normalised())) {
				return true;
			}
		}
		return !language && firmTechnologyNearby(hit, hits, index);
	}

	/** A list such as "Java, Go, SQL": an unambiguous technology within a few tokens vouches for its neighbour. */
	private boolean firmTechnologyNearby(Hit hit, List<Hit> hits, int index) {
		for (int step = -1; step <= 1; step += 2) {
			for (int k = index + step; k >= 0 && k < hits.size(); k += step) {
				Hit other = hits.get(k);
				int distance = step < 0 ? hit.firstToken - other.lastToken : other.firstToken - hit.lastToken;
				if (distance > NEIGHBOUR_WINDOW) {
					break;
				}
				String type = entry(other).type();
				if (!other.target.needsContext() && ("hard".equals(type) || "tool".equals(type))) {
					return true;
				}
			}
		}
		return false;
	}

	private double confidence(Hit hit) {
		double confidence = 0.7;
		if (hit.target.preferred()) {
			confidence += 0.1;
		}
		if (hit.lastToken > hit.firstToken) {
			confidence += 0.05;
		}
		if (hit.target.needsContext()) {
			confidence -= 0.15;
		}
		if (hit.section == Section.SKILLS || hit.section == Section.LANGUAGES) {
			confidence += 0.1;
		}
		return confidence;
	}

	private SkillMatch toMatch(String text, List<Tokens.Token> tokens, Best best) {
		Hit hit = best.hit;
		Entry entry = entry(hit);
		int start = tokens.get(hit.firstToken).start();
		int end = tokens.get(hit.lastToken).end();
		double repeated = Math.min(0.1, 0.05 * (best.mentions - 1));
		double confidence = Math.round(Math.min(0.99, best.confidence + repeated) * 100) / 100.0;
		String section = hit.section == null ? null : hit.section.label();
		return new SkillMatch(entry.id(), entry.name(), entry.type(), entry.category(), snippet(text, start, end),
				start, end, section, confidence);
	}

	private Entry entry(Hit hit) {
		return taxonomy.entries().get(hit.target.entry());
	}

	/** The words around a mention, on one line, cut at word boundaries. */
	static String snippet(String text, int start, int end) {
		int from = Math.max(0, start - SNIPPET_RADIUS);
		int to = Math.min(text.length(), end + SNIPPET_RADIUS);
		while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
			from++;
		}
		while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
			to--;
		}
		return text.substring(from, to).replaceAll("\\s+", " ").trim();
	}

}
