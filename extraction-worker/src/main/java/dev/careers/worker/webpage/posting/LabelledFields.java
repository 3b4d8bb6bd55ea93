package dev.careers.worker.webpage.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Location and employment type where a page without structured data labels them, as career sites
 * do in a facts box, a definition list, a table or a "Label: value" line, in English, Danish,
 * Norwegian, Swedish or German. Values are taken as written ("Vollzeit" stays "Vollzeit").
 */
record LabelledFields(String location, String employmentType) {

	/** Longer than this is a sentence, not a value. */
	private static final int MAX_VALUE = 100;

	private static final String LOCATION_LABELS = "locations?|job location|work location|place of work|based in|"
			+ "arbejdssted|arbeidssted|arbetsort|placeringsort|sted|ort|arbeitsort|einsatzort|dienstort|standort";

	private static final String TYPE_LABELS = "employment type|job type|type of employment|contract type|schedule|"
			+ "ansættelsesform|ansættelsestype|ansettelsesform|stillingstype|anställningsform|omfattning|"
			+ "anstellungsart|beschäftigungsart|arbeitszeit|vertragsart";

	private static final Pattern LOCATION = label(LOCATION_LABELS);

	private static final Pattern TYPE = label(TYPE_LABELS);

	/** The page's text, chrome and all: facts boxes often sit in an aside or a header. */
	static LabelledFields of(Document page) {
		Element body = page.body();
		if (body == null) {
			return new LabelledFields(null, null);
		}
		List<String> lines = new ArrayList<>();
		for (Element row : body.select("tr")) {
			List<Element> cells = row.select("> th, > td");
			if (cells.size() == 2) {
				lines.add(cells.get(0).text() + ": " + cells.get(1).text());
			}
		}
		CleanText.of(body).lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
		return new LabelledFields(value(LOCATION, lines), value(TYPE, lines));
	}

	/** The value after the first label: on the label's line ("Location: Leeds") or on the next one (dt, dd). */
	private static String value(Pattern label, List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			Matcher matcher = label.matcher(lines.get(i));
			if (!matcher.matches()) {
				continue;
			}
			String value = matcher.group(2) != null ? matcher.group(2).strip() : "";
			if (value.isEmpty() && i + 1 < lines.size()) {
				value = lines.get(i + 1);
				if (LOCATION.matcher(value).matches() || TYPE.matcher(value).matches()) {
					continue;
				}
			}
			if (!value.isEmpty() && value.length() <= MAX_VALUE) {
				return value;
			}
		}
		return null;
	}

	/** "Label", "Label:" or "Label: value" as a whole line. */
	private static Pattern label(String labels) {
		return Pattern.compile("(" + labels + ")\\s*(?::\\s*(.*))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
