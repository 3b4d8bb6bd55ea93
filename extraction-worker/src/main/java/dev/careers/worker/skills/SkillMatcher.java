package dev.careers.worker.skills;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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

	/** How far a coordinated list may run before the noun its words share ("..., and customer service skills"). */
	private static final int COORDINATION_WINDOW = 10;

	/** Nouns that make the words coordinated before them skills (folded forms). */
	private static final Set<String> SKILL_HEADS = Set.of("skill", "ability", "competency", "capability");

	private static final Set<String> TECH_CUES = Set.of("programming", "language", "developer", "development",
			"code", "coding", "scripting", "script", "software", "framework", "library", "proficient", "proficiency",
			"tool", "stack", "microsoft", "ms", "office", "skill", "technology", "database", "platform", "package",
			"suite", "using", "application");

	private static final Set<String> LIST_WORDS_BEFORE = Set.of("and", "or", "in", "with", "using", "including",
			"of", "especially");

	private static final Set<String> LIST_WORDS_AFTER = Set.of("and", "or", "etc");

	/** "Outlook tools", "Project software": a word that says the name before it is a product's (folded forms). */
	private static final Set<String> PRODUCT_NOUNS = Set.of("tool", "software", "suite");

	private static final Set<String> DUTY_JOINERS = Set.of("and", "or");

	private static final Set<String> PREPOSITIONS = Set.of("in", "as", "on", "at", "by", "for", "to", "with", "under",
			"from", "into", "through");

	private static final Set<String> PROGRAMMING_CUES = Set.of("programming", "language", "code", "coding",
			"developer", "compiler", "embedded", "scripting");

	/** The category the taxonomy gives programming languages (from Linguist). */
	private static final String PROGRAMMING_LANGUAGE = "Programming language";

	private static final Set<String> LANGUAGE_CUES = Set.of("fluent", "fluency", "fluently", "native", "bilingual",
			"trilingual", "multilingual", "speak", "speaking", "spoken", "written", "language", "proficient",
			"proficiency", "conversational", "tongue", "intermediate", "basic", "advanced", "reading", "writing",
			"interpreter", "translator", "translation");

	private static final String ESCO = "http://data.europa.eu/esco/";

	/** ESCO's duties, named by the taxonomy builder in a recruiter's noun form ("Payroll" for "manage payroll"). */
	private static final String COMPETENCE = "competence";

	private static final String KNOWLEDGE = "knowledge";

	/** The category of a certification or licence found by its shape. */
	static final String CERTIFICATION = "certification";

	/** A list item no taxonomy entry maps: credible, but the dictionary cannot vouch for it. */
	private static final double UNMAPPED_CONFIDENCE = 0.5;

	private static final double CREDENTIAL_CONFIDENCE = 0.75;

	/** Another word order or inflection of an alias is a little less certain than the alias itself. */
	private static final double LOOSE_PENALTY = 0.05;

	/** A duty describes a skill rather than names it. */
	private static final double DUTY_PENALTY = 0.15;

	private static final Set<String> ORGANISATION_WORDS = Set.of("university", "college", "school", "institute",
			"academy", "center", "centre", "inc", "llc", "ltd", "corporation", "corp", "company", "association",
			"hospital", "bank", "department", "foundation", "society", "agency", "group", "clinic");

	/**
	 * A degree as a resume names it: capitalised or in capitals ("Bachelor of Arts", "MAJOR:",
	 * "B.S."), or "bachelor" and "degree in" in prose; not the words of ordinary prose ("major
	 * appliances", "a minor repair", "ms").
	 */
	private static final Pattern DEGREE = Pattern.compile("\\b(?:Bachelor|Master|Associate|Doctor|Diploma|Degree|Major|"
			+ "Minor|High School|BACHELOR|MASTER|ASSOCIATE|DOCTOR|DIPLOMA|DEGREE|MAJOR|MINOR|HIGH SCHOOL|bachelor|degree in|"
			+ "B\\.?S\\b|B\\.?A\\b|M\\.?B\\.?A|M\\.?S\\b|Ph\\.?D|PHD|GED)");

	/**
	 * Words a duty may put between the two words of a skill ("reconciled all accounts", "scheduling
	 * of staff"); not "and" or "or", which join two things ("safety and health").
	 */
	private static final Set<String> DUTY_SKIPPED = Set.of("a", "an", "the", "all", "of", "my", "our", "their",
			"new", "daily", "various", "multiple");

	/** Words too general to tell a duty's skill: "processed applications", "product quality". */
	private static final Set<String> GENERIC_DUTY_WORDS = Set.of("process", "processed", "processing", "product",
			"quality", "system", "data", "company", "operate", "operating", "operation", "service", "business",
			"office", "information", "application", "management", "manage", "managed", "managing", "equipment",
			"standard", "policy", "technique", "material", "tool", "software");

	/** Endings of adjectives and adverbs (folded forms: "technical", "internally", "measurable"). */
	private static final List<String> MODIFIER_SUFFIXES = List.of("ly", "al", "ic", "able", "ible", "ive", "ent", "ful",
			"ous");

	/** Nouns that end a phrase about things, not a skill: "company policies", "customer inquiries". */
	private static final Set<String> GENERIC_HEADS = Set.of("policy", "standard", "process", "procedure", "goal",
			"team", "product", "risk", "law", "order", "inquiry", "guide", "instruction", "channel", "measure",
			"measurement", "expertise", "beverage", "duty", "task", "issue", "need", "guideline");

	private final Taxonomy taxonomy;

	private final SkillTrie trie;

	private final LooseIndex loose;

	/** The entry of {@link TeamsLed#SKILL}, or -1 where the dictionary has none. */
	private final int staffSupervision;

	public SkillMatcher() {
		this(Taxonomy.load(Taxonomy.DEFAULT_RESOURCE));
	}

	SkillMatcher(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
		this.trie = new SkillTrie(taxonomy.entries());
		this.loose = new LooseIndex(taxonomy.entries(), new Stems());
		this.staffSupervision = indexOfName(taxonomy.entries(), TeamsLed.SKILL);
	}

	private static int indexOfName(List<Entry> entries, String name) {
		for (int e = 0; e < entries.size(); e++) {
			if (entries.get(e).name().equals(name)) {
				return e;
			}
		}
		return -1;
	}

	/** The version of the dictionary every match comes from, to store beside the results. */
	public String taxonomyVersion() {
		return taxonomy.version();
	}

	/**
	 * Distinct skills named in {@code text}, strongest first: taxonomy aliases, skills-list items
	 * mapped by their loose form or kept as unmapped skills, duties that name a skill in other
	 * words, and certifications by their shape.
	 */
	public List<SkillMatch> match(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<Tokens.Token> tokens = Tokens.of(text);
		Sections sections = Sections.of(text);
		List<Hit> hits = findAliases(text, tokens, sections);
		Map<Integer, Best> bestPerSkill = new HashMap<>();
		Spans taken = new Spans();
		for (int h = 0; h < hits.size(); h++) {
			Hit hit = hits.get(h);
			if (hit.target.needsContext() && !inContext(hit, hits, h, text, tokens)
					|| hit.target.leadsDuty() && !leadsDuty(hit, text, tokens)) {
				continue;
			}
			if (!plausible(hit, text, tokens)) {
				if (!isOneWordCompetence(hit)) {
					// claimed all the same: "Adult Education Center" is no duty either
					taken.claim(tokens.get(hit.firstToken).start(), tokens.get(hit.lastToken).end());
				}
				// while "Inventory" of "Inventory Management" leaves the list item whole
				continue;
			}
			bestPerSkill.merge(hit.target.entry(), new Best(hit, confidence(hit), 1), Best::combine);
			taken.add(tokens.get(hit.firstToken).start(), tokens.get(hit.lastToken).end());
		}
		Stems stems = new Stems();
		List<ListItems.Item> unmapped = new ArrayList<>();
		for (ListItems.Item item : ListItems.of(text, sections)) {
			if (taken.overlaps(item.start(), item.end())) {
				continue;
			}
			int first = tokenAt(tokens, item.start());
			int last = tokenAt(tokens, item.end() - 1);
			LooseIndex.Found found = first <= last ? loose.find(stems.key(words(tokens, first, last))) : null;
			if (found == null) {
				if (!item.selfGraded()) {
					unmapped.add(item);
				}
				continue;
			}
			// the item as written is the recruiter's name for it ("problem solving", not "solve problems")
			String written = oneLine(text.substring(item.start(), item.end()));
			Hit hit = new Hit(Target.found(found.entry(), written), first, last,
					Section.SKILLS);
			bestPerSkill.merge(found.entry(), new Best(hit, confidence(hit) - LOOSE_PENALTY, 1), Best::combine);
			taken.add(item.start(), item.end());
		}
		findTeamsLed(text, tokens, sections, taken, bestPerSkill);
		findDuties(text, tokens, sections, stems, taken, bestPerSkill);
		List<SkillMatch> matches = new ArrayList<>(bestPerSkill.size() + unmapped.size());
		Set<String> names = new HashSet<>();
		for (Best best : bestPerSkill.values()) {
			SkillMatch match = toMatch(text, tokens, best);
			matches.add(match);
			names.add(ListItems.key(match.name()));
		}
		for (ListItems.Item item : unmapped) {
			addShaped(matches, names, text, item.start(), item.end(), SkillMatch.UNMAPPED, null, UNMAPPED_CONFIDENCE);
		}
		for (Credentials.Found credential : Credentials.of(text)) {
			// a credential that only contains a skill is more than it: "Project Management Professional (PMP)";
			// one whose words only a rejected alias claimed ("CPR training" in a sentence) still counts
			if (!taken.covers(credential.start(), credential.end())) {
				addShaped(matches, names, text, credential.start(), credential.end(), "hard", CERTIFICATION,
						CREDENTIAL_CONFIDENCE);
			}
		}
		matches.sort(Comparator.comparingDouble(SkillMatch::confidence).reversed()
			.thenComparingInt(SkillMatch::start));
		return matches;
	}

	/**
	 * Offsets already read, so that nothing is read twice: those of a skill found, and those of
	 * words claimed without naming one here ("Adult Education" of a school's name).
	 */
	private static final class Spans {

		/** {@code found}: a skill was found here; otherwise the words were only claimed. */
		private record Span(int start, int end, boolean found) {
		}

		private final List<Span> spans = new ArrayList<>();

		void add(int start, int end) {
			spans.add(new Span(start, end, true));
		}

		void claim(int start, int end) {
			spans.add(new Span(start, end, false));
		}

		/** Whether a skill found holds these offsets whole; claimed words do not count. */
		boolean covers(int start, int end) {
			for (Span span : spans) {
				if (span.found() && span.start() <= start && end <= span.end()) {
					return true;
				}
			}
			return false;
		}

		boolean overlaps(int start, int end) {
			for (Span span : spans) {
				if (span.start() < end && start < span.end()) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * Duties: two neighbouring words of a line whose stems are those of a two-word knowledge area, in
	 * either order ("Reconciled accounts" for account reconciliation, "scheduled staff" for staff
	 * scheduling). Only {@code hard} skills: a tool is named, not described.
	 */
	private void findDuties(String text, List<Tokens.Token> tokens, Sections sections, Stems stems, Spans taken,
			Map<Integer, Best> bestPerSkill) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			Tokens.Token first = tokens.get(i);
			if (Stems.FILLER.contains(first.normalised()) || sections.inHeading(first.start())
					|| sections.at(first.start()) == Section.INTERESTS) {
				continue;
			}
			int j = i + 1;
			if (DUTY_SKIPPED.contains(tokens.get(j).normalised()) && j + 1 < tokens.size()) {
				j++;
			}
			Tokens.Token second = tokens.get(j);
			if (Stems.FILLER.contains(second.normalised()) || GENERIC_DUTY_WORDS.contains(first.normalised())
					|| ListItems.isTitleWord(first.normalised()) || ListItems.isTitleWord(second.normalised())
					|| GENERIC_DUTY_WORDS.contains(second.normalised()) || breaksPhrase(text, first.end(), second.start())
					|| taken.overlaps(first.start(), second.end())) {
				continue;
			}
			LooseIndex.Found found = loose.findPair(stems.stem(first.normalised()), stems.stem(second.normalised()));
			Entry entry = found == null ? null : taxonomy.entries().get(found.entry());
			if (entry == null || !"hard".equals(entry.type()) || COMPETENCE.equals(entry.category())
					|| anotherModifier(found, first, second)) {
				continue;
			}
			Hit hit = new Hit(Target.found(found.entry(), null), i, j,
					sections.at(first.start()));
			bestPerSkill.merge(found.entry(), new Best(hit, confidence(hit) - DUTY_PENALTY, 1), Best::combine);
			taken.add(first.start(), second.end());
		}
	}

	/**
	 * An adjective or adverb that only shares its stem's first letters with the skill's word names
	 * something else: "internally" is not "international", "electrical" not "electronic",
	 * "efficient" not "efficiency". The skill's own word ("mechanical repair") still counts.
	 */
	private static boolean anotherModifier(LooseIndex.Found found, Tokens.Token... duty) {
		List<String> skillWords = null;
		for (Tokens.Token token : duty) {
			String word = token.normalised();
			if (MODIFIER_SUFFIXES.stream().anyMatch(word::endsWith)) {
				// the alias is read into words only for a duty that holds a modifier
				skillWords = skillWords != null ? skillWords : Arrays.asList(LooseIndex.words(found.alias()));
				if (!skillWords.contains(word)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Duties that say the person ran a team ("Managed a staff of 48"): staff supervision, whatever
	 * other skills their words name ("Led a team of customer service representatives").
	 */
	private void findTeamsLed(String text, List<Tokens.Token> tokens, Sections sections, Spans taken,
			Map<Integer, Best> bestPerSkill) {
		if (staffSupervision < 0) {
			return;
		}
		for (TeamsLed.Found duty : TeamsLed.of(text, tokens)) {
			Section section = sections.at(duty.start());
			if (section == Section.INTERESTS || sections.inHeading(duty.start())) {
				continue;
			}
			Hit hit = new Hit(Target.found(staffSupervision, null), tokenAt(tokens, duty.start()),
					tokenAt(tokens, duty.end() - 1), section);
			bestPerSkill.merge(staffSupervision, new Best(hit, confidence(hit) - DUTY_PENALTY, 1), Best::combine);
			taken.add(duty.start(), duty.end());
		}
	}

	/** A line break or a sentence or list mark between two words: they belong to different phrases. */
	private static boolean breaksPhrase(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '.' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '|') {
				return true;
			}
		}
		return false;
	}

	private static String[] words(List<Tokens.Token> tokens, int first, int last) {
		String[] words = new String[last - first + 1];
		for (int t = first; t <= last; t++) {
			words[t - first] = tokens.get(t).normalised();
		}
		return words;
	}

	/** The index of the token holding or following {@code offset}. */
	private static int tokenAt(List<Tokens.Token> tokens, int offset) {
		int low = 0;
		int high = tokens.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			Tokens.Token token = tokens.get(mid);
			if (token.end() <= offset) {
				low = mid + 1;
			}
			else if (token.start() > offset) {
				high = mid - 1;
			}
			else {
				return mid;
			}
		}
		return low;
	}

	/** A skill found by its shape (an unmapped list item, a certification), once per name. */
	private static void addShaped(List<SkillMatch> matches, Set<String> names, String text, int start, int end,
			String type, String category, double confidence) {
		String matched = text.substring(start, end);
		String name = oneLine(matched);
		String key = ListItems.key(name);
		if (!names.add(key)) {
			return;
		}
		String id = (CERTIFICATION.equals(category) ? "certification:" : "unmapped:") + key;
		matches.add(new SkillMatch(id, name, type, category, snippet(text, start, end), start, end, Section.SKILLS.label(),
				confidence, matched));
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
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
			boolean acrossBreak = false;
			for (int j = i; j < tokens.size() && j - i < trie.longestAlias(); j++) {
				node = node.next(tokens.get(j).normalised());
				if (node == null) {
					break;
				}
				acrossBreak |= j > i && Tokens.listOrSentenceBreak(text, tokens.get(j - 1).end(), tokens.get(j).start());
				Target spelled = spelledAsRequired(node.targets(), text, tokens, i, acrossBreak);
				if (spelled != null) {
					found = spelled;
					foundEnd = j;
				}
			}
			if (found == null && i + 1 < tokens.size()) {
				found = splitCamelCase(text, tokens, i);
				foundEnd = i + 1;
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

	/**
	 * A one-word product name with an inner capital written as two words: "Power Point" for
	 * PowerPoint, "Quick Books" for QuickBooks. Only such names: "data base" stays two words.
	 */
	private Target splitCamelCase(String text, List<Tokens.Token> tokens, int first) {
		Tokens.Token one = tokens.get(first);
		Tokens.Token two = tokens.get(first + 1);
		if (two.start() - one.end() != 1 || text.charAt(one.end()) != ' '
				|| !Character.isUpperCase(text.charAt(two.start()))) {
			return null;
		}
		Node node = trie.root().next(one.normalised() + two.normalised());
		if (node == null) {
			return null;
		}
		for (Target target : node.targets()) {
			String spelling = target.spelling()[0];
			if (!target.caseSensitive() && !target.needsContext() && innerCapitalAt(spelling, two.end() - two.start(),
					one.end() - one.start())) {
				return target;
			}
		}
		return null;
	}

	/** Whether {@code name} is one word whose second part, after {@code firstLength} letters, starts with a capital. */
	private static boolean innerCapitalAt(String name, int secondLength, int firstLength) {
		return name.length() == firstLength + secondLength && Character.isUpperCase(name.charAt(0))
				&& Character.isUpperCase(name.charAt(firstLength));
	}

	/** The alias at a node the text spells as it requires; two items of a list ("clients, database") spell none. */
	private static Target spelledAsRequired(List<Target> targets, String text, List<Tokens.Token> tokens, int first,
			boolean acrossBreak) {
		Target lenient = null;
		for (Target target : targets) {
			if (acrossBreak && !target.acrossBreak()) {
				continue;
			}
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

	/**
	 * Precision rules a reader would apply: a word of an e-mail or web address, a pastime of the
	 * Interests section (but a spoken language), a skill word inside an organisation's name
	 * ("Martinez Adult Education Center", "University of Psychology"), a degree's field of study
	 * ("Bachelor of Arts, Psychology") or any knowledge area of the Education section names no
	 * skill, and a generic one-word knowledge area ("statistics", "database") counts outside a
	 * skills list only where it stands as an item of its own.
	 */
	private boolean plausible(Hit hit, String text, List<Tokens.Token> tokens) {
		Entry entry = entry(hit);
		if (insideAddress(text, tokens.get(hit.firstToken).start())
				|| hit.section == Section.INTERESTS && !"language".equals(entry.type())) {
			return false;
		}
		if ("tool".equals(entry.type()) && hit.target.caseSensitive()) {
			return !insideOrganisationName(hit, text, tokens);
		}
		if (insideOrganisationName(hit, text, tokens)) {
			return false;
		}
		boolean listed = hit.section == Section.SKILLS || hit.section == Section.LANGUAGES;
		if (hit.section == Section.EDUCATION && entry.id().startsWith(ESCO) && KNOWLEDGE.equals(entry.category())) {
			// "Coursework in Business, Restaurant and Hotel Management": a field of study, not a skill shown
			return false;
		}
		if (!listed && !"tool".equals(entry.type()) && onDegreeLine(text, tokens.get(hit.firstToken).start())) {
			return false;
		}
		boolean oneWord = hit.firstToken == hit.lastToken;
		Tokens.Token last = tokens.get(hit.lastToken);
		if (ListItems.isTitleWord(last.normalised())
				&& !(hit.target.byHand() && Character.isLowerCase(text.charAt(last.start())))) {
			// "Project Manager", "Marketing Director": a job, whatever skill its words stem to; but the
			// vocabulary's own words in prose name a duty ("generating leads")
			return false;
		}
		if (hit.target.byHand()) {
			// the vocabulary's own words, unless they only name a job: "Sales Associate", "Payroll Clerk"
			return hit.lastToken + 1 >= tokens.size() || !ListItems.isTitleWord(tokens.get(hit.lastToken + 1).normalised())
					|| breaksPhrase(text, tokens.get(hit.lastToken).end(), tokens.get(hit.lastToken + 1).start());
		}
		if (isOneWordCompetence(hit)) {
			// "Accounts" of "Accounts Payable", "tasking" of "Multi-tasking": part of a longer name
			return standsAlone(hit, text, tokens) && !hyphenated(text, tokens.get(hit.firstToken));
		}
		if (!listed && entry.id().startsWith(ESCO) && isGenericHead(tokens.get(hit.lastToken).normalised())) {
			// "company policies", "quality standards", "sales goals" in a sentence: things mentioned, not skills
			return false;
		}
		boolean oneWordKnowledge = oneWord && "hard".equals(entry.type()) && entry.id().startsWith(ESCO);
		return listed || !oneWordKnowledge || standsAlone(hit, text, tokens);
	}

	private boolean isOneWordCompetence(Hit hit) {
		return hit.firstToken == hit.lastToken && COMPETENCE.equals(entry(hit).category());
	}

	private static boolean isGenericHead(String word) {
		String singular = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
				: word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
		return GENERIC_HEADS.contains(word) || GENERIC_HEADS.contains(singular);
	}

	/** Capitalised words up to an organisation word on the same line: "... Adult Education Center". */
	private static boolean insideOrganisationName(Hit hit, String text, List<Tokens.Token> tokens) {
		if (!Character.isUpperCase(text.charAt(tokens.get(hit.firstToken).start()))) {
			return false;
		}
		for (int t = hit.lastToken + 1; t < tokens.size() && t <= hit.lastToken + 3; t++) {
			Tokens.Token token = tokens.get(t);
			if (breaksPhrase(text, tokens.get(t - 1).end(), token.start())
					|| !Character.isUpperCase(text.charAt(token.start()))) {
				return false;
			}
			if (ORGANISATION_WORDS.contains(token.normalised())) {
				return true;
			}
		}
		if (hit.firstToken >= 2 && "of".equals(tokens.get(hit.firstToken - 1).normalised())) {
			return ORGANISATION_WORDS.contains(tokens.get(hit.firstToken - 2).normalised());
		}
		return false;
	}

	/** A word of an e-mail or web address ("...@YAHOO.COM", "www.indeed.com/r/..."): it names a host, not a skill. */
	private static boolean insideAddress(String text, int offset) {
		int from = offset;
		while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
			from--;
		}
		int to = offset;
		while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
			to++;
		}
		String word = text.substring(from, to);
		return word.indexOf('@') >= 0 || word.contains("://") || word.regionMatches(true, 0, "www.", 0, 4);
	}

	private static boolean onDegreeLine(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset) + 1;
		int lineEnd = text.indexOf('\n', offset);
		String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
		return DEGREE.matcher(line).find();
	}

	private boolean inContext(Hit hit, List<Hit> hits, int index, String text, List<Tokens.Token> tokens) {
		String type = entry(hit).type();
		if (hit.firstToken == hit.lastToken && hit.target.caseSensitive() && !standsAlone(hit, text, tokens)) {
			// "Project Manager", "Word of mouth", "English Language Arts": part of a longer phrase
			return false;
		}
		if (isSingleLetter(hit)) {
			// "C", "R": grades, initials, "A/C", "C suite"; only programming talk makes them languages
			return cueNearby(hit, tokens, PROGRAMMING_CUES) || neighbourNearby(hit, hits, index, SkillMatcher::isProgrammingLanguage);
		}
		if (hit.section == Section.SKILLS || hit.section == Section.LANGUAGES) {
			return true;
		}
		if ("soft".equals(type)) {
			// "plan", "leadership": only a list of skills, or one that ends in "skills", claims them as skills
			return sharesSkillsHead(hit, text, tokens);
		}
		boolean language = "language".equals(type);
		if (cueNearby(hit, tokens, language ? LANGUAGE_CUES : TECH_CUES)) {
			return true;
		}
		// a programming language named by a word ("fancy pastries") needs technology beside it, not any skill
		Predicate<Entry> vouches = isProgrammingLanguage(entry(hit)) ? SkillMatcher::isTechnology
				: neighbour -> "hard".equals(neighbour.type()) || isTechnology(neighbour);
		return !language && neighbourNearby(hit, hits, index, vouches);
	}

	/**
	 * A verb that names a skill only as the head of a duty ("Hired five cashiers", "Supervised and
	 * trained staff"): first on its line, after a list or sentence mark or after "and"/"or", and not
	 * said of the person ("trained in CPR", "hired as a teller", "supervised by").
	 */
	private static boolean leadsDuty(Hit hit, String text, List<Tokens.Token> tokens) {
		int first = hit.firstToken;
		int next = hit.lastToken + 1;
		boolean leads = first == 0 || separated(text, tokens.get(first - 1).end(), tokens.get(first).start())
				|| DUTY_JOINERS.contains(tokens.get(first - 1).normalised());
		boolean saidOfThePerson = next < tokens.size() && PREPOSITIONS.contains(tokens.get(next).normalised())
				&& !separated(text, tokens.get(hit.lastToken).end(), tokens.get(next).start());
		return leads && !saidOfThePerson;
	}

	/**
	 * A word coordinated with others before a noun that says they are skills, which each of them
	 * shares: "organizational, problem-solving and communication skills", "communication and
	 * research abilities". Not across a sentence or the noun's absence ("communication with clients").
	 */
	private static boolean sharesSkillsHead(Hit hit, String text, List<Tokens.Token> tokens) {
		boolean coordinated = false;
		int end = Math.min(tokens.size(), hit.lastToken + 1 + COORDINATION_WINDOW);
		for (int t = hit.lastToken + 1; t < end; t++) {
			Tokens.Token token = tokens.get(t);
			int from = tokens.get(t - 1).end();
			if (Tokens.sentenceBreak(text, from, token.start())) {
				return false;
			}
			String gap = text.substring(from, token.start());
			coordinated |= gap.indexOf(',') >= 0 || gap.indexOf('&') >= 0 || DUTY_JOINERS.contains(token.normalised());
			if (SKILL_HEADS.contains(token.normalised())) {
				return coordinated;
			}
		}
		return false;
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
				|| LIST_WORDS_AFTER.contains(tokens.get(last + 1).normalised())
				|| PRODUCT_NOUNS.contains(tokens.get(last + 1).normalised());
		return before && after;
	}

	private static boolean hyphenated(String text, Tokens.Token token) {
		return token.start() > 0 && text.charAt(token.start() - 1) == '-'
				|| token.end() < text.length() && text.charAt(token.end()) == '-';
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

	private static boolean isProgrammingLanguage(Entry entry) {
		return PROGRAMMING_LANGUAGE.equals(entry.category());
	}

	private static boolean isTechnology(Entry entry) {
		return "tool".equals(entry.type()) || isProgrammingLanguage(entry);
	}

	/** A list such as "Java, Go, SQL": an unambiguous skill within a few tokens that {@code vouches} for its neighbour. */
	private boolean neighbourNearby(Hit hit, List<Hit> hits, int index, Predicate<Entry> vouches) {
		for (int step = -1; step <= 1; step += 2) {
			for (int k = index + step; k >= 0 && k < hits.size(); k += step) {
				Hit other = hits.get(k);
				int distance = step < 0 ? hit.firstToken - other.lastToken : other.firstToken - hit.lastToken;
				if (distance > NEIGHBOUR_WINDOW) {
					break;
				}
				if (!other.target.needsContext() && vouches.test(entry(other))) {
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
		return new SkillMatch(entry.id(), displayName(entry, hit.target), entry.type(), entry.category(),
				snippet(text, start, end),
				start, end, section, confidence, text.substring(start, end));
	}

	/**
	 * The name a recruiter writes. ESCO names skills as duties ("manage time", "solve problems"):
	 * its alias the text used ("time management", "problem solving") reads better, first letter
	 * capitalised. An acronym the text used stands for a bracketed name ("SQL" for "Structured
	 * query language (SQL)"). Otherwise, and for languages, duties and ESCO competences (whose
	 * names the taxonomy builder gives in noun form), the taxonomy's own name ("Microsoft Excel" for
	 * "Excel", "Spanish" for "speak Spanish", "Payroll" for "oversee payroll"), as for the project's own
	 * vocabulary, whose names are a recruiter's ("Staff training" for "Trained").
	 */
	static String displayName(Entry entry, Target target) {
		String alias = target.alias();
		boolean escoDuty = COMPETENCE.equals(entry.category()) && target.spelling() != null;
		if (alias == null || target.preferred() || target.byHand() || "language".equals(entry.type()) || escoDuty) {
			return capitalised(entry.name());
		}
		if (entry.name().endsWith("(" + alias + ")")) {
			return alias;
		}
		return entry.id().startsWith(ESCO) ? capitalised(alias) : entry.name();
	}

	/** "time management" as "Time management"; a name with capitals of its own ("iPhone") as written. */
	private static String capitalised(String name) {
		if (!name.isEmpty() && name.chars().noneMatch(Character::isUpperCase)) {
			return Character.toUpperCase(name.charAt(0)) + name.substring(1);
		}
		return name;
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
