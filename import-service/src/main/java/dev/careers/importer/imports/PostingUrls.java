package dev.careers.importer.imports;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.careers.events.FailureCode;

/**
 * The checks a posting URL passes before a job is made of it: an absolute http(s) address with a
 * host, no user info, of bounded length. A host written as a literal loopback, private or other
 * non-public IP address is refused here already, unless the fetch allow-list names it; names are
 * resolved and checked by the worker when it fetches (and at every redirect), never here.
 */
final class PostingUrls {

	static final int MAX_LENGTH = 2048;

	private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private PostingUrls() {
	}

	/** @param url the address as the job keeps it (trimmed, without a fragment) */
	record Checked(String url, Optional<FailureCode> rejection) {

		static Checked valid(String url) {
			return new Checked(url, Optional.empty());
		}

		static Checked rejected(String url, FailureCode code) {
			return new Checked(url, Optional.of(code));
		}

	}

	static Checked check(String raw, PostingFetchProperties fetch) {
		String url = raw == null ? "" : raw.strip();
		if (url.isEmpty() || url.length() > MAX_LENGTH) {
			return Checked.rejected(url, FailureCode.INVALID_URL);
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Checked.rejected(url, FailureCode.INVALID_URL);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.isOpaque() || uri.getHost() == null
				|| uri.getRawUserInfo() != null) {
			return Checked.rejected(url, FailureCode.INVALID_URL);
		}
		// a fragment is the browser's business: the same posting with another anchor is the same job
		String withoutFragment = uri.getRawFragment() == null ? url : url.substring(0, url.indexOf('#'));
		return isNonPublicLiteral(uri.getHost()) && !fetch.allows(uri.getHost())
				? Checked.rejected(withoutFragment, FailureCode.BLOCKED_ADDRESS)
				: Checked.valid(withoutFragment);
	}

	/** Only literal addresses: {@link InetAddress#getByName} parses those without any lookup. */
	private static boolean isNonPublicLiteral(String host) {
		if (!(host.startsWith("[") || IPV4_LITERAL.matcher(host).matches())) {
			return false;
		}
		InetAddress address;
		try {
			address = InetAddress.getByName(host);
		}
		catch (UnknownHostException ex) {
			return false;
		}
		byte[] bytes = address.getAddress();
		boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
		return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress() || carrierGradeNat || uniqueLocalV6;
	}

}
