package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "server.tomcat.connection-timeout=1s")
class SlowUploadIT extends AbstractGatewayIT {

	@Test
	void anUploadThatStallsIsCutOffAndTheUpstreamSeesNoCompleteBody() throws Exception {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/imports/1/files HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: " + DEMO_KEY
					+ "\r\nContent-Type: application/pdf\r\nContent-Length: 1000000\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[1000]);
			out.flush();

			long stalledSince = System.nanoTime();
			// the client now sends nothing more: the gateway must give up on it and close
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			Duration cutOffAfter = Duration.ofNanos(System.nanoTime() - stalledSince);

			assertThat(answer).startsWith("HTTP/1.1 408");
			assertThat(cutOffAfter).isLessThan(Duration.ofSeconds(20));
		}
		assertThat(IMPORT_SERVICE.received()).allSatisfy(received -> assertThat(received.bodyBytes()).isLessThan(1_000_000));
	}

}
