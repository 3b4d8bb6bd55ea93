package dev.careers.worker.webpage.fetching;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AddressClassifierTest {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({
			// IPv4
			"0.0.0.0, UNSPECIFIED", "0.1.2.3, RESERVED", "10.0.0.1, PRIVATE", "10.255.255.255, PRIVATE",
			"100.63.255.255, PUBLIC", "100.64.0.1, CARRIER_GRADE_NAT", "100.127.255.255, CARRIER_GRADE_NAT",
			"100.128.0.0, PUBLIC", "127.0.0.1, LOOPBACK", "127.255.255.254, LOOPBACK", "169.254.0.1, LINK_LOCAL",
			"169.254.169.254, METADATA", "168.63.129.16, METADATA", "100.100.100.200, METADATA",
			"192.0.0.192, METADATA", "172.15.255.255, PUBLIC", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE",
			"172.32.0.0, PUBLIC", "192.0.0.1, RESERVED", "192.0.2.1, DOCUMENTATION", "192.88.99.1, RESERVED",
			"192.168.1.1, PRIVATE", "198.18.0.1, RESERVED", "198.19.255.255, RESERVED", "198.20.0.0, PUBLIC",
			"198.51.100.7, DOCUMENTATION", "203.0.113.9, DOCUMENTATION", "224.0.0.1, MULTICAST",
			"239.255.255.250, MULTICAST", "240.0.0.1, RESERVED", "255.255.255.255, BROADCAST", "8.8.8.8, PUBLIC",
			"93.184.215.14, PUBLIC", "1.1.1.1, PUBLIC",
			// IPv6
			"::, UNSPECIFIED", "::1, LOOPBACK", "::ffff:127.0.0.1, LOOPBACK", "::ffff:7f00:1, LOOPBACK",
			"::ffff:10.0.0.1, PRIVATE", "::ffff:169.254.169.254, METADATA", "::ffff:8.8.8.8, PUBLIC",
			"::127.0.0.1, LOOPBACK", "::8.8.8.8, RESERVED", "::ffff:0:127.0.0.1, LOOPBACK",
			"::ffff:0:8.8.8.8, RESERVED", "64:ff9b::7f00:1, LOOPBACK", "64:ff9b::a9fe:a9fe, METADATA",
			"64:ff9b::808:808, PUBLIC", "64:ff9b:1::1, RESERVED", "2002:7f00:1::, LOOPBACK",
			"2002:c0a8:101::1, PRIVATE", "2002:808:808::1, PUBLIC", "2001:db8::1, DOCUMENTATION",
			"3fff::1, DOCUMENTATION", "2001::1, RESERVED", "2001:0:4136:e378:8000:63bf:3fff:fdd2, RESERVED",
			"2001:1ff::1, RESERVED", "fc00::1, PRIVATE", "fd12:3456::1, PRIVATE", "fd00:ec2::254, METADATA",
			"fe80::1, LINK_LOCAL", "febf::1, LINK_LOCAL", "fec0::1, RESERVED", "ff02::1, MULTICAST",
			"ff05::fb, MULTICAST", "100::1, RESERVED", "5f00::1, RESERVED", "4000::1, RESERVED",
			"2606:4700:4700::1111, PUBLIC", "2a00:1450:4001:81b::200e, PUBLIC", "2001:200::1, PUBLIC" })
	void classifies(String address, AddressRange expected) {
		assertThat(AddressClassifier.classify(bytes(address))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "127.0.0.1", "::ffff:127.0.0.1", "::1", "10.1.2.3", "fd00:ec2::254" })
	void classifiesTheJdksOwnAddressObjectsAlike(String literal) throws UnknownHostException {
		assertThat(AddressClassifier.classify(InetAddress.getByName(literal)))
			.isEqualTo(AddressClassifier.classify(bytes(literal)))
			.isNotEqualTo(AddressRange.PUBLIC);
	}

	/**
	 * The raw bytes of an address literal. The JDK turns {@code ::ffff:a.b.c.d} into a 4-byte
	 * address; this keeps all 16 bytes so the IPv6 rules are what is tested.
	 */
	private static byte[] bytes(String literal) {
		if (!literal.contains(":")) {
			return ipv4(literal);
		}
		List<Integer> groups = new ArrayList<>();
		String text = literal;
		byte[] embedded = null;
		int lastColon = text.lastIndexOf(':');
		if (text.indexOf('.', lastColon) > 0) {
			embedded = ipv4(text.substring(lastColon + 1));
			text = text.substring(0, lastColon + 1) + "0:0";
		}
		String[] halves = text.split("::", -1);
		List<Integer> head = hexGroups(halves[0]);
		List<Integer> tail = halves.length > 1 ? hexGroups(halves[1]) : List.of();
		groups.addAll(head);
		for (int i = head.size() + tail.size(); i < 8; i++) {
			groups.add(0);
		}
		groups.addAll(tail);
		byte[] bytes = new byte[16];
		for (int i = 0; i < 8; i++) {
			bytes[2 * i] = (byte) (groups.get(i) >> 8);
			bytes[2 * i + 1] = (byte) (int) groups.get(i);
		}
		if (embedded != null) {
			System.arraycopy(embedded, 0, bytes, 12, 4);
		}
		return bytes;
	}

	private static List<Integer> hexGroups(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(text.split(":")).map(group -> Integer.parseInt(group, 16)).toList();
	}

	private static byte[] ipv4(String literal) {
		String[] parts = literal.split("\\.");
		byte[] bytes = new byte[4];
		for (int i = 0; i < 4; i++) {
			bytes[i] = (byte) Integer.parseInt(parts[i]);
		}
		return bytes;
	}

}
