package dev.careers.worker.skills;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careers.events.ContactDetails;

import org.springframework.stereotype.Component;

/**
 * Name, email, phone and profile links from a resume's text. Contact details sit at the top of a
 * resume, so the name is looked for in its first lines only; the rest is searched everywhere.
 */
@Component
public class ContactParser {

	private static final Pattern EMAIL = Pattern
		.compile("[\\w.+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	/** International or national numbers with optional separators; the digit count is checked after. */
	private static final Pattern PHONE = Pattern
		.compile("(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{2,4}(?:[\\s.-]?\\d{2,4}){1,4}");

	/** Where a link can start; the link runs to the next space or delimiter either side. */
	private static final List<String> LINK_MARKERS = List.of("://", "www.", "linkedin.com/", "github.com/",
			"gitlab.com/", "bitbucket.org/", "stackoverflow.com/");

	private static final String LINK_DELIMITERS = "<>()\"',;|";

	private static final int LONGEST_PHONE = 24;

	private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.");

	private static final Set<String> NOT_NAME_WORDS = Set.of("resume", "curriculum", "vitae", "cv", "profile",
			"summary", "objective", "contact", "skills", "experience", "education", "address", "phone", "email",
			"mobile", "street", "city", "state", "company", "name", "professional", "manager", "engineer",
			"developer", "accountant", "analyst", "consultant", "director", "assistant", "specialist", "officer",
			"executive", "associate", "representative", "coordinator", "supervisor", "technician", "designer",
			"administrator", "senior", "junior", "lead", "intern", "chef", "advocate", "teacher", "nurse", "career",
			"qualifications", "highlights", "overview", "history", "core", "work");

	private static final int NAME_LINES = 6;

	private static final int MIN_PHONE_DIGITS = 9;

	private static final int MAX_PHONE_DIGITS = 15;

	public ContactDetails parse(String text) {
		if (text == null || text.isBlank()) {
			return new ContactDetails(null, null, null, List.of());
		}
		return new ContactDetails(name(text), email(text), phone(text), links(text));
	}

	/** Around each "@" only: a regex tried at every position of a resume costs more than all the rest. */
	private static String email(String text) {
		Matcher m = EMAIL.matcher(text);
		for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
			int start = at;
			while (start > 0 && isEmailLocal(text.charAt(start - 1))) {
				start--;
			}
			m.region(start, text.length());
			if (start < at && m.lookingAt()) {
				return trimTrailingDot(m.group()).toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

	private static boolean isEmailLocal(char c) {
		return Character.isLetterOrDigit(c) || c == '.' || c == '+' || c == '-' || c == '_';
	}

	/** Tried only where a number starts: a "+", a "(" or a digit after a non-word character. */
	private static String phone(String text) {
		Matcher m = PHONE.matcher(text);
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			boolean starts = (c == '+' || c == '(' || Character.isDigit(c))
					&& (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '+');
			if (!starts) {
				continue;
			}
			m.region(i, Math.min(length, i + LONGEST_PHONE));
			if (m.lookingAt() && (m.end() == length || !Character.isLetterOrDigit(text.charAt(m.end())))) {
				String candidate = m.group().trim();
				long digits = candidate.chars().filter(Character::isDigit).count();
				if (digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS && !looksLikeDateRange(candidate)) {
					return candidate;
				}
				i = m.end() - 1;
			}
			else {
				while (i + 1 < length && Character.isDigit(text.charAt(i + 1))) {
					i++;
				}
			}
		}
		return null;
	}

	/** "2010 - 2015 2016" and similar runs of years are not phone numbers. */
	private static boolean looksLikeDateRange(String candidate) {
		return candidate.matches("(?:(?:19|20)\\d{2}[\\s.-]*)+");
	}

	private static List<String> links(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		Set<String> links = new LinkedHashSet<>();
		int nextFree = 0;
		for (int i = 0; i < lower.length(); i++) {
			if (i < nextFree || !startsLinkMarker(lower, i)) {
				continue;
			}
			int start = i;
			while (start > 0 && !isLinkDelimiter(text.charAt(start - 1))) {
				start--;
			}
			int end = i;
			while (end < text.length() && !isLinkDelimiter(text.charAt(end))) {
				end++;
			}
			nextFree = end;
			String link = trimTrailingDot(text.substring(start, end));
			if (!link.contains("@") && link.indexOf('.') > 0) {
				links.add(link.regionMatches(true, 0, "http", 0, 4) ? link : "https://" + link);
			}
		}
		return new ArrayList<>(links);
	}

	private static boolean startsLinkMarker(String lower, int at) {
		for (String marker : LINK_MARKERS) {
			if (lower.startsWith(marker, at)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLinkDelimiter(char c) {
		return Character.isWhitespace(c) || LINK_DELIMITERS.indexOf(c) >= 0;
	}

	private static String name(String text) {
		String[] lines = text.split("\\R", 40);
		int seen = 0;
		for (String raw : lines) {
			String line = raw.strip().replaceAll("\\s+", " ");
			if (line.isEmpty()) {
				continue;
			}
			if (++seen > NAME_LINES) {
				break;
			}
			String candidate = line.split("[|,•·]", 2)[0].strip();
			if (looksLikeName(candidate)) {
				return allCaps(candidate) ? titleCase(candidate) : candidate;
			}
		}
		return null;
	}

	private static boolean looksLikeName(String line) {
		if (line.length() > 40 || line.chars().anyMatch(c -> Character.isDigit(c) || c == '@' || c == '/')
				|| Sections.isHeading(line)) {
			return false;
		}
		String[] words = line.split(" ");
		if (words.length < 2 || words.length > 4) {
			return false;
		}
		for (String word : words) {
			if (!NAME_WORD.matcher(word).matches() || NOT_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}

	private static boolean allCaps(String s) {
		return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
	}

	private static String titleCase(String s) {
		StringBuilder out = new StringBuilder(s.length());
		boolean startOfWord = true;
		for (char c : s.toCharArray()) {
			out.append(startOfWord ? c : Character.toLowerCase(c));
			startOfWord = !Character.isLetter(c);
		}
		return out.toString();
	}

	private static String trimTrailingDot(String s) {
		return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
	}

}
