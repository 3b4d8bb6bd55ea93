package dev.careers.benchmark.gateway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

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

	@Test
	void aTaskPageKeepsTheCodeOfEachFailureAndNoneForACompletedTask() {
		String answer = """
				{"items": [
				  {"id": "00000000-0000-0000-0000-000000000001", "status": "FAILED", "createdAt": "2026-12-08T00:00:00Z",
				   "finishedAt": "2026-12-08T00:00:02Z",
				   "error": {"code": "NO_TEXT_LAYER", "message": "This PDF is a scan", "hint": "Export it"}},
				  {"id": "00000000-0000-0000-0000-000000000002", "status": "COMPLETED", "createdAt": "2026-12-08T00:00:00Z",
				   "finishedAt": "2026-12-08T00:00:01Z", "error": null}],
				 "total": 2}""";

		GatewayClient.TaskPage page = GatewayClient.taskPage(JsonMapper.builder().build().readTree(answer));

		assertThat(page.total()).isEqualTo(2);
		assertThat(page.items()).containsExactly(
				new GatewayClient.TaskRow(new UUID(0, 1), "FAILED", Instant.parse("2026-12-08T00:00:00Z"),
						Instant.parse("2026-12-08T00:00:02Z"), "NO_TEXT_LAYER"),
				new GatewayClient.TaskRow(new UUID(0, 2), "COMPLETED", Instant.parse("2026-12-08T00:00:00Z"),
						Instant.parse("2026-12-08T00:00:01Z"), null));
	}

}
