package dev.careers.worker.webpage.posting;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Readable text from HTML: block elements become line breaks, list items get a dash, scripts,
 * styles and form controls disappear, runs of blank lines collapse to one. Reading stops after
 * {@link #MAX_TEXT} characters.
 */
final class CleanText {

	private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl",
			"dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
			"li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul");

	private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
			"blockquote", "pre");

	private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "iframe",
			"button", "select", "input", "textarea", "object", "head");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2000-\\u200B]+");

	private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

	private static final Pattern HTML_TAG = Pattern.compile("<(p|br|div|li|ul|ol|h[1-6]|strong|b|em|span|a)[\\s/>]",
			Pattern.CASE_INSENSITIVE);

	/** Far more than any posting holds; stops a hostile page from costing seconds of CPU. */
	static final int MAX_TEXT = 200_000;

	private CleanText() {
	}

	static String of(Element root) {
		StringBuilder text = new StringBuilder();
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (text.length() > MAX_TEXT) {
					return FilterResult.STOP;
				}
				if (node instanceof TextNode textNode) {
					text.append(textNode.text());
				}
				else if (node instanceof Element element) {
					String name = element.normalName();
					if (INVISIBLE.contains(name)) {
						return FilterResult.SKIP_ENTIRELY;
					}
					if (name.equals("br")) {
						text.append('\n');
					}
					else if (BLOCKS.contains(name)) {
						breakLines(text, PARAGRAPHS.contains(name) ? 2 : 1);
						if (name.equals("li")) {
							text.append("- ");
						}
					}
					else if (name.equals("td") || name.equals("th")) {
						text.append(' ');
					}
				}
				return FilterResult.CONTINUE;
			}

			@Override
			public FilterResult tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					breakLines(text, PARAGRAPHS.contains(element.normalName()) ? 2 : 1);
				}
				return FilterResult.CONTINUE;
			}
		}, root);
		return tidy(text.toString());
	}

	/**
	 * Text from a string that may be HTML, entity-escaped HTML ({@code &lt;p&gt;}, as some JSON-LD
	 * carries it) or plain text with its own line breaks.
	 */
	static String ofMarkupOrText(String value) {
		if (value == null || value.isBlank()) {
			return "";
		}
		String markup = value;
		if (!HTML_TAG.matcher(markup).find() && markup.contains("&lt;")) {
			markup = Parser.unescapeEntities(markup, false);
		}
		if (HTML_TAG.matcher(markup).find()) {
			return of(Jsoup.parseBodyFragment(markup).body());
		}
		return tidy(Parser.unescapeEntities(markup, false).replace("\r\n", "\n"));
	}

	/** Ends the text with {@code count} line breaks, counting those already there. */
	private static void breakLines(StringBuilder text, int count) {
		int end = text.length();
		while (end > 0 && text.charAt(end - 1) == ' ') {
			end--;
		}
		int present = 0;
		while (end - present > 0 && text.charAt(end - present - 1) == '\n') {
			present++;
		}
		text.setLength(end);
		text.append("\n".repeat(Math.max(0, count - present)));
	}

	private static String tidy(String raw) {
		StringBuilder tidy = new StringBuilder(raw.length());
		for (String line : raw.split("\n", -1)) {
			tidy.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
		}
		return BLANK_LINES.matcher(tidy).replaceAll("\n\n").strip();
	}

}
