package dev.careers.deploy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as compose, Kubernetes and Spring Boot write them: {@code 90s}, {@code 2m}, {@code 120}. */
final class Durations {

	private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

	private Durations() {
	}

	static long seconds(String text) {
		Matcher matcher = DURATION.matcher(text.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a duration: " + text);
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = (matcher.group(2) != null) ? matcher.group(2) : "s";
		return switch (unit) {
			case "ms" -> amount / 1000;
			case "m" -> amount * 60;
			case "h" -> amount * 3600;
			default -> amount;
		};
	}

}
