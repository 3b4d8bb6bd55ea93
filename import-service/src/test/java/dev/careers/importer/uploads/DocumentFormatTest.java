package dev.careers.importer.uploads;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingUploadsTest {

	@Test
	void thePdfSignatureIsRecognisedAtTheStartOrWithinTheFirstKibibyte() {
		assertThat(isPdf("%PDF-1.7\n...")).isTrue();
		assertThat(isPdf("\r\n  junk before %PDF-1.4")).isTrue();
	}

	@Test
	void contentWithoutTheSignatureIsNotAPdfWhateverItsName() {
		assertThat(isPdf("<html>%PDF</html>")).isFalse();
		assertThat(isPdf("PK\u0003\u0004 a zip file")).isFalse();
		assertThat(isPdf("%PD")).isFalse();
	}

	@Test
	void aSignaturePastTheHeaderWindowDoesNotCount() {
		byte[] header = new byte[1024];
		Arrays.fill(header, (byte) ' ');
		byte[] signature = "%PDF-".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(signature, 0, header, 1020, 4);

		assertThat(StreamingUploads.isPdf(header, header.length)).isFalse();
	}

	private static boolean isPdf(String start) {
		byte[] bytes = start.getBytes(StandardCharsets.ISO_8859_1);
		return StreamingUploads.isPdf(bytes, bytes.length);
	}

}
