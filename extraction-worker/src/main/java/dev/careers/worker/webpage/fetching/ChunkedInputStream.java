package dev.careers.worker.webpage.fetching;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/** Decodes an HTTP/1.1 chunked body; trailers after the last chunk are ignored. */
final class ChunkedInputStream extends FilterInputStream {

	private long remainingInChunk;

	private boolean finished;

	ChunkedInputStream(InputStream in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int read = read(one, 0, 1);
		return read < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (finished) {
			return -1;
		}
		if (remainingInChunk == 0) {
			remainingInChunk = nextChunkSize();
			if (remainingInChunk == 0) {
				finished = true;
				return -1;
			}
		}
		int read = in.read(buffer, offset, (int) Math.min(length, remainingInChunk));
		if (read < 0) {
			throw new ExtractionFailure(FailureCode.FETCH_FAILED, "connection closed mid-chunk");
		}
		remainingInChunk -= read;
		if (remainingInChunk == 0) {
			ResponseHead.readLine(in); // the CRLF that ends each chunk
		}
		return read;
	}

	private long nextChunkSize() throws IOException {
		String line = ResponseHead.readLine(in);
		int extension = line.indexOf(';');
		String size = (extension < 0 ? line : line.substring(0, extension)).strip();
		try {
			long value = Long.parseLong(size, 16);
			if (value < 0) {
				throw new NumberFormatException(size);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new ExtractionFailure(FailureCode.FETCH_FAILED, "malformed response: bad chunk size", ex);
		}
	}

	@Override
	public int available() {
		return 0;
	}

}
