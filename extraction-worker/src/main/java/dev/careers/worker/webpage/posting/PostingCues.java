package dev.careers.worker.webpage.posting;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether text without structured data reads like a job posting rather than an article, a
 * careers home page or a list: enough text, cues from at least three of the groups below, and a
 * heading-like line about the duties or the requirements. The cues are the labels real career
 * sites use, in English, Danish, Norwegian, Swedish and German.
 */
final class PostingCues {

	static final int MIN_TEXT = 300;

	private static final int MAX_HEADING = 60;

	private static final String DUTY_CUES = String.join("|",
			"(key )?responsibilities|what you('|’)ll do|what you will do|your role|about the role|duties|your mission|"
					+ "day[- ]to[- ]day|job description",
			// Danish, Norwegian, Swedish
			"om stillingen|om jobbet|(dine )?(arbejds)?opgaver|(dine )?(arbeids)?oppgaver|ansvarsområder?|jobindhold|"
					+ "stillingsbeskrivelse|om tjänsten|om rollen|(dina )?(arbets)?uppgifter|ansvarsområden",
			// German
			"(ihre|deine|die) aufgaben|aufgaben(gebiet|bereich|schwerpunkte)?|ihr aufgabengebiet|das erwartet (sie|dich)|"
					+ "was (sie|dich) erwartet|(ihre|deine) tätigkeiten|tätigkeitsbeschreibung|stellenbeschreibung");

	private static final String REQUIREMENT_CUES = String.join("|",
			"requirements|qualifications|what you('|’)ll bring|who you are|what we('|’)re looking for|about you|"
					+ "must[- ]haves?|nice[- ]to[- ]haves?|skills and experience|your profile|experience required",
			// Danish, Norwegian, Swedish
			"(dine )?kvalifikationer|(ønskede )?kvalifikasjoner|(önskade )?kvalifikationer|din profil|om dig|om deg|"
					+ "vi forventer|hvem er du|vem är du|din baggrund|personlige (egenskaper|kompetencer)|krav|meriterande",
			// German
			"(ihr|dein) profil|(ihre|deine) qualifikationen|qualifikationen|anforderungen|voraussetzungen|"
					+ "das (bringen sie|bringst du) mit|was (sie|du) mitbring(en|st)");

	private static final Pattern DUTIES = cue(DUTY_CUES);

	private static final Pattern REQUIREMENTS = cue(REQUIREMENT_CUES);

	/** A line that opens with a duties or requirements cue: "Requirements:", "What you'll do", "1. Ihr Profil". */
	private static final Pattern POSTING_HEADING = Pattern.compile(
			"^[^\\p{L}]*(" + DUTY_CUES + "|" + REQUIREMENT_CUES + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A run-in heading: "Requirements: CPA or CFA progress, Excel." */
	private static final Pattern RUN_IN_HEADING = Pattern.compile(
			"^[^\\p{L}]*(" + DUTY_CUES + "|" + REQUIREMENT_CUES + ")\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern OFFER = cue(String.join("|",
			"benefits|perks|what we offer|compensation|salary|pay range|paid time off|equity|health insurance|vacation",
			"vi tilbyder|vi tilbyr|vi erbjuder|løn|lønn|lön|pension|pensjon|frokostordning|sundhedsforsikring|"
					+ "förmåner|kollektivavtal|friskvårdsbidrag",
			"(wir bieten|was wir bieten|das bieten wir|unser angebot)|vergütung|gehalt|urlaub|jobticket|"
					+ "betriebliche altersvorsorge|tv-l|tvöd"));

	private static final Pattern APPLY = cue(String.join("|",
			"apply now|apply (online|today|by)|apply for this (job|position|role)|how to apply|submit your application|"
					+ "to apply|application deadline|closing date",
			"ansøgningsfrist|ansøgning|ansøg|søg stillingen|søknadsfrist|søknad|søk (på )?stillingen|"
					+ "sista ansökningsdag|ansökan|ansök|sök tjänsten",
			"bewerbungsfrist|bewerbungsschluss|jetzt bewerben|bewerbung|bewerben sie sich|bewirb dich"));

	private static final Pattern TERMS = cue(String.join("|",
			"full[- ]time|part[- ]time|permanent|fixed[- ]term|contract|internship|hybrid|on[- ]site|employment type|"
					+ "job type|remote",
			"fuldtid|deltid|heltid|fastansættelse|fast stilling|fast ansettelse|tidsbegrænset|vikariat|tillsvidare|"
					+ "visstid|arbejdssted|arbeidssted|arbetsort|placeringsort|ansættelsesform|ansettelsesform|"
					+ "anställningsform|stillingsprosent|arbejdstid|timer om ugen|omfattning",
			"vollzeit|teilzeit|unbefristet|befristet|anstellungsart|beschäftigungsart|arbeitsort|einsatzort|"
					+ "arbeitszeit|home-?office|zum nächstmöglichen zeitpunkt"));

	private static final List<Pattern> GROUPS = List.of(DUTIES, REQUIREMENTS, OFFER, APPLY, TERMS);

	private PostingCues() {
	}

	static boolean looksLikePosting(String title, String text) {
		if (title == null || title.isBlank() || text == null || text.length() < MIN_TEXT) {
			return false;
		}
		long groups = GROUPS.stream().filter(group -> group.matcher(text).find()).count();
		return groups >= 3 && hasDutiesOrRequirementsHeading(text);
	}

	private static boolean hasDutiesOrRequirementsHeading(String text) {
		return text.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.anyMatch(line -> line.length() <= MAX_HEADING ? POSTING_HEADING.matcher(line).find()
					: RUN_IN_HEADING.matcher(line).find());
	}

	private static Pattern cue(String alternatives) {
		return Pattern.compile("\\b(" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
