package dev.careers.worker.webpage.fetching;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/**
 * Reads a response body while it streams in and stops at the size cap: a page over the cap fails
 * as too large without being read to its end. The cap counts decoded bytes, so a gzip bomb stops
 * there too.
 */
final class ResponseBody {

	private ResponseBody() {
	}

	static byte[] read(ResponseHead head, InputStream in, long cap) throws IOException {
		// with chunked framing a Content-Length means nothing (RFC 9112 6.3)
		OptionalLong declared = head.isChunked() ? OptionalLong.empty() : head.contentLength();
		if (declared.isPresent() && declared.getAsLong() > cap && !isEncoded(head)) {
			throw tooLarge("declared " + declared.getAsLong() + " bytes");
		}
		InputStream framed = head.isChunked() ? new ChunkedInputStream(in)
				: declared.isPresent() ? new LengthLimitedInputStream(in, declared.getAsLong()) : in;
		return readCapped(decode(head, framed), cap);
	}

	private static boolean isEncoded(ResponseHead head) {
		String encoding = head.header("content-encoding");
		return encoding != null && !encoding.equalsIgnoreCase("identity");
	}

	private static InputStream decode(ResponseHead head, InputStream framed) throws IOException {
		String encoding = head.header("content-encoding");
		if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
			return framed;
		}
		switch (encoding.strip().toLowerCase(Locale.ROOT)) {
			case "gzip", "x-gzip":
				return new GZIPInputStream(framed);
			case "deflate":
				return new InflaterInputStream(framed);
			default:
				throw new ExtractionFailure(FailureCode.FETCH_FAILED, "unsupported content encoding " + encoding);
		}
	}

	private static byte[] readCapped(InputStream in, long cap) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] buffer = new byte[16 * 1024];
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			if (body.size() + (long) read > cap) {
				throw tooLarge("more than " + cap + " bytes");
			}
			body.write(buffer, 0, read);
		}
		return body.toByteArray();
	}

	private static ExtractionFailure tooLarge(String detail) {
		return new ExtractionFailure(FailureCode.TOO_LARGE, "page body " + detail);
	}

	/** Ends a body after its declared Content-Length. */
	private static final class LengthLimitedInputStream extends FilterInputStream {

		private long remaining;

		LengthLimitedInputStream(InputStream in, long length) {
			super(in);
			this.remaining = length;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (remaining <= 0) {
				return -1;
			}
			int read = in.read(buffer, offset, (int) Math.min(length, remaining));
			if (read < 0) {
				throw new ExtractionFailure(FailureCode.FETCH_FAILED, "connection closed before the body ended");
			}
			remaining -= read;
			return read;
		}

	}

}
