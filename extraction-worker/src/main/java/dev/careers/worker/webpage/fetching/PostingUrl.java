package dev.careers.worker.webpage.fetching;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/**
 * An absolute http(s) address, checked and normalised before anything is resolved or sent.
 * Numeric hosts are read as browsers read them (WHATWG URL: {@code 2130706433}, {@code 0177.0.0.1},
 * {@code 0x7f.1} all mean 127.0.0.1), so no spelling of an address slips past the address check.
 *
 * @param host lower-case ASCII host name, or the canonical text of an address literal
 * @param literalAddress the address when the host is an address literal, else null
 * @param pathAndQuery the request target, ASCII, starting with {@code /}
 */
record PostingUrl(String scheme, String host, int port, String pathAndQuery, InetAddress literalAddress) {

	private static final int MAX_LENGTH = 2048;

	private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");

	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-f:.]+");

	private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

	static PostingUrl parse(String text) {
		if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
			throw invalid("empty or longer than " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(text.strip());
		}
		catch (URISyntaxException ex) {
			throw invalid("not a URL: " + ex.getReason());
		}
		return of(uri);
	}

	/** The target of a redirect's {@code Location}, relative to this address. */
	PostingUrl resolve(String location) {
		try {
			// servers do send raw spaces in Location; browsers encode them
			return of(toUri().resolve(new URI(location.strip().replace(" ", "%20"))));
		}
		catch (URISyntaxException | IllegalArgumentException | ExtractionFailure ex) {
			throw new ExtractionFailure(FailureCode.FETCH_FAILED, "redirect to an unusable address", ex);
		}
	}

	boolean isHttps() {
		return "https".equals(scheme);
	}

	boolean isIpv6Literal() {
		return host.indexOf(':') >= 0;
	}

	/** The {@code Host} header: the host, bracketed if IPv6, with the port unless it is the scheme's default. */
	String authority() {
		String bracketed = isIpv6Literal() ? "[" + host + "]" : host;
		return port == defaultPort(scheme) ? bracketed : bracketed + ":" + port;
	}

	@Override
	public String toString() {
		return scheme + "://" + authority() + pathAndQuery;
	}

	private URI toUri() {
		return URI.create(toString());
	}

	private static PostingUrl of(URI uri) {
		if (!uri.isAbsolute() || uri.isOpaque()) {
			throw invalid("not an absolute URL");
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw invalid("scheme " + scheme + " is not http or https");
		}
		String authority = uri.getRawAuthority();
		if (authority == null || authority.isEmpty()) {
			throw invalid("no host");
		}
		if (authority.indexOf('@') >= 0) {
			throw invalid("credentials in the URL are never sent");
		}
		String hostPart;
		String portPart;
		if (authority.startsWith("[")) {
			int close = authority.indexOf(']');
			if (close < 0) {
				throw invalid("unclosed IPv6 literal");
			}
			hostPart = authority.substring(0, close + 1);
			String rest = authority.substring(close + 1);
			if (!rest.isEmpty() && !rest.startsWith(":")) {
				throw invalid("bad authority");
			}
			portPart = rest.isEmpty() ? "" : rest.substring(1);
		}
		else {
			int colon = authority.lastIndexOf(':');
			hostPart = colon < 0 ? authority : authority.substring(0, colon);
			portPart = colon < 0 ? "" : authority.substring(colon + 1);
		}
		int port = parsePort(portPart, scheme);
		ParsedHost host = parseHost(hostPart);
		return new PostingUrl(scheme, host.text(), port, requestTarget(uri), host.address());
	}

	/** A host as written in a URL or in the allow-list: a name, or an address literal in any spelling. */
	static ParsedHost parseHost(String written) {
		String host = written.toLowerCase(Locale.ROOT);
		if (host.startsWith("[") && host.endsWith("]")) {
			return ipv6(host.substring(1, host.length() - 1));
		}
		if (host.indexOf(':') >= 0) {
			return ipv6(host);
		}
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		if (host.indexOf('%') >= 0) {
			throw invalid("percent-encoded host");
		}
		try {
			host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("host is not a valid domain name");
		}
		if (!HOST_NAME.matcher(host).matches()) {
			throw invalid("host is not a valid domain name");
		}
		byte[] ipv4 = WhatwgIpv4.parse(host);
		if (ipv4 != null) {
			InetAddress address = byAddress(ipv4);
			return new ParsedHost(address.getHostAddress(), address);
		}
		return new ParsedHost(host, null);
	}

	private static ParsedHost ipv6(String literal) {
		if (literal.isEmpty() || !IPV6_LITERAL.matcher(literal).matches()) {
			throw invalid("bad IPv6 literal (zone ids are not accepted)");
		}
		try {
			// a literal: no name lookup happens
			InetAddress address = InetAddress.getByName("[" + literal + "]");
			return new ParsedHost(address.getHostAddress(), address);
		}
		catch (UnknownHostException ex) {
			throw invalid("bad IPv6 literal");
		}
	}

	private static InetAddress byAddress(byte[] address) {
		try {
			return InetAddress.getByAddress(address);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("4 bytes are always an address", ex);
		}
	}

	private static int parsePort(String text, String scheme) {
		if (text.isEmpty()) {
			return defaultPort(scheme);
		}
		if (!PORT.matcher(text).matches()) {
			throw invalid("bad port");
		}
		int port = Integer.parseInt(text);
		if (port < 1 || port > 65535) {
			throw invalid("port out of range");
		}
		return port;
	}

	private static String requestTarget(URI uri) {
		// toASCIIString percent-encodes any non-ASCII character a pasted URL may hold
		URI ascii = URI.create(uri.toASCIIString());
		String path = ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath();
		return ascii.getRawQuery() == null ? path : path + "?" + ascii.getRawQuery();
	}

	private static int defaultPort(String scheme) {
		return "https".equals(scheme) ? 443 : 80;
	}

	private static ExtractionFailure invalid(String detail) {
		return new ExtractionFailure(FailureCode.INVALID_URL, detail);
	}

	/** @param address the address when the host is a literal, else null */
	record ParsedHost(String text, InetAddress address) {
	}

}
