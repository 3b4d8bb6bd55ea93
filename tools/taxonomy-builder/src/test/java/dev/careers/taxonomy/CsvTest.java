package dev.careers.taxonomy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

	@Test
	void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
		String csv = "uri,label,alt\r\nu1,\"Java, the language\",\"a\nb\"\r\nu2,\"say \"\"hi\"\"\",\r\n";
		List<List<String>> records = Csv.parse(new StringReader(csv));
		assertThat(records).containsExactly(List.of("uri", "label", "alt"), List.of("u1", "Java, the language", "a\nb"),
				List.of("u2", "say \"hi\"", ""));
	}

}
