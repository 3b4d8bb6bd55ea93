package dev.careers.worker.webpage.fetching;

/** Where an IP address sits; everything but {@link #PUBLIC} is never fetched unless its host is allowed. */
enum AddressRange {

	PUBLIC, UNSPECIFIED, LOOPBACK, PRIVATE, LINK_LOCAL, CARRIER_GRADE_NAT, MULTICAST, BROADCAST, DOCUMENTATION,
	RESERVED, METADATA;

	boolean isPublic() {
		return this == PUBLIC;
	}

}
