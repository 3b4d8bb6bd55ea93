package dev.careers.worker.webpage.fetching;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One connection to an address that has already been checked: the socket goes to that address
 * itself, never to a name looked up again, so DNS cannot answer differently in between. For https
 * the TLS layer still presents the host name (SNI) and verifies the certificate against it.
 */
public final class PinnedConnection implements Closeable {

	private final Socket socket;

	private final InputStream in;

	private PinnedConnection(Socket socket, Duration readTimeout, Deadline deadline) throws IOException {
		this.socket = socket;
		this.in = new BufferedInputStream(new DeadlineInputStream(socket, readTimeout, deadline));
	}

	/** Connects to the first of {@code addresses} that answers. */
	static PinnedConnection open(PostingUrl url, List<InetAddress> addresses, Sockets sockets, Duration connectTimeout,
			Duration readTimeout, Deadline deadline) throws IOException {
		IOException last = new ConnectException("no address");
		for (InetAddress address : addresses) {
			Socket socket = sockets.plain().get();
			boolean connected = false;
			try {
				socket.connect(new InetSocketAddress(address, url.port()), deadline.remainingMillis(connectTimeout));
				Socket open = url.isHttps() ? startTls(socket, url, sockets.tls(), readTimeout, deadline) : socket;
				PinnedConnection connection = new PinnedConnection(open, readTimeout, deadline);
				connected = true;
				return connection;
			}
			catch (SocketTimeoutException ex) {
				throw ex; // the time is spent: no other address gets a turn
			}
			catch (IOException ex) {
				last = ex;
			}
			finally {
				if (!connected) {
					socket.close();
				}
			}
		}
		throw last;
	}

	private static Socket startTls(Socket socket, PostingUrl url, SSLSocketFactory tls, Duration readTimeout,
			Deadline deadline) throws IOException {
		SSLSocket tlsSocket = (SSLSocket) tls.createSocket(socket, url.host(), url.port(), true);
		SSLParameters parameters = tlsSocket.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		if (url.literalAddress() == null && isValidSniName(url.host())) {
			parameters.setServerNames(List.of(new SNIHostName(url.host())));
		}
		tlsSocket.setSSLParameters(parameters);
		tlsSocket.setSoTimeout(deadline.remainingMillis(readTimeout));
		tlsSocket.startHandshake();
		return tlsSocket;
	}

	/** Some names DNS accepts ({@code a_b.example}) are no valid SNI name: they go without, and are still verified. */
	private static boolean isValidSniName(String host) {
		try {
			new SNIHostName(host);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	OutputStream out() throws IOException {
		return socket.getOutputStream();
	}

	InputStream in() {
		return in;
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}

	/**
	 * Where sockets come from: unconnected direct sockets (never through a system-wide SOCKS proxy)
	 * and the JDK's TLS in production, guarded ones in tests.
	 */
	public record Sockets(Supplier<Socket> plain, SSLSocketFactory tls) {

		public static Sockets system() {
			return new Sockets(() -> new Socket(Proxy.NO_PROXY), (SSLSocketFactory) SSLSocketFactory.getDefault());
		}

	}

	/** Waits for each read at most the read timeout, and never past the total deadline. */
	private static final class DeadlineInputStream extends FilterInputStream {

		private final Socket socket;

		private final Duration readTimeout;

		private final Deadline deadline;

		DeadlineInputStream(Socket socket, Duration readTimeout, Deadline deadline) throws IOException {
			super(socket.getInputStream());
			this.socket = socket;
			this.readTimeout = readTimeout;
			this.deadline = deadline;
		}

		@Override
		public int read() throws IOException {
			socket.setSoTimeout(deadline.remainingMillis(readTimeout));
			return super.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			socket.setSoTimeout(deadline.remainingMillis(readTimeout));
			return super.read(buffer, offset, length);
		}

	}

}
