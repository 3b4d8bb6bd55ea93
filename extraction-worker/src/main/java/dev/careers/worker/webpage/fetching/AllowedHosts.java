package dev.careers.worker.webpage.fetching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.careers.worker.ExtractionFailure;

/**
 * The hosts named in {@code careers.fetch.allowed-hosts}: fetched whatever their addresses are.
 * An address entry matches every spelling of that address ({@code 127.0.0.1} also allows
 * {@code [::ffff:127.0.0.1]}); {@code *.corp.example} matches the subdomains of corp.example.
 */
final class AllowedHosts {

	private final Set<String> exact = new HashSet<>();

	private final List<String> suffixes;

	AllowedHosts(List<String> entries) {
		List<String> wildcards = new ArrayList<>();
		for (String entry : entries) {
			String trimmed = entry.strip().toLowerCase(Locale.ROOT);
			try {
				if (trimmed.startsWith("*.")) {
					wildcards.add(PostingUrl.parseHost(trimmed.substring(2)).text());
				}
				else {
					exact.add(PostingUrl.parseHost(trimmed).text());
				}
			}
			catch (ExtractionFailure ex) {
				throw new IllegalArgumentException("careers.fetch.allowed-hosts: not a host: " + entry, ex);
			}
		}
		this.suffixes = List.copyOf(wildcards);
	}

	boolean allows(PostingUrl url) {
		if (exact.contains(url.host())) {
			return true;
		}
		return url.literalAddress() == null && suffixes.stream().anyMatch(suffix -> url.host().endsWith("." + suffix));
	}

}
