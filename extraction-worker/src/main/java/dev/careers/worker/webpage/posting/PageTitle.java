package dev.careers.worker.webpage.posting;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The posting's title on a page without structured data: the first {@code <h1>} that says more than
 * the site's name ("Careers", "Stellenangebote" say nothing) when {@code og:title} or
 * {@code <title>} confirm it, else {@code og:title}, else {@code <title>}, each without the site's
 * name ("Senior Nurse | Acme Careers" reads "Senior Nurse").
 */
final class PageTitle {

	/** " | ", " - ", " – ", " — ", " · ", " :: ", ": " between the parts of a page title. */
	private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:]{1,2}\\s+|\\s*[|·•]\\s*|:\\s+");

	/** Words that name a careers site or page rather than a job, in the languages of {@link PostingCues}. */
	private static final Set<String> SITE_WORDS = Set.of("careers", "career", "jobs", "job", "vacancies", "vacancy",
			"openings", "opportunities", "positions", "position", "details", "search", "results", "home", "apply",
			"karriere", "karriär", "jobb", "jobbörse", "stellenangebote", "stellenangebot", "stellenmarkt", "stellen",
			"ledige", "stillinger", "stilling", "lediga", "tjänster", "jobbank", "jobportal", "recruiting");

	/** Small words that a site's name or a careers heading joins with ("Jobs at Acme", "Karriere bei ..."). */
	private static final Set<String> JOINING_WORDS = Set.of("at", "with", "for", "the", "our", "us", "join", "work",
			"team", "and", "of", "in", "open", "current", "all", "page", "bei", "und", "im", "der", "die", "hos", "og",
			"i", "på", "och", "med", "til", "zu");

	/** The holder's name in a copyright line: "© 2026 Acme A/S." */
	private static final Pattern COPYRIGHT = Pattern.compile(
			"(?i)(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*"
					+ "([\\p{L}][\\p{L}\\p{N}&' /-]{1,60})");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** Host labels that say nothing of whose site it is. */
	private static final Pattern LITERAL_ADDRESS = Pattern.compile("\\[.*]|[0-9.]+");

	private static final Set<String> HOST_NOISE = Set.of("www", "com", "org", "net", "careers", "jobs", "job",
			"karriere", "apply", "recruiting", "example", "localhost");

	private PageTitle() {
	}

	/** The title, or null when the page names none. */
	static String of(Document page) {
		Set<String> siteWords = siteWords(page);
		String heading = PageSelectors.texts(page, "h1")
			.stream()
			.filter(text -> !isOnlySiteWords(text, siteWords))
			.findFirst()
			.orElse(null);
		String ogTitle = withoutSiteName(meta(page, "og:title"), siteWords);
		String headTitle = withoutSiteName(page.title(), siteWords);
		if (heading != null && (confirms(heading, ogTitle) || confirms(heading, headTitle)
				|| ogTitle == null && headTitle == null)) {
			return heading;
		}
		if (ogTitle != null) {
			return ogTitle;
		}
		return headTitle != null ? headTitle : heading;
	}

	/**
	 * The title without the parts at its ends that name the site; null when nothing else is left.
	 * Parts in the middle stay ("Engineer - Backend | Acme" reads "Engineer - Backend").
	 */
	static String withoutSiteName(String title, Set<String> siteWords) {
		if (title == null || title.isBlank()) {
			return null;
		}
		String whole = title.strip();
		List<String> parts = new ArrayList<>();
		List<String> separators = new ArrayList<>();
		Matcher separator = SEPARATOR.matcher(whole);
		int start = 0;
		while (separator.find()) {
			parts.add(whole.substring(start, separator.start()).strip());
			separators.add(separator.group());
			start = separator.end();
		}
		parts.add(whole.substring(start).strip());
		int first = 0;
		int last = parts.size() - 1;
		while (last > first && namesTheSite(parts.get(last), siteWords)) {
			last--;
		}
		while (first < last && namesTheSite(parts.get(first), siteWords)) {
			first++;
		}
		if (first == last && isOnlySiteWords(parts.get(first), siteWords)) {
			return null;
		}
		StringBuilder kept = new StringBuilder(parts.get(first));
		for (int i = first + 1; i <= last; i++) {
			kept.append(separators.get(i - 1)).append(parts.get(i));
		}
		return kept.toString().strip();
	}

	/** A part made only of the site's name, careers words and small joining words: "Jobs at Acme", "Karriere". */
	private static boolean isOnlySiteWords(String part, Set<String> siteWords) {
		return otherWords(part, siteWords) == 0;
	}

	/**
	 * A part at the end of a page title that names the site: only site words, or a careers word
	 * beside at most two others ("Fabrikam Pharma Careers", "Jobs - Acme Group").
	 */
	private static boolean namesTheSite(String part, Set<String> siteWords) {
		List<String> words = words(part);
		long other = otherWords(part, siteWords);
		return other == 0 || words.stream().anyMatch(SITE_WORDS::contains) && other <= 2 && words.size() <= 4;
	}

	private static long otherWords(String part, Set<String> siteWords) {
		return words(part).stream()
			.filter(word -> !SITE_WORDS.contains(word) && !JOINING_WORDS.contains(word) && !siteWords.contains(word))
			.count();
	}

	/** The heading is the job the page title names: one holds the other's words. */
	private static boolean confirms(String heading, String title) {
		if (title == null) {
			return false;
		}
		String a = " " + String.join(" ", words(heading)) + " ";
		String b = " " + String.join(" ", words(title)) + " ";
		return !a.isBlank() && !b.isBlank() && (a.contains(b) || b.contains(a));
	}

	/**
	 * Words of the site's name: og:site_name, application-name, the logo's alt text, the copyright
	 * holder in the footer, the host.
	 */
	private static Set<String> siteWords(Document page) {
		Set<String> words = new HashSet<>();
		words.addAll(words(meta(page, "og:site_name")));
		Element applicationName = page.selectFirst("meta[name=application-name]");
		if (applicationName != null) {
			words.addAll(words(applicationName.attr("content")));
		}
		for (Element logo : page.select("img[alt~=(?i)logo], .logo img[alt], a.logo img[alt], header img[alt]")) {
			words.addAll(words(logo.attr("alt").replaceAll("(?i)\\blogo\\b", "")));
		}
		Element footer = page.selectFirst("footer, [class*=footer], [id*=footer]");
		Matcher copyright = COPYRIGHT.matcher(footer == null ? "" : footer.text());
		if (copyright.find()) {
			words.addAll(words(copyright.group(1)));
		}
		words.addAll(hostWords(page.location()));
		return words;
	}

	private static List<String> hostWords(String url) {
		String host;
		try {
			host = URI.create(url).getHost();
		}
		catch (IllegalArgumentException notAUrl) {
			return List.of();
		}
		// an address literal names no site
		if (host == null || LITERAL_ADDRESS.matcher(host).matches()) {
			return List.of();
		}
		return Arrays.stream(host.toLowerCase(Locale.ROOT).split("[.-]"))
			.filter(label -> label.length() > 2 && !HOST_NOISE.contains(label))
			.toList();
	}

	private static String meta(Document page, String property) {
		Element meta = page.selectFirst("meta[property=" + property + "]");
		return meta == null ? null : meta.attr("content");
	}

	private static List<String> words(String text) {
		if (text == null) {
			return List.of();
		}
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (word.find()) {
			words.add(word.group());
		}
		return words;
	}

}
