package dev.careers.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service module's sources (its own and the shared module's), read as text: its {@code application.yml}, the environment
 * variables its {@code careers.*} {@code @ConfigurationProperties} records bind, and its meter names.
 * Text, not reflection, so this module needs no service on its class path.
 */
final class ServiceSources {

	private static final Pattern PROPERTIES_ANNOTATION = Pattern.compile("@ConfigurationProperties\\s*\\(");

	private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*\\(");

	private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(CAREERS_[A-Z0-9_]+)");

	private static final Pattern METER_NAME = Pattern.compile("\"(careers(?:\\.[a-z]+)+)\"");

	private static final long DEFAULT_SHUTDOWN_PHASE_SECONDS = 30;

	/** Settings and meters that several services share, through their dependency on it. */
	private static final String SHARED_MODULE = "service-support";

	private final String service;

	ServiceSources(String service) {
		this.service = service;
	}

	Node applicationYaml() {
		return Repository.yaml(service + "/src/main/resources/application.yml");
	}

	/** A property of application.yml by its dotted name, or a missing node. */
	Node property(String dottedName) {
		return applicationYaml().at(dottedName.split("\\."));
	}

	/** Seconds graceful shutdown may take per phase: application.yml's setting, or Spring Boot's 30 s. */
	long shutdownPhaseSeconds() {
		Node phase = property("spring.lifecycle.timeout-per-shutdown-phase");
		return phase.isMissing() ? DEFAULT_SHUTDOWN_PHASE_SECONDS : Durations.seconds(phase.text());
	}

	/** Environment names of every {@code careers.*} setting the service binds. */
	Set<String> boundEnvironmentVariables() {
		Set<String> names = new TreeSet<>();
		for (Path source : javaSources()) {
			String code = JavaText.withoutComments(Repository.text(source));
			Matcher annotation = PROPERTIES_ANNOTATION.matcher(code);
			while (annotation.find()) {
				int close = JavaText.closingParenthesis(code, annotation.end() - 1);
				String prefix = prefix(code, code.substring(annotation.end(), close));
				if (prefix.startsWith("careers")) {
					Matcher record = RECORD.matcher(code);
					if (!record.find(close)) {
						throw new IllegalStateException(source + ": @ConfigurationProperties(\"" + prefix + "\") on something other than a record");
					}
					bind(code, record.end() - 1, prefix, names);
				}
			}
		}
		Matcher placeholder = PLACEHOLDER.matcher(Repository.text(service + "/src/main/resources/application.yml"));
		while (placeholder.find()) {
			names.add(placeholder.group(1));
		}
		return names;
	}

	/** Names of the meters the service registers under {@code careers.}. */
	Set<String> meterNames() {
		Set<String> names = new TreeSet<>();
		for (Path source : javaSources()) {
			String code = JavaText.withoutComments(Repository.text(source));
			if (code.contains("io.micrometer")) {
				Matcher name = METER_NAME.matcher(code);
				while (name.find()) {
					names.add(name.group(1));
				}
			}
		}
		return names;
	}

	static String environmentName(String dottedName) {
		return dottedName.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
	}

	/** The service's own sources, and those of the shared module when the service depends on it. */
	private List<Path> javaSources() {
		List<Path> sources = new ArrayList<>(Repository.files(service + "/src/main/java", ".java"));
		if (Repository.text(service + "/pom.xml").contains("<artifactId>" + SHARED_MODULE + "</artifactId>")) {
			sources.addAll(Repository.files(SHARED_MODULE + "/src/main/java", ".java"));
		}
		return sources;
	}

	/** Binds each record component under the prefix, descending into records declared in the same file. */
	private static void bind(String code, int openParenthesis, String prefix, Set<String> names) {
		for (String component : JavaText.recordComponents(code, openParenthesis)) {
			String name = JavaText.lastIdentifier(component);
			String property = prefix + "." + kebab(name);
			Matcher nested = Pattern.compile("\\brecord\\s+" + Pattern.quote(JavaText.rawType(component, name)) + "\\s*\\(")
				.matcher(code);
			if (nested.find()) {
				bind(code, nested.end() - 1, property, names);
			}
			else {
				names.add(environmentName(property));
			}
		}
	}

	/** The prefix of {@code @ConfigurationProperties(...)}: a literal, or a constant declared in the file. */
	private static String prefix(String code, String arguments) {
		Matcher literal = STRING.matcher(arguments);
		if (literal.find()) {
			return literal.group(1);
		}
		String constant = arguments.replaceAll(".*?(\\w+)\\s*$", "$1");
		Matcher declaration = Pattern.compile("\\b" + Pattern.quote(constant) + "\\s*=\\s*\"([^\"]*)\"").matcher(code);
		if (!declaration.find()) {
			throw new IllegalStateException("cannot resolve @ConfigurationProperties(" + arguments + ")");
		}
		return declaration.group(1);
	}

	private static String kebab(String camelCase) {
		return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
