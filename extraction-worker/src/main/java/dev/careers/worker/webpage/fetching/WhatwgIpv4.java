package dev.careers.worker.webpage.fetching;

import java.math.BigInteger;
import java.util.regex.Pattern;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/**
 * The IPv4 host parser of the WHATWG URL standard: what a browser connects to for a host such as
 * {@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1} or {@code 127.1}. The JDK reads some of
 * these differently (it takes {@code 0177} as decimal), so the fetcher parses them itself.
 */
final class WhatwgIpv4 {

	private static final Pattern DECIMAL = Pattern.compile("[0-9]+");

	private static final Pattern HEX_PART = Pattern.compile("0[xX][0-9a-fA-F]*");

	private static final Pattern OCTAL_PART = Pattern.compile("0[0-7]+");

	private WhatwgIpv4() {
	}

	/** The four bytes, or null when the host is a domain name; a broken numeric host is an invalid URL. */
	static byte[] parse(String host) {
		String[] parts = host.split("\\.", -1);
		String last = parts[parts.length - 1];
		if (!endsInNumber(last)) {
			return null;
		}
		if (parts.length > 4) {
			throw invalid();
		}
		long value = 0;
		for (int i = 0; i < parts.length; i++) {
			BigInteger part = number(parts[i]);
			boolean isLast = i == parts.length - 1;
			int bits = isLast ? 8 * (5 - parts.length) : 8;
			if (part.bitLength() > bits) {
				throw invalid();
			}
			value = isLast ? (value << bits) | part.longValue() : (value << 8) | part.longValue();
		}
		return new byte[] { (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value };
	}

	private static boolean endsInNumber(String last) {
		return DECIMAL.matcher(last).matches() || HEX_PART.matcher(last).matches();
	}

	private static BigInteger number(String part) {
		if (HEX_PART.matcher(part).matches()) {
			return part.length() == 2 ? BigInteger.ZERO : new BigInteger(part.substring(2), 16);
		}
		if (part.length() > 1 && part.startsWith("0")) {
			if (!OCTAL_PART.matcher(part).matches()) {
				throw invalid();
			}
			return new BigInteger(part.substring(1), 8);
		}
		if (DECIMAL.matcher(part).matches()) {
			return new BigInteger(part);
		}
		throw invalid();
	}

	private static ExtractionFailure invalid() {
		return new ExtractionFailure(FailureCode.INVALID_URL, "host looks numeric but is not an IPv4 address");
	}

}
