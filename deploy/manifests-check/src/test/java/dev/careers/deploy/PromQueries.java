package dev.careers.deploy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the shipped PromQL queries refer to: metric names (the product's, and the Kafka client, JVM,
 * process and HTTP server metrics Spring Boot registers) and job names.
 */
final class PromQueries {

	private static final Pattern METRIC = Pattern.compile("\\b((?:careers|kafka|jvm|process|http_server)_[a-z_]+|up)\\b");

	private static final Pattern JOB_MATCHER = Pattern.compile("job\\s*=~?\\s*\"([^\"]+)\"");

	private static final List<String> SERIES_SUFFIXES = List.of("_bucket", "_count", "_sum", "_max");

	private PromQueries() {
	}

	static Set<String> metrics(String query) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = METRIC.matcher(query);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** Job names selected by {@code job="..."} or {@code job=~"a|b"}. */
	static Set<String> jobs(String query) {
		Set<String> jobs = new TreeSet<>();
		Matcher matcher = JOB_MATCHER.matcher(query);
		while (matcher.find()) {
			jobs.addAll(List.of(matcher.group(1).split("\\|")));
		}
		return jobs;
	}

	/** True when the name, or the histogram or summary it is a series of, is among the documented metrics. */
	static boolean isDocumented(String name, Set<String> documented) {
		if (documented.contains(name)) {
			return true;
		}
		return SERIES_SUFFIXES.stream()
			.anyMatch(suffix -> name.endsWith(suffix) && documented.contains(name.substring(0, name.length() - suffix.length())));
	}

}
