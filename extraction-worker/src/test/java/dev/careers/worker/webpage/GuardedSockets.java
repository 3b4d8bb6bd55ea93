package dev.careers.worker.webpage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLSocketFactory;

import dev.careers.worker.webpage.fetching.PinnedConnection;

/**
 * Sockets for the fetcher under test that record every connection attempt and refuse any to a
 * non-loopback address: whatever the code under test does, no test traffic leaves this machine.
 */
final class GuardedSockets {

	final List<InetSocketAddress> attempts = new CopyOnWriteArrayList<>();

	PinnedConnection.Sockets with(SSLSocketFactory tls) {
		return new PinnedConnection.Sockets(this::createSocket, tls);
	}

	PinnedConnection.Sockets plainOnly() {
		return with((SSLSocketFactory) SSLSocketFactory.getDefault());
	}

	private Socket createSocket() {
		return new Socket(Proxy.NO_PROXY) {
			@Override
			public void connect(SocketAddress endpoint, int timeout) throws IOException {
				InetSocketAddress target = (InetSocketAddress) endpoint;
				attempts.add(target);
				InetAddress address = target.getAddress();
				if (address == null || !address.isLoopbackAddress()) {
					throw new IOException("test guard: refusing to connect to a non-loopback address " + address);
				}
				super.connect(endpoint, timeout);
			}
		};
	}

}
