package dev.careers.worker.webpage.fetching;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Looks up every address of a host name; a seam so tests can play DNS without a DNS server. */
@FunctionalInterface
public interface HostResolver {

	HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

	List<InetAddress> resolve(String host) throws UnknownHostException;

}
