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

	private static final int NEIGHBOUR_WINDOW = 3;

	private static final Set<String> TECH_CUES = Set.of("programming", "language", "developer", "development",
			"code", "coding", "scripting", "script", "software", "framework", "library", "proficient", "proficiency",
			"tool", "stack", "microsoft", "ms", "office", "skill", "technology", "database", "platform", "package",
			"suite", "using", "application");

	private static final Set<String> LIST_WORDS_BEFORE = Set.of("and", "or", "in", "with", "using", "including",
			"of", "especially");

	private static final Set<String> LIST_WORDS_AFTER = Set.of("and", "or", "etc");

	private static final Set<String> PROGRAMMING_CUES = Set.of("programming", "language", "code", "coding",
			"developer", "compiler", "embedded", "scripting");

	/** The category the taxonomy gives programming languages (from Linguist). */
	private static final String PROGRAMMING_LANGUAGE = "Programming language";

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
			if (hit.target.needsContext() && !inContext(hit, hits, h, text, tokens)) {
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
			if (found == null || sections.inHeading(tokens.get(i).start())) {
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

	private boolean inContext(Hit hit, List<Hit> hits, int index, String text, List<Tokens.Token> tokens) {
		String type = entry(hit).type();
		if (hit.firstToken == hit.lastToken && hit.target.caseSensitive() && !standsAlone(hit, text, tokens)) {
			// "Project Manager", "Word of mouth", "English Language Arts": part of a longer phrase
			return false;
		}
		if (isSingleLetter(hit)) {
			// "C", "R": grades, initials, "A/C", "C suite"; only programming talk makes them languages
			return cueNearby(hit, tokens, PROGRAMMING_CUES) || neighbourNearby(hit, hits, index, true);
		}
		if (hit.section == Section.SKILLS || hit.section == Section.LANGUAGES) {
			return true;
		}
		if ("soft".equals(type)) {
			// "plan", "leadership": only a list of skills says they are claimed as skills
			return false;
		}
		boolean language = "language".equals(type);
		if (cueNearby(hit, tokens, language ? LANGUAGE_CUES : TECH_CUES)) {
			return true;
		}
		return !language && neighbourNearby(hit, hits, index, false);
	}

	/**
	 * Whether an ambiguous word is an item of its own, as in a list ("Word, Excel", "in English and
	 * Spanish"): on each side a punctuation mark, a line break, a list word, or the end of the text.
	 */
	private static boolean standsAlone(Hit hit, String text, List<Tokens.Token> tokens) {
		int first = hit.firstToken;
		int last = hit.lastToken;
		boolean before = first == 0 || separated(text, tokens.get(first - 1).end(), tokens.get(first).start())
				|| LIST_WORDS_BEFORE.contains(tokens.get(first - 1).normalised());
		boolean after = last == tokens.size() - 1
				|| separated(text, tokens.get(last).end(), tokens.get(last + 1).start())
				|| LIST_WORDS_AFTER.contains(tokens.get(last + 1).normalised());
		return before && after;
	}

	private static boolean separated(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c != ' ' && c != '\t' && c != '\u00a0') {
				return true;
			}
		}
		return false;
	}

	private static boolean isSingleLetter(Hit hit) {
		return hit.firstToken == hit.lastToken && hit.target.spelling()[0].length() == 1;
	}

	private static boolean cueNearby(Hit hit, List<Tokens.Token> tokens, Set<String> cues) {
		int from = Math.max(0, hit.firstToken - CUE_WINDOW);
		int to = Math.min(tokens.size() - 1, hit.lastToken + CUE_WINDOW);
		for (int t = from; t <= to; t++) {
			if ((t < hit.firstToken || t > hit.lastToken) && cues.contains(tokens.get(t).normalised())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A list such as "Java, Go, SQL": an unambiguous technology within a few tokens vouches for its
	 * neighbour; for a one-letter name it must be a programming language.
	 */
	private boolean neighbourNearby(Hit hit, List<Hit> hits, int index, boolean programmingOnly) {
		for (int step = -1; step <= 1; step += 2) {
			for (int k = index + step; k >= 0 && k < hits.size(); k += step) {
				Hit other = hits.get(k);
				int distance = step < 0 ? hit.firstToken - other.lastToken : other.firstToken - hit.lastToken;
				if (distance > NEIGHBOUR_WINDOW) {
					break;
				}
				Entry neighbour = entry(other);
				boolean vouches = programmingOnly ? PROGRAMMING_LANGUAGE.equals(neighbour.category())
						: "hard".equals(neighbour.type()) || "tool".equals(neighbour.type());
				if (!other.target.needsContext() && vouches) {
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
				start, end, section, confidence, text.substring(start, end));
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
		StringBuilder snippet = new StringBuilder(to - from);
		boolean space = false;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				space = snippet.length() > 0;
			}
			else {
				if (space) {
					snippet.append(' ');
					space = false;
				}
				snippet.append(c);
			}
		}
		return snippet.toString();
	}

}
