package dev.careers.worker.webpage.fetching;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * Sorts an address into public or one of the non-public ranges of the IANA special-purpose
 * registries. IPv6 is public only inside 2000::/3 (global unicast) and outside its special blocks;
 * IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4; compatible and SIIT, which are never
 * public) are judged by that IPv4 address too, so {@code ::ffff:127.0.0.1} is loopback.
 */
final class AddressClassifier {

	private static final byte[][] METADATA_ADDRESSES = {
			{ (byte) 169, (byte) 254, (byte) 169, (byte) 254 }, // AWS, GCP, Azure, OpenStack
			{ (byte) 168, 63, (byte) 129, 16 }, // Azure wire server
			{ 100, 100, 100, (byte) 200 }, // Alibaba Cloud
			{ (byte) 192, 0, 0, (byte) 192 }, // Oracle Cloud
			{ (byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54 }, // AWS IPv6
	};

	private AddressClassifier() {
	}

	static AddressRange classify(InetAddress address) {
		return classify(address.getAddress());
	}

	static AddressRange classify(byte[] address) {
		for (byte[] metadata : METADATA_ADDRESSES) {
			if (Arrays.equals(metadata, address)) {
				return AddressRange.METADATA;
			}
		}
		if (address.length == 4) {
			return classifyIpv4(address);
		}
		if (address.length == 16) {
			return classifyIpv6(address);
		}
		throw new IllegalArgumentException("an IP address has 4 or 16 bytes, not " + address.length);
	}

	private static AddressRange classifyIpv4(byte[] a) {
		int first = a[0] & 0xff;
		int second = a[1] & 0xff;
		int third = a[2] & 0xff;
		if (isZero(a, 0, 4)) {
			return AddressRange.UNSPECIFIED;
		}
		if (first == 255 && second == 255 && third == 255 && (a[3] & 0xff) == 255) {
			return AddressRange.BROADCAST;
		}
		if (first == 127) {
			return AddressRange.LOOPBACK;
		}
		if (first == 10 || (first == 172 && (second & 0xf0) == 16) || (first == 192 && second == 168)) {
			return AddressRange.PRIVATE;
		}
		if (first == 169 && second == 254) {
			return AddressRange.LINK_LOCAL;
		}
		if (first == 100 && (second & 0xc0) == 64) {
			return AddressRange.CARRIER_GRADE_NAT;
		}
		if ((first & 0xf0) == 224) {
			return AddressRange.MULTICAST;
		}
		if ((first == 192 && second == 0 && third == 2) || (first == 198 && second == 51 && third == 100)
				|| (first == 203 && second == 0 && third == 113)) {
			return AddressRange.DOCUMENTATION;
		}
		boolean thisNetwork = first == 0;
		boolean protocolAssignments = first == 192 && second == 0 && third == 0;
		boolean sixToFourRelay = first == 192 && second == 88 && third == 99;
		boolean benchmarking = first == 198 && (second & 0xfe) == 18;
		boolean future = (first & 0xf0) == 240;
		if (thisNetwork || protocolAssignments || sixToFourRelay || benchmarking || future) {
			return AddressRange.RESERVED;
		}
		return AddressRange.PUBLIC;
	}

	private static AddressRange classifyIpv6(byte[] a) {
		if (isZero(a, 0, 16)) {
			return AddressRange.UNSPECIFIED;
		}
		if (isZero(a, 0, 15) && a[15] == 1) {
			return AddressRange.LOOPBACK;
		}
		if (isZero(a, 0, 10) && a[10] == (byte) 0xff && a[11] == (byte) 0xff) {
			return classify(Arrays.copyOfRange(a, 12, 16)); // ::ffff:a.b.c.d, mapped
		}
		boolean compatible = isZero(a, 0, 12); // ::a.b.c.d, deprecated
		boolean siit = isZero(a, 0, 8) && a[8] == (byte) 0xff && a[9] == (byte) 0xff && isZero(a, 10, 12);
		if (compatible || siit) {
			// not routed on the internet: reserved, unless the IPv4 inside says more
			AddressRange embedded = classify(Arrays.copyOfRange(a, 12, 16));
			return embedded.isPublic() ? AddressRange.RESERVED : embedded;
		}
		if (startsWith(a, 0x00, 0x64, 0xff, 0x9b) && isZero(a, 4, 12)) {
			return classify(Arrays.copyOfRange(a, 12, 16)); // 64:ff9b::/96, NAT64
		}
		if (startsWith(a, 0x20, 0x02)) {
			return classify(Arrays.copyOfRange(a, 2, 6)); // 2002::/16, 6to4
		}
		if (startsWith(a, 0x20, 0x01, 0x0d, 0xb8) || (startsWith(a, 0x3f, 0xff) && (a[2] & 0xf0) == 0)) {
			return AddressRange.DOCUMENTATION; // 2001:db8::/32, 3fff::/20
		}
		int first = a[0] & 0xff;
		if (first == 0xff) {
			return AddressRange.MULTICAST;
		}
		if ((first & 0xfe) == 0xfc) {
			return AddressRange.PRIVATE; // fc00::/7, unique local
		}
		if (first == 0xfe && (a[1] & 0xc0) == 0x80) {
			return AddressRange.LINK_LOCAL; // fe80::/10
		}
		boolean globalUnicast = (first & 0xe0) == 0x20;
		boolean protocolAssignments = startsWith(a, 0x20, 0x01) && (a[2] & 0xfe) == 0; // 2001::/23, Teredo too
		if (!globalUnicast || protocolAssignments) {
			return AddressRange.RESERVED;
		}
		return AddressRange.PUBLIC;
	}

	private static boolean isZero(byte[] a, int from, int to) {
		for (int i = from; i < to; i++) {
			if (a[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWith(byte[] a, int... prefix) {
		for (int i = 0; i < prefix.length; i++) {
			if ((a[i] & 0xff) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
