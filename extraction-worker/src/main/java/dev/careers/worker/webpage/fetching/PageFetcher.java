package dev.careers.worker.webpage.fetching;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/**
 * Fetches an untrusted address the safe way: http(s) only; every address of the host and of each
 * redirect hop must be public unless the host is allowed; the connection goes to the address that
 * was checked; redirects, time and size are capped; HTML or plain text only; no cookies and no
 * credentials are ever sent.
 */
public final class PageFetcher {

	private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

	private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.8";

	private final FetchProperties settings;

	private final AllowedHosts allowedHosts;

	private final HostResolver resolver;

	private final PinnedConnection.Sockets sockets;

	/** Lookups that outlive their timeout end on their own; idle threads go after a minute. */
	private final ExecutorService lookups = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "job-page-lookup");
		thread.setDaemon(true);
		return thread;
	});

	public PageFetcher(FetchProperties settings, HostResolver resolver, PinnedConnection.Sockets sockets) {
		this.settings = settings;
		this.allowedHosts = new AllowedHosts(settings.allowedHosts());
		this.resolver = resolver;
		this.sockets = sockets;
	}

	public FetchedPage fetch(String address) {
		Deadline deadline = Deadline.after(settings.totalTimeout());
		PostingUrl url = PostingUrl.parse(address);
		for (int redirects = 0;; redirects++) {
			List<InetAddress> addresses = checkedAddresses(url, deadline);
			try (PinnedConnection connection = PinnedConnection.open(url, addresses, sockets,
					settings.connectTimeout(), settings.readTimeout(), deadline)) {
				sendRequest(connection.out(), url);
				ResponseHead head = ResponseHead.read(connection.in());
				if (head.isRedirect()) {
					if (redirects == settings.maxRedirects()) {
						throw failed("too many redirects: more than " + settings.maxRedirects());
					}
					url = url.resolve(location(head));
					continue;
				}
				return page(url, head, connection);
			}
			catch (SocketTimeoutException ex) {
				throw new ExtractionFailure(FailureCode.TIMEOUT,
						deadline.hasPassed() ? "total time cap reached" : "no answer within the read timeout", ex);
			}
			catch (ConnectException ex) {
				throw failed("connection refused", ex);
			}
			catch (SSLException ex) {
				throw failed("TLS handshake or certificate check failed", ex);
			}
			catch (IOException ex) {
				throw failed("connection failed: " + ex.getClass().getSimpleName(), ex);
			}
		}
	}

	private FetchedPage page(PostingUrl url, ResponseHead head, PinnedConnection connection) throws IOException {
		checkStatus(head.status());
		String contentType = head.header("content-type");
		String mediaType = mediaType(contentType);
		if (!PAGE_TYPES.contains(mediaType)) {
			throw new ExtractionFailure(FailureCode.UNSUPPORTED_CONTENT, "served " + mediaType);
		}
		byte[] body = ResponseBody.read(head, connection.in(), settings.maxBodySize().toBytes());
		if (isPdf(body)) {
			throw new ExtractionFailure(FailureCode.UNSUPPORTED_CONTENT, "a PDF served as " + mediaType);
		}
		return new FetchedPage(url.toString(), mediaType, charset(contentType), body);
	}

	/** Every address of the host, each checked: one non-public address blocks the host. */
	private List<InetAddress> checkedAddresses(PostingUrl url, Deadline deadline) {
		List<InetAddress> addresses = url.literalAddress() != null ? List.of(url.literalAddress())
				: resolve(url.host(), deadline);
		if (addresses.isEmpty()) {
			throw failed("host has no address");
		}
		if (!allowedHosts.allows(url)) {
			for (InetAddress address : addresses) {
				AddressRange range = AddressClassifier.classify(address);
				if (!range.isPublic()) {
					throw new ExtractionFailure(FailureCode.BLOCKED_ADDRESS,
							url.host() + " resolves to a " + range + " address");
				}
			}
		}
		return addresses;
	}

	/** Looks the name up within the connect timeout: the JDK's own lookup cannot be given one. */
	private List<InetAddress> resolve(String host, Deadline deadline) {
		Future<List<InetAddress>> lookup = lookups.submit(() -> resolver.resolve(host));
		try {
			return lookup.get(deadline.remainingMillis(settings.connectTimeout()), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			lookup.cancel(true);
			throw new ExtractionFailure(FailureCode.TIMEOUT, "name lookup took too long", ex);
		}
		catch (ExecutionException ex) {
			throw failed(ex.getCause() instanceof UnknownHostException ? "host not found" : "name lookup failed",
					ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failed("interrupted during name lookup", ex);
		}
	}

	private void sendRequest(OutputStream out, PostingUrl url) throws IOException {
		// deliberately no Cookie, Authorization or Proxy-Authorization header: nothing identifies us
		String request = "GET " + url.pathAndQuery() + " HTTP/1.1\r\n" + "Host: " + url.authority() + "\r\n"
				+ "User-Agent: " + settings.userAgent() + "\r\n" + "Accept: " + ACCEPT + "\r\n"
				+ "Accept-Encoding: gzip\r\n" + "Connection: close\r\n\r\n";
		out.write(request.getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private static String location(ResponseHead head) {
		String location = head.header("location");
		if (location == null || location.isBlank()) {
			throw failed("redirect without a Location");
		}
		return location;
	}

	private static void checkStatus(int status) {
		if (status == 404 || status == 410) {
			throw failed("page not found (HTTP " + status + ")");
		}
		if (status < 200 || status > 299) {
			throw failed("HTTP " + status);
		}
	}

	private static String mediaType(String contentType) {
		if (contentType == null) {
			return "none";
		}
		int semicolon = contentType.indexOf(';');
		return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
	}

	private static Charset charset(String contentType) {
		if (contentType == null) {
			return null;
		}
		for (String parameter : contentType.split(";")) {
			String[] pair = parameter.strip().split("=", 2);
			if (pair.length == 2 && pair[0].equalsIgnoreCase("charset")) {
				try {
					return Charset.forName(pair[1].replace("\"", "").strip());
				}
				catch (IllegalArgumentException ex) {
					return null; // an unknown charset: let the parser detect one
				}
			}
		}
		return null;
	}

	private static boolean isPdf(byte[] body) {
		return body.length >= 5 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F'
				&& body[4] == '-';
	}

	private static ExtractionFailure failed(String detail) {
		return new ExtractionFailure(FailureCode.FETCH_FAILED, detail);
	}

	private static ExtractionFailure failed(String detail, Throwable cause) {
		return new ExtractionFailure(FailureCode.FETCH_FAILED, detail, cause);
	}

}
