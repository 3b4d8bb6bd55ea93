package dev.careers.worker.webpage.posting;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The page's main content, readability-style: drop the page's chrome (navigation, headers,
 * footers, asides, forms, scripts, cookie banners, share and related-jobs boxes), then take the
 * element with the most text that is not link text, weighed by its text density (a block that
 * gains a link list loses more than it gains). Wrappers that add nothing lose to the block they
 * wrap, so nested divs resolve to the one holding the whole posting, and inside it link lists
 * ("share this job", "similar jobs") go too.
 */
final class MainContent {

	private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
			+ "svg, dialog, button, select, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
			+ "[role=search], [role=dialog], [role=alertdialog], [aria-hidden=true], [hidden]";

	/** Class or id words of page parts that are not the content (each class token is matched at its start). */
	private static final List<String> UNLIKELY = List.of("cookie", "consent", "gdpr", "breadcrumb", "share", "sharing",
			"social", "related", "similar", "recommend", "newsletter", "subscribe", "popup", "modal", "sidebar", "menu",
			"navbar", "nav", "masthead", "site-header", "site-footer", "page-header", "page-footer", "header", "footer",
			"skip", "comment", "advert", "promo", "pagination", "pager", "banner");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** A wrapper scoring within this fraction of the best block is no better than the block it wraps. */
	private static final double TIE = 0.03;

	/** Link lists inside the content: mostly links, and more than one. */
	private static final double LINK_LIST_DENSITY = 0.5;

	private MainContent() {
	}

	/** The readable text of the page's main content; empty when the page has none. */
	static String text(Document page) {
		Element block = block(page);
		return block == null ? "" : CleanText.of(block);
	}

	/** The main content block of a copy of the page without its chrome, or null for a page without a body. */
	static Element block(Document page) {
		Document copy = page.clone();
		Element body = copy.body();
		if (body == null) {
			return null;
		}
		copy.select(CHROME).remove();
		removeUnlikely(body, TextCounts.of(body));
		Map<Element, TextCounts> counts = TextCounts.of(body);
		Element best = body;
		double bestScore = counts.get(body).score();
		// elements come in document order, a block before what it holds: a later one ties only when deeper
		for (Element element : body.getAllElements()) {
			double score = counts.get(element).score();
			if (score > bestScore || (score >= bestScore * (1 - TIE) && isInside(element, best))) {
				if (score > bestScore) {
					bestScore = score;
				}
				best = element;
			}
		}
		removeLinkLists(best, counts);
		return best;
	}

	private static void removeUnlikely(Element body, Map<Element, TextCounts> counts) {
		int bodyText = counts.get(body).text();
		List<Element> unlikely = new ArrayList<>();
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof Element element && node != body && isUnlikely(element)
						&& counts.get(element).text() * 2 < bodyText) {
					unlikely.add(element);
					return FilterResult.SKIP_ENTIRELY;
				}
				return FilterResult.CONTINUE;
			}

			@Override
			public FilterResult tail(Node node, int depth) {
				return FilterResult.CONTINUE;
			}
		}, body);
		unlikely.forEach(Element::remove);
	}

	private static boolean isUnlikely(Element element) {
		if (!element.hasAttr("class") && !element.hasAttr("id")) {
			return false;
		}
		String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
		for (String token : WHITESPACE.split(names)) {
			if (!token.isEmpty() && UNLIKELY.stream().anyMatch(token::startsWith)) {
				return true;
			}
		}
		return false;
	}

	private static void removeLinkLists(Element block, Map<Element, TextCounts> counts) {
		for (Element inner : block.select("ul, ol, div, section, p, table")) {
			TextCounts count = counts.get(inner);
			if (inner != block && inner.parent() != null && count != null && count.linkDensity() > LINK_LIST_DENSITY
					&& count.anchors() > 1) {
				inner.remove();
			}
		}
	}

	private static boolean isInside(Element element, Element ancestor) {
		for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
			if (parent == ancestor) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Characters of text under an element, how many of them are link text, and how many links it holds.
	 */
	private record TextCounts(int text, int links, int anchors) {

		double linkDensity() {
			return text == 0 ? 0 : (double) links / text;
		}

		/** Text that is not link text, weighed by how little of the block is links. */
		double score() {
			return (text - links) * (1 - linkDensity());
		}

		/** The counts of every element under {@code root} (itself included), in one pass. */
		static Map<Element, TextCounts> of(Element root) {
			Map<Element, int[]> sums = new IdentityHashMap<>();
			NodeTraversor.traverse(new NodeVisitor() {
				private int openLinks;

				@Override
				public void head(Node node, int depth) {
					if (node instanceof Element element) {
						sums.put(element, new int[3]);
						openLinks += isLink(element) ? 1 : 0;
					}
					else if (node instanceof TextNode text) {
						int length = readableLength(text.getWholeText());
						int[] into = sums.get((Element) node.parentNode());
						into[0] += length;
						into[1] += openLinks > 0 ? length : 0;
					}
				}

				@Override
				public void tail(Node node, int depth) {
					if (node instanceof Element element) {
						openLinks -= isLink(element) ? 1 : 0;
						if (node != root) {
							int[] own = sums.get(element);
							int[] into = sums.get((Element) node.parentNode());
							into[0] += own[0];
							into[1] += own[1];
							into[2] += own[2] + (isLink(element) ? 1 : 0);
						}
					}
				}
			}, root);
			Map<Element, TextCounts> counts = new IdentityHashMap<>();
			sums.forEach((element, sum) -> counts.put(element, new TextCounts(sum[0], sum[1], sum[2])));
			return counts;
		}

		/** The length of the text with its runs of white space as one space and none at the ends. */
		private static int readableLength(String text) {
			int length = 0;
			boolean space = false;
			for (int i = 0; i < text.length(); i++) {
				if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0') {
					space = length > 0;
				}
				else {
					length += space ? 2 : 1;
					space = false;
				}
			}
			return length;
		}

		private static boolean isLink(Element element) {
			return element.normalName().equals("a");
		}

	}

}
