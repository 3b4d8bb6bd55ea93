package dev.careers.benchmark.gateway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayClientTest {

	@TempDir
	Path dir;

	@Test
	void multipartLengthCountsEachPartHeaderFileAndLineBreakAndTheClosingLine() throws Exception {
		Path first = Files.write(dir.resolve("a.pdf"), new byte[100]);
		Path second = Files.write(dir.resolve("b.pdf"), new byte[7]);
		String header = "--B\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n";

		long length = GatewayClient.multipartLength(List.of(first, second), "B");

		assertThat(length).isEqualTo(2L * header.length() + 100 + 7 + 2 * 2 + "--B--\r\n".length());
	}

}
