package dev.careers.worker.webpage.posting;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a page is an application shell: HTML with next to no readable text that loads a
 * JavaScript application to draw the posting (Workday and other ATS front ends, React, Angular or
 * Vue single-page apps). Only a browser would show such a posting, so it fails as
 * NEEDS_JAVASCRIPT rather than as not a job posting. A page that says nothing and loads nothing
 * (an empty page) is no shell.
 */
final class ApplicationShell {

	/** Less readable text than this is a page that has not been drawn yet. */
	static final int MAX_TEXT = 200;

	/** Hosts of ATS front ends that draw their postings in the browser. */
	private static final List<String> APPLICATION_HOSTS = List.of("myworkdayjobs.com", "myworkdaycdn.com",
			"myworkdaysite.com", "oraclecloud.com/hcmui", "successfactors.com", "successfactors.eu");

	/** The elements single-page app frameworks mount into, empty until their script runs. */
	private static final String MOUNT_POINTS = "#root, #app, #__next, #__nuxt, #___gatsby, #svelte, app-root, "
			+ "[ng-app], [ng-version], [data-reactroot], [data-server-rendered]";

	private static final Pattern NEEDS_SCRIPT_NOTICE = Pattern.compile("javascript", Pattern.CASE_INSENSITIVE);

	private ApplicationShell() {
	}

	static boolean isShell(Document page) {
		Element body = page.body();
		if (body == null || page.select("script").isEmpty()
				|| CleanText.of(body).length() >= MAX_TEXT) {
			return false;
		}
		return loadsAnApplicationHost(page) || hasEmptyMountPoint(page) || asksForJavaScript(page);
	}

	private static boolean loadsAnApplicationHost(Document page) {
		for (Element element : page.select("script, link[href], meta[content]")) {
			String reference = (element.attr("src") + " " + element.attr("href") + " " + element.attr("content") + " "
					+ element.data()).toLowerCase(Locale.ROOT);
			if (APPLICATION_HOSTS.stream().anyMatch(reference::contains)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasEmptyMountPoint(Document page) {
		return page.select(MOUNT_POINTS).stream().anyMatch(mount -> CleanText.of(mount).isEmpty());
	}

	private static boolean asksForJavaScript(Document page) {
		return page.select("noscript").stream().anyMatch(notice -> NEEDS_SCRIPT_NOTICE.matcher(notice.text()).find());
	}

}
