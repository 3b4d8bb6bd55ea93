package dev.careers.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the wire format of every event: the JSON body against a golden file and the type id in the
 * header. A failing golden test means a wire change: additive changes update the golden file; any
 * other change needs a new type id.
 */
class EventWireFormatTest {

	static final Instant AT = Instant.parse("2026-11-29T10:15:30Z");

	static final String TENANT = "demo";

	static UUID id(int n) {
		return UUID.fromString("00000000-0000-0000-0000-%012d".formatted(n));
	}

	static Stream<CareersEvent> samples() {
		ExtractionResult resume = new ExtractionResult("careers-skills-1",
				List.of(new SkillMatch("onet:43232306-java", "Java", "hard", "Programming languages",
						"Skills: Java, SQL", 8, 12, "skills", 0.95)),
				new ContactDetails("Ada Lovelace", "ada@example.com", "+1 555 010 2030",
						List.of("https://github.com/ada")),
				null, 2, 4210, false, null, 180);
		ExtractionResult job = new ExtractionResult("careers-skills-1", List.of(), null,
				new JobPostingDetails("Backend Engineer", "Example Corp", List.of("Berlin, DE"), "FULL_TIME", true,
						"EUR 70,000 - 90,000 a year", "2026-11-01", "2026-12-31", "Build APIs.",
						"https://jobs.example.com/1", "json-ld"),
				0, 11, false, null, 95);
		ExtractionResult resumeWithMatchedText = new ExtractionResult("careers-skills-2",
				List.of(new SkillMatch("onet:43232306-structured-query-language", "SQL", "tool", "Database user interface and query software",
						"Skills: Java, SQL, Cold calling", 14, 17, "skills", 0.9, "SQL"),
						new SkillMatch("unmapped:cold calling", "cold calling", SkillMatch.UNMAPPED, null,
								"Skills: Java, SQL, Cold calling", 19, 31, "skills", 0.6, "Cold calling")),
				null, null, 1, 31, false, null, 40);
		return Stream.of(new ImportStarted(id(1), TENANT, AT, id(10), ImportType.APPLICANTS, "resumes-2026"),
				new RecordCreated(id(2), TENANT, AT, id(10), id(20), RecordKind.APPLICANT, "ada.pdf", id(30)),
				new RecordUpdated(id(3), TENANT, AT, id(10), id(20), RecordKind.APPLICANT, "ada.pdf", id(31)),
				new RecordSkipped(id(4), TENANT, AT, id(10), id(20), RecordKind.APPLICANT, "ada-copy.pdf",
						"duplicate content"),
				new RecordRejected(id(5), TENANT, AT, id(10), RecordKind.APPLICANT, "notes.pdf",
						FailureCode.NOT_A_PDF, FailureCode.NOT_A_PDF.message()),
				new ImportCompleted(id(6), TENANT, AT, id(10), 1, 1, 1, 1),
				new ImportFailed(id(7), TENANT, AT, id(10), "every record failed", 0, 0, 0, 3),
				new ExtractionRequested(id(8), TENANT, AT, id(30), 1042, id(20), TaskKind.RESUME, 1, id(10),
						"ada.pdf", "http://localhost:8081/internal/documents/" + id(40) + "/content",
						"application/pdf", null),
				new ExtractionRequested(id(17), TENANT, AT, id(34), 1043, id(20), TaskKind.RESUME, 2, id(10),
						"ada.pdf", null, "application/pdf", null,
						"demo/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
				new ExtractionStarted(id(9), TENANT, AT, id(30), id(20), TaskKind.RESUME, "worker-1", 1, 1),
				new ExtractionProgressed(id(11), TENANT, AT, id(30), id(20), TaskKind.RESUME, 1, 0, 2, 1, 0.5),
				new ExtractionCompleted(id(12), TENANT, AT, id(30), id(20), TaskKind.RESUME, 1, 1, resume),
				new ExtractionCompleted(id(13), TENANT, AT, id(32), id(21), TaskKind.JOB_DESCRIPTION, 1, 1, job),
				new ExtractionCompleted(id(15), TENANT, AT, id(33), id(22), TaskKind.RESUME, 1, 1,
						resumeWithMatchedText),
				new ExtractionFailed(id(14), TENANT, AT, id(30), id(20), TaskKind.RESUME,
						FailureCode.PASSWORD_PROTECTED, FailureCode.PASSWORD_PROTECTED.message(),
						FailureCode.PASSWORD_PROTECTED.hint(), 1),
				new PossibleDuplicateFound(id(15), TENANT, AT, id(20), id(22), DuplicateMatch.EMAIL, id(10)),
				new ApplicantsMerged(id(16), TENANT, AT, id(20), id(22), 3));
	}

	static String goldenName(CareersEvent event) {
		String name = event.getClass().getSimpleName();
		if (event instanceof ExtractionRequested requested && requested.contentKey() != null) {
			return name + "-key";
		}
		if (event instanceof ExtractionCompleted completed) {
			if (completed.kind() == TaskKind.JOB_DESCRIPTION) {
				return name + "-job";
			}
			if (completed.result().skills().stream().anyMatch(skill -> skill.matched() != null)) {
				return name + "-matched";
			}
		}
		return name;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void bodyMatchesGoldenFileAndTypeIdTravelsInHeader(CareersEvent event) throws IOException {
		RecordHeaders headers = new RecordHeaders();
		byte[] body = EventSerde.serializer().serialize("any-topic", headers, event);

		JsonNode actual = EventSerde.jsonMapper().readTree(body);
		JsonNode golden = EventSerde.jsonMapper().readTree(golden(goldenName(event)));
		assertThat(actual).isEqualTo(golden);
		assertThat(new String(headers.lastHeader(EventTypes.HEADER).value(), StandardCharsets.UTF_8))
			.isEqualTo(EventTypes.idOf(event.getClass()))
			.doesNotContain("dev.careers");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void roundTripsThroughTheWire(CareersEvent event) {
		RecordHeaders headers = new RecordHeaders();
		byte[] body = EventSerde.serializer().serialize("any-topic", headers, event);

		assertThat(EventSerde.deserializer().deserialize("any-topic", headers, body)).isEqualTo(event);
	}

	@Test
	void skillsWrittenBeforeMatchedTextWasRecordedStillRead() throws IOException {
		RecordHeaders headers = new RecordHeaders();
		headers.add(EventTypes.HEADER, EventTypes.idOf(ExtractionCompleted.class).getBytes(StandardCharsets.UTF_8));

		CareersEvent event = EventSerde.deserializer()
			.deserialize("extraction.events", headers, golden("ExtractionCompleted"));

		SkillMatch skill = ((ExtractionCompleted) event).result().skills().get(0);
		assertThat(skill.name()).isEqualTo("Java");
		assertThat(skill.matched()).isNull();
	}

	@Test
	void readersIgnoreFieldsTheyDoNotKnow() {
		RecordHeaders headers = new RecordHeaders();
		headers.add(EventTypes.HEADER, "ImportStarted.v1".getBytes(StandardCharsets.UTF_8));
		String json = """
				{"eventId":"%s","tenantId":"demo","occurredAt":"2026-11-29T10:15:30Z","importId":"%s",
				 "type":"JOBS","label":"--","addedLater":{"nested":true}}""".formatted(id(1), id(10));

		CareersEvent event = EventSerde.deserializer()
			.deserialize("import.events", headers, json.getBytes(StandardCharsets.UTF_8));

		assertThat(event).isEqualTo(new ImportStarted(id(1), "demo", AT, id(10), ImportType.JOBS, "--"));
	}

	@Test
	void everyEventClassHasOneTypeIdAndEveryTypeIdIsCoveredByAGoldenFile() {
		assertThat(EventTypes.all().values()).doesNotHaveDuplicates();
		assertThat(samples().map(CareersEvent::getClass).distinct()).containsExactlyInAnyOrderElementsOf(
				EventTypes.all().values());
	}

	@Test
	void keysAreTheAggregateIds() {
		assertThat(samples()).allSatisfy(event -> {
			String expected = (event instanceof ImportEvent importEvent) ? importEvent.importId().toString()
					: (event instanceof ExtractionRequested request) ? request.recordId().toString()
							: (event instanceof ApplicantEvent applicant) ? applicant.applicantId().toString()
									: ((ExtractionEvent) event).taskId().toString();
			assertThat(event.key()).isEqualTo(expected);
		});
	}

	private static byte[] golden(String name) throws IOException {
		try (InputStream in = EventWireFormatTest.class.getResourceAsStream("/golden/" + name + ".json")) {
			assertThat(in).as("golden file %s.json", name).isNotNull();
			return in.readAllBytes();
		}
	}

}
