package dev.careers.worker.webpage.posting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.careers.events.JobPostingDetails;

/** Normalises the values of posting fields the same way whichever path found them. */
final class PostingValues {

	static final int MAX_TITLE = 300;

	static final int MAX_FIELD = 500;

	/** Long enough for any real posting, short enough for the event that carries it. */
	static final int MAX_DESCRIPTION = 50_000;

	private static final Map<String, String> EMPLOYMENT_TYPES = Map.ofEntries(Map.entry("FULLTIME", "Full-time"),
			Map.entry("PARTTIME", "Part-time"), Map.entry("CONTRACTOR", "Contract"), Map.entry("CONTRACT", "Contract"),
			Map.entry("TEMPORARY", "Temporary"), Map.entry("TEMP", "Temporary"), Map.entry("INTERN", "Internship"),
			Map.entry("INTERNSHIP", "Internship"), Map.entry("VOLUNTEER", "Volunteer"),
			Map.entry("PERDIEM", "Per diem"), Map.entry("OTHER", "Other"));

	private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern REMOTE = Pattern.compile("\\b(remote|telecommute|work from home|anywhere)\\b",
			Pattern.CASE_INSENSITIVE);

	private PostingValues() {
	}

	/** The posting with every field trimmed, capped and put in one form, whichever path found it. */
	static JobPostingDetails normalised(JobPostingDetails raw) {
		List<String> locations = raw.locations() == null ? List.of()
				: raw.locations().stream().map(location -> clip(location, MAX_FIELD)).filter(Objects::nonNull)
					.distinct().limit(50).toList();
		String employmentType = raw.employmentType() == null ? null
				: employmentType(Arrays.asList(raw.employmentType().split(",")));
		Boolean remote = raw.remote() != null ? raw.remote() : remoteFromLocations(locations);
		return new JobPostingDetails(clip(raw.title(), MAX_TITLE), clip(raw.company(), MAX_FIELD), locations,
				employmentType, remote, clip(raw.salary(), MAX_FIELD), date(raw.datePosted()), date(raw.validThrough()),
				description(raw.description()), raw.sourceUrl(), raw.parsedBy());
	}

	static String clip(String value, int max) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip().replaceAll("\\s+", " ");
		if (stripped.isEmpty()) {
			return null;
		}
		return stripped.length() <= max ? stripped : stripped.substring(0, max).strip();
	}

	static String description(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() <= MAX_DESCRIPTION) {
			return stripped;
		}
		int cut = stripped.lastIndexOf(' ', MAX_DESCRIPTION);
		return stripped.substring(0, cut > 0 ? cut : MAX_DESCRIPTION);
	}

	/** {@code FULL_TIME}, {@code FullTime} and {@code full-time} all read {@code Full-time}. */
	static String employmentType(Collection<String> raw) {
		List<String> types = raw.stream()
			.filter(type -> type != null && !type.isBlank())
			.map(type -> EMPLOYMENT_TYPES.getOrDefault(type.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", ""),
					type.strip()))
			.distinct()
			.toList();
		return types.isEmpty() ? null : clip(String.join(", ", types), MAX_FIELD);
	}

	/** An ISO date ({@code 2026-01-31}) from an ISO date or date-time; null when it is no date. */
	static String date(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String value = raw.strip();
		List<Function<String, LocalDate>> parsers = List.of(text -> OffsetDateTime.parse(text).toLocalDate(),
				text -> ZonedDateTime.parse(text).toLocalDate(), text -> LocalDateTime.parse(text).toLocalDate(),
				LocalDate::parse);
		for (Function<String, LocalDate> parser : parsers) {
			try {
				return parser.apply(value).toString();
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return ISO_DATE_PREFIX.matcher(value).find() ? value.substring(0, 10) : null;
	}

	/** True when a location says remote; false when locations are known and none does; else unknown. */
	static Boolean remoteFromLocations(List<String> locations) {
		if (locations.isEmpty()) {
			return null;
		}
		return locations.stream().anyMatch(PostingValues::mentionsRemote);
	}

	static boolean mentionsRemote(String text) {
		return text != null && REMOTE.matcher(text).find();
	}

}
