package dev.careers.worker.webpage.posting;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Small look-ups the board-specific sources share. */
final class PageSelectors {

	private PageSelectors() {
	}

	/** The text of the first element matching {@code query}, or null. */
	static String text(Element root, String query) {
		Element element = root.selectFirst(query);
		if (element == null) {
			return null;
		}
		String text = element.text().strip();
		return text.isEmpty() ? null : text;
	}

	/** The texts of every element matching {@code query}, blanks left out. */
	static List<String> texts(Element root, String query) {
		return root.select(query).eachText().stream().map(String::strip).filter(text -> !text.isEmpty()).toList();
	}

	/** The clean text of the first element matching {@code query}, or null. */
	static String cleanText(Element root, String query) {
		Element element = root.selectFirst(query);
		return element == null ? null : CleanText.of(element);
	}

	/** {@code og:site_name}: the site's own name for itself. */
	static String siteName(Document page) {
		Element meta = page.selectFirst("meta[property=og:site_name]");
		String name = meta == null ? "" : meta.attr("content").strip();
		return name.isEmpty() ? null : name;
	}

}
