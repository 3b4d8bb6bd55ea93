package dev.careers.testsupport;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The public API's OpenAPI document (committed in the gateway, which serves it at
 * {@code /api/openapi.json}) against a service's controllers: every operation a controller maps
 * under the service's public prefixes is in the document, the document has no operation under those
 * prefixes that no controller serves, nothing under {@code /internal} is in it, and no controller
 * maps a path that is neither public nor internal (the gateway would not route it). Operations are
 * compared as {@code METHOD /path/{}}: path variable names do not matter to a client.
 */
public final class PublicApiDocument {

	/** Where the gateway's document is, from the repository's root. */
	public static final String LOCATION = "gateway/src/main/resources/static/api/openapi.json";

	private static final String INTERNAL_PREFIX = "/internal/";

	private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete", "options", "head",
			"patch", "trace");

	private PublicApiDocument() {
	}

	/**
	 * Throws an {@link AssertionError} naming every mismatch between the controllers found under
	 * {@code basePackage} and the document.
	 */
	public static void assertMatchesControllers(String basePackage, List<String> publicPrefixes) throws IOException {
		Set<String> documented = documentedOperations();
		Set<String> mapped = controllerOperations(basePackage);
		List<String> problems = new ArrayList<>();
		for (String operation : mapped) {
			String path = operation.substring(operation.indexOf(' ') + 1);
			if (path.startsWith(INTERNAL_PREFIX)) {
				if (documented.contains(operation)) {
					problems.add("internal, yet in the public document: " + operation);
				}
			}
			else if (publicPrefixes.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))) {
				problems.add("neither under " + publicPrefixes + " nor " + INTERNAL_PREFIX + ": " + operation);
			}
			else if (!documented.contains(operation)) {
				problems.add("mapped by a controller, missing from " + LOCATION + ": " + operation);
			}
		}
		for (String operation : documented) {
			String path = operation.substring(operation.indexOf(' ') + 1);
			boolean ours = publicPrefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
			if (ours && !mapped.contains(operation)) {
				problems.add("in " + LOCATION + ", yet no controller maps it: " + operation);
			}
		}
		if (mapped.isEmpty()) {
			problems.add("no controller found under " + basePackage);
		}
		if (!problems.isEmpty()) {
			throw new AssertionError(String.join(System.lineSeparator(), problems));
		}
	}

	/** {@code METHOD /path/{}} for every operation of the document. */
	public static Set<String> documentedOperations() throws IOException {
		JsonNode paths = JsonMapper.builder().build().readTree(Files.readString(location())).path("paths");
		Set<String> operations = new TreeSet<>();
		for (String path : paths.propertyNames()) {
			for (String method : HTTP_METHODS) {
				if (paths.get(path).has(method)) {
					operations.add(operation(method, path));
				}
			}
		}
		return operations;
	}

	/** {@code METHOD /path/{}} for every handler method of the controllers under {@code basePackage}. */
	public static Set<String> controllerOperations(String basePackage) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		Set<String> operations = new TreeSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
			Class<?> controller = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
			for (Method handler : controller.getDeclaredMethods()) {
				RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler, RequestMapping.class);
				if (mapping == null) {
					continue;
				}
				for (String prefix : pathsOf(base)) {
					for (String path : pathsOf(mapping)) {
						for (RequestMethod method : mapping.method()) {
							operations.add(operation(method.name(), prefix + path));
						}
					}
				}
			}
		}
		return operations;
	}

	private static String[] pathsOf(RequestMapping mapping) {
		return mapping == null || mapping.path().length == 0 ? new String[] { "" } : mapping.path();
	}

	private static String operation(String method, String path) {
		return method.toUpperCase() + " " + path.replaceAll("\\{[^}]*}", "{}");
	}

	private static Path location() throws IOException {
		for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
			Path document = directory.resolve(LOCATION);
			if (Files.isRegularFile(document)) {
				return document;
			}
		}
		throw new IOException("No " + LOCATION + " in this directory or above it");
	}

}
