package dev.careers.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An upload that has sent its headers and the start of its body, then waits: the service holds the
 * request open, as it would for a slow client, until {@link #finish()}.
 */
final class StalledUpload implements AutoCloseable {

	private static final String BOUNDARY = "stalled-upload-boundary";

	private final Socket socket;

	private final byte[] rest;

	StalledUpload(int port, String tenant, String importId, String fileName, byte[] content) throws IOException {
		byte[] start = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream remainder = new ByteArrayOutputStream();
		remainder.write(content);
		remainder.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		this.rest = remainder.toByteArray();
		this.socket = new Socket("localhost", port);
		OutputStream out = socket.getOutputStream();
		out.write(("POST /api/imports/" + importId + "/files HTTP/1.1\r\nHost: localhost\r\nX-Tenant-Id: " + tenant
				+ "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: "
				+ (start.length + rest.length) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(start);
		out.flush();
	}

	/** Sends the rest of the body and answers the whole HTTP response. */
	String finish() throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(rest);
		out.flush();
		InputStream in = socket.getInputStream();
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}

}
