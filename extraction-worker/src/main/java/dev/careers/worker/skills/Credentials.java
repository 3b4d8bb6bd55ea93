package dev.careers.worker.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certifications and licences as resumes name them: "Certified Public Accountant", "Commercial
 * Driver's License", "Private Pilot Certificate", "Series 7", and the well-known acronyms (CPA,
 * PMP, CDL...). A taxonomy names few of them, so they are found by their shape.
 */
final class Credentials {

	/** A credential's offsets in the text. */
	record Found(int start, int end) {
	}

	private static final String WORD = "[A-Z][A-Za-z'&\\-]*";

	/** The vendors whose certifications carry their name first: "Microsoft Certified Professional". */
	private static final String VENDOR = "(?:(?:Microsoft|Cisco|Oracle|CompTIA|AWS|Google|Salesforce|SAP|Adobe|Autodesk|"
			+ "VMware|Citrix|Red Hat|Apple|Juniper|IBM) )?";

	private static final Pattern CERTIFIED = Pattern
		.compile("\\b" + VENDOR + "(?:Certified|Licensed|Registered|Chartered)(?: (?:" + WORD + "|of|in))*? " + WORD
				+ "(?= *(?:\\(|,|;|\\.|\\n|$| [a-z0-9]))");

	/** "Certified forklift operator", "Licensed elevator operator": a role in lower case after the word. */
	private static final Pattern CERTIFIED_ROLE = Pattern.compile("\\b(?:Certified|Licensed|Registered) (?:[a-z]+ ){0,3}"
			+ "(?:operator|technician|assistant|aide|nurse|specialist|trainer|instructor|inspector|welder|mechanic|"
			+ "electrician|plumber|driver|appraiser|agent|broker|therapist|counselor|interpreter)s?\\b");

	/**
	 * "First Aid/CPR Certified", "ServSafe Certified": the credential's name before the word, where no
	 * name follows it ("Cisco Certified Network Associate" is the name after it).
	 */
	private static final Pattern NAME_CERTIFIED = Pattern
		.compile("\\b" + WORD + "(?:[ /](?:" + WORD + "|\\d+))*? Certified\\b(?! [A-Z])");

	private static final Pattern CLEARANCE = Pattern.compile(
			"\\b(?:(?:Active|Current) )?(?:DoD )?(?:Top Secret|Secret|TS)(?:/SCI)? (?:Security )?Clearance\\b");

	/** "Casualty and Property P&C Insurance License": the kinds it covers may be coordinated. */
	private static final Pattern LICENCE = Pattern
		.compile("\\b(?:" + WORD + " (?:(?:and|&) )?){1,4}(?:License|Licence|Certificate|Certification)\\b(?: (?:Class )?[A-Z]\\b)?");

	private static final Pattern SERIES = Pattern.compile("\\bSeries \\d{1,2}(?:(?: ?, ?| and | ?& ?)\\d{1,2})*\\b");

	/** A credential's full name before its acronym: "Project Management Professional (PMP)", a driver's licence with its class. */
	private static final Pattern NAMED_ACRONYM = Pattern.compile("(?:\\bClass \"?[ABC]\"? )?\\b(?:[A-Z][a-z]+ ){1,5}\\((?:CPA|PMP|CDL|CNA|LPN|CMA|CFA|CFP|"
			+ "CCNA|CCNP|CISSP|CISA|CPC|PHR|SPHR|HHA|EMT|ACLS|BLS|PALS|CSM|CSPO)\\)");

	private static final Pattern ACRONYM = Pattern.compile("(?<![\\w/-])(?=[A-Z])(?:CPA|PMP|CDL|CNA|LPN|CMA|CFA|CFP|CPR|AED|CCNA|CCNP|"
			+ "CISSP|CISA|CPC|PHR|SPHR|SHRM-CP|SHRM-SCP|ServSafe|OSHA(?: ?\\d{2})?|HAZMAT|TWIC(?: [Cc]ard)?|HHA|EMT|ACLS|BLS|PALS|NREMT|"
			+ "ASE|FAA|A&P|CSM|CSPO|ITIL|Six Sigma(?: (?:Green|Black|Yellow) Belt)?|Lean Six Sigma)(?![\\w/-])");

	/** Words of a title or a course that are no credential ("Business License" is; "Driver Certificate Program" is a course). */
	private static final Pattern NOT_A_CREDENTIAL = Pattern.compile("(?i)\\b(?:program|course|company|name|state|city)\\b");

	private Credentials() {
	}

	/**
	 * A shape and the words a line must hold for it to be tried: the shapes backtrack at every
	 * capitalised word, so a line without their keyword is not read by them. No shape spans lines.
	 */
	private record Shape(Pattern pattern, List<String> keywords) {

		boolean mayBeIn(String line) {
			return keywords.isEmpty() || keywords.stream().anyMatch(line::contains);
		}

	}

	/** In order of precedence: a credential found by an earlier shape is not found again by a later one. */
	private static final List<Shape> SHAPES = List.of(new Shape(NAMED_ACRONYM, List.of("(")),
			new Shape(SERIES, List.of("Series ")),
			new Shape(CERTIFIED_ROLE, List.of("Certified", "Licensed", "Registered")),
			new Shape(CERTIFIED, List.of("Certified", "Licensed", "Registered", "Chartered")),
			new Shape(NAME_CERTIFIED, List.of(" Certified")),
			new Shape(CLEARANCE, List.of("Clearance")),
			new Shape(LICENCE, List.of("License", "Licence", "Certificate", "Certification")),
			new Shape(ACRONYM, List.of()));

	static List<Found> of(String text) {
		List<Found> found = new ArrayList<>();
		int lineStart = 0;
		while (lineStart < text.length()) {
			int newline = text.indexOf('\n', lineStart);
			int lineEnd = newline < 0 ? text.length() : newline;
			String line = text.substring(lineStart, lineEnd);
			for (Shape shape : SHAPES) {
				if (shape.mayBeIn(line)) {
					find(shape.pattern(), line, lineStart, found);
				}
			}
			lineStart = lineEnd + 1;
		}
		return found;
	}

	private static void find(Pattern pattern, String line, int offset, List<Found> found) {
		Matcher m = pattern.matcher(line);
		while (m.find()) {
			if (!NOT_A_CREDENTIAL.matcher(m.group()).find() && !overlaps(found, offset + m.start(), offset + m.end())) {
				found.add(new Found(offset + m.start(), offset + m.end()));
			}
		}
	}

	private static boolean overlaps(List<Found> found, int start, int end) {
		return found.stream().anyMatch(f -> f.start < end && start < f.end);
	}

}
