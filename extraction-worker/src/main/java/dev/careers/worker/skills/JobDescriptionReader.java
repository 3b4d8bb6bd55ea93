package dev.careers.worker.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careers.events.JobPostingDetails;

import org.springframework.stereotype.Component;

/**
 * The fields of a job posting read from a JD PDF's text. A PDF has no markup, so the fields come
 * from labelled lines ("Job Title: ...", "Location: ...") where the document has them, and
 * otherwise from its layout: the title is its first short line, the company the "at ..." or
 * "About ..." that names it. Whatever cannot be told stays null.
 */
@Component
public class JobDescriptionReader {

	static final String PARSED_BY = "pdf";

	private static final Pattern TITLE_LABEL = label("job title|position title|position|role|title|job");

	private static final Pattern COMPANY_LABEL = label("company|company name|employer|organi[sz]ation|hiring company");

	private static final Pattern LOCATION_LABEL = label("location|locations|job location|work location|based in");

	private static final Pattern TYPE_LABEL = label("employment type|job type|type|contract type|schedule");

	private static final Pattern SALARY_LABEL = label("salary|compensation|pay|pay range|salary range");

	private static final Pattern TITLE_AT_COMPANY = Pattern
		.compile("^(.{3,80}?)\\s+(?:at|@|-|–|—|\\|)\\s+(\\p{Lu}[\\w&.,' -]{1,60})$");

	private static final Pattern ABOUT_COMPANY = Pattern.compile("(?m)^\\s*About\\s+(\\p{Lu}[\\w&.' -]{1,60}?)\\s*:?\\s*$");

	private static final Pattern SALARY = Pattern.compile(
			"[$€£]\\s?\\d[\\d,.]*\\s?[kK]?(?:\\s?(?:-|–|to)\\s?[$€£]?\\s?\\d[\\d,.]*\\s?[kK]?)?(?:\\s?(?:per|/|an?)\\s?(?:year|yr|hour|hr|annum|month))?");

	private static final Pattern EMPLOYMENT_TYPE = Pattern
		.compile("(?i)\\b(full[- ]time|part[- ]time|contract(?:or)?|temporary|internship|freelance)\\b");

	private static final Pattern REMOTE = Pattern.compile("(?i)\\b(remote|work from home|wfh)\\b");

	private static final Set<String> NOT_TITLES = Set.of("job description", "job posting", "position description",
			"description", "overview", "job summary", "about the role", "about us", "responsibilities",
			"requirements", "we are hiring", "now hiring", "careers", "job opening");

	private static final int HEAD_LINES = 8;

	public JobPostingDetails fromText(String text, String sourceName) {
		String body = text == null ? "" : text.strip();
		List<String> head = headLines(body);
		String title = labelled(TITLE_LABEL, body);
		String company = labelled(COMPANY_LABEL, body);
		for (String line : head) {
			Matcher titleAtCompany = TITLE_AT_COMPANY.matcher(line);
			if (titleAtCompany.matches()) {
				title = title == null ? titleAtCompany.group(1).strip() : title;
				company = company == null ? titleAtCompany.group(2).strip() : company;
				break;
			}
		}
		if (company == null) {
			Matcher about = ABOUT_COMPANY.matcher(body);
			company = about.find() && !isGenericAbout(about.group(1)) ? about.group(1).strip() : null;
		}
		if (title == null) {
			title = head.stream().filter(JobDescriptionReader::looksLikeTitle).findFirst().orElse(null);
		}
		if (title == null) {
			title = titleFromFileName(sourceName);
		}
		String location = labelled(LOCATION_LABEL, body);
		return new JobPostingDetails(title, company, location == null ? List.of() : List.of(location),
				employmentType(body), remote(body, location), salary(body), null, null, body, null, PARSED_BY);
	}

	private static Pattern label(String names) {
		return Pattern.compile("(?im)^\\s*(?:" + names + ")\\s*[:：]\\s*(\\S.{0,120}?)\\s*$");
	}

	private static String labelled(Pattern label, String body) {
		Matcher m = label.matcher(body);
		return m.find() ? m.group(1) : null;
	}

	private static List<String> headLines(String body) {
		List<String> head = new ArrayList<>(HEAD_LINES);
		for (String line : body.split("\\R", 60)) {
			String stripped = line.strip().replaceAll("\\s+", " ");
			if (!stripped.isEmpty() && head.size() < HEAD_LINES) {
				head.add(stripped);
			}
		}
		return head;
	}

	private static boolean looksLikeTitle(String line) {
		String lower = line.toLowerCase(Locale.ROOT).replaceAll("[:.]$", "");
		int words = line.split(" ").length;
		return words <= 10 && line.length() <= 90 && !NOT_TITLES.contains(lower) && !line.contains("@")
				&& !line.endsWith(".") && Character.isLetter(line.charAt(0));
	}

	private static boolean isGenericAbout(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith("the ") || lower.startsWith("us") || lower.startsWith("you") || lower.startsWith("this");
	}

	private static String titleFromFileName(String sourceName) {
		if (sourceName == null || sourceName.isBlank()) {
			return null;
		}
		String base = sourceName.replaceAll("^.*[/\\\\]", "").replaceAll("(?i)\\.pdf$", "");
		String title = base.replaceAll("[_-]+", " ").replaceAll("\\s+", " ").strip();
		return title.isEmpty() ? null : title;
	}

	private static String employmentType(String body) {
		String labelled = labelled(TYPE_LABEL, body);
		Matcher m = EMPLOYMENT_TYPE.matcher(labelled != null ? labelled : body);
		if (!m.find()) {
			return labelled;
		}
		String type = m.group(1).toUpperCase(Locale.ROOT).replaceAll("[- ]", "_");
		return type.equals("CONTRACTOR") ? "CONTRACT" : type;
	}

	private static Boolean remote(String body, String location) {
		if (location != null && REMOTE.matcher(location).find()) {
			return true;
		}
		return REMOTE.matcher(body).find() ? Boolean.TRUE : null;
	}

	private static String salary(String body) {
		String labelled = labelled(SALARY_LABEL, body);
		if (labelled != null) {
			return labelled;
		}
		Matcher m = SALARY.matcher(body);
		return m.find() ? m.group().strip() : null;
	}

}
