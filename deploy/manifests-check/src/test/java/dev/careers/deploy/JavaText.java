package dev.careers.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough Java lexing to read record headers: comments, string literals, nesting. */
final class JavaText {

	private static final Pattern IDENTIFIER = Pattern.compile("(\\w+)\\s*$");

	private JavaText() {
	}

	static String withoutComments(String code) {
		StringBuilder out = new StringBuilder(code.length());
		int i = 0;
		while (i < code.length()) {
			char c = code.charAt(i);
			if (c == '"' || c == '\'') {
				int end = endOfLiteral(code, i);
				out.append(code, i, end);
				i = end;
			}
			else if (code.startsWith("//", i)) {
				i = code.indexOf('\n', i) < 0 ? code.length() : code.indexOf('\n', i);
			}
			else if (code.startsWith("/*", i)) {
				i = code.indexOf("*/", i + 2) + 2;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	/** Index of the parenthesis closing the one at {@code open}. */
	static int closingParenthesis(String code, int open) {
		int depth = 0;
		int i = open;
		while (i < code.length()) {
			char c = code.charAt(i);
			if (c == '"' || c == '\'') {
				i = endOfLiteral(code, i);
				continue;
			}
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
			i++;
		}
		throw new IllegalStateException("unbalanced parenthesis at " + open);
	}

	/** The components of a record header whose parenthesis opens at {@code open}, annotations removed. */
	static List<String> recordComponents(String code, int open) {
		String header = code.substring(open + 1, closingParenthesis(code, open));
		List<String> components = new ArrayList<>();
		int depth = 0;
		int start = 0;
		int i = 0;
		while (i < header.length()) {
			char c = header.charAt(i);
			if (c == '"' || c == '\'') {
				i = endOfLiteral(header, i);
				continue;
			}
			if ("(<[{".indexOf(c) >= 0) {
				depth++;
			}
			else if (")>]}".indexOf(c) >= 0) {
				depth--;
			}
			else if (c == ',' && depth == 0) {
				components.add(withoutAnnotations(header.substring(start, i)));
				start = i + 1;
			}
			i++;
		}
		if (!header.isBlank()) {
			components.add(withoutAnnotations(header.substring(start)));
		}
		return components;
	}

	static String lastIdentifier(String component) {
		Matcher matcher = IDENTIFIER.matcher(component);
		if (!matcher.find()) {
			throw new IllegalStateException("no name in record component: " + component);
		}
		return matcher.group(1);
	}

	/** The simple type name of a component, without generics or package. */
	static String rawType(String component, String name) {
		String type = component.substring(0, component.lastIndexOf(name)).trim();
		int generics = type.indexOf('<');
		String raw = (generics >= 0) ? type.substring(0, generics) : type;
		return raw.substring(raw.lastIndexOf('.') + 1).trim();
	}

	/** Drops leading annotations ({@code @Min(1)}, {@code @DefaultValue("x")}) from a component. */
	private static String withoutAnnotations(String component) {
		String rest = component.trim();
		while (rest.startsWith("@")) {
			int i = 1;
			while (i < rest.length() && (Character.isJavaIdentifierPart(rest.charAt(i)) || rest.charAt(i) == '.')) {
				i++;
			}
			while (i < rest.length() && Character.isWhitespace(rest.charAt(i))) {
				i++;
			}
			if (i < rest.length() && rest.charAt(i) == '(') {
				i = closingParenthesis(rest, i) + 1;
			}
			rest = rest.substring(i).trim();
		}
		return rest;
	}

	private static int endOfLiteral(String code, int start) {
		char quote = code.charAt(start);
		int i = start + 1;
		while (i < code.length() && code.charAt(i) != quote) {
			i += (code.charAt(i) == '\\') ? 2 : 1;
		}
		return i + 1;
	}

}
