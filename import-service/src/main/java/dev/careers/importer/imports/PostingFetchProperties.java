package dev.careers.importer.imports;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The worker's fetch allow-list, read here too: a host the operator allowed (tests, intranets) is not
 * refused at upload for being a literal non-public address, as the worker would not refuse it either.
 *
 * @param allowedHosts host names or literal addresses exempt from the non-public-address check
 */
@ConfigurationProperties("careers.fetch")
record PostingFetchProperties(List<String> allowedHosts) {

	PostingFetchProperties {
		allowedHosts = allowedHosts == null ? List.of()
				: allowedHosts.stream().map(String::strip).map(host -> host.toLowerCase(Locale.ROOT)).toList();
	}

	boolean allows(String host) {
		String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		return allowedHosts.contains(host.toLowerCase(Locale.ROOT)) || allowedHosts.contains(bare.toLowerCase(Locale.ROOT));
	}

}
