package dev.careers.worker.webpage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sockets for the fetcher under test that record every connection attempt and refuse any to a
 * non-loopback address: whatever the code under test does, no test traffic leaves this machine.
 */
final class GuardedSockets extends SocketFactory {

	final List<InetSocketAddress> attempts = new CopyOnWriteArrayList<>();

	PinnedConnection.Sockets with(SSLSocketFactory tls) {
		return new PinnedConnection.Sockets(this, tls);
	}

	PinnedConnection.Sockets plainOnly() {
		return with((SSLSocketFactory) SSLSocketFactory.getDefault());
	}

	@Override
	public Socket createSocket() {
		return new Socket() {
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

	@Override
	public Socket createSocket(String host, int port) {
		throw new UnsupportedOperationException("the fetcher connects unconnected sockets itself");
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
		throw new UnsupportedOperationException("the fetcher connects unconnected sockets itself");
	}

	@Override
	public Socket createSocket(InetAddress host, int port) {
		throw new UnsupportedOperationException("the fetcher connects unconnected sockets itself");
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
		throw new UnsupportedOperationException("the fetcher connects unconnected sockets itself");
	}

}
