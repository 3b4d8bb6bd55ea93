package dev.careers.importer;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The service's HTTP API as the gateway calls it: every request carries the tenant header. */
final class ImportServiceClient {

	private final RestClient http;

	ImportServiceClient(int port) {
		// buffered, so every request carries a Content-Length as browsers send it
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.requestFactory(new BufferingClientHttpRequestFactory(new JdkClientHttpRequestFactory()))
			.build();
	}

	record NamedFile(String name, byte[] content) {
	}

	ResponseEntity<JsonNode> openImport(String tenant, String type, String label) {
		return exchange(http.post()
			.uri("/api/imports")
			.header("X-Tenant-Id", tenant)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("type", type, "label", label)));
	}

	String openApplicantImport(String tenant) {
		return openImport(tenant, "APPLICANTS", "resumes").getBody().get("id").asString();
	}

	ResponseEntity<JsonNode> upload(String tenant, String importId, List<NamedFile> files) {
		return exchange(http.post()
			.uri("/api/imports/{id}/files", importId)
			.header("X-Tenant-Id", tenant)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(multipart("files", files)));
	}

	/** A multipart request with a form field and no file: it takes an upload slot and no file tokens. */
	ResponseEntity<JsonNode> uploadNoFiles(String tenant, String importId) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("note", "no files this time");
		return exchange(http.post()
			.uri("/api/imports/{id}/files", importId)
			.header("X-Tenant-Id", tenant)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body));
	}

	ResponseEntity<JsonNode> addResume(String tenant, String applicantId, NamedFile file) {
		return exchange(http.post()
			.uri("/api/applicants/{id}/resumes", applicantId)
			.header("X-Tenant-Id", tenant)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(multipart("file", List.of(file))));
	}

	ResponseEntity<JsonNode> addUrls(String tenant, String importId, List<String> urls) {
		return exchange(http.post()
			.uri("/api/imports/{id}/urls", importId)
			.header("X-Tenant-Id", tenant)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("urls", urls)));
	}

	ResponseEntity<JsonNode> patch(String tenant, String path, Object body, Object... variables) {
		return exchange(http.patch()
			.uri(path, variables)
			.header("X-Tenant-Id", tenant)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body));
	}

	ResponseEntity<JsonNode> post(String tenant, String path, Object... variables) {
		return exchange(http.post().uri(path, variables).header("X-Tenant-Id", tenant));
	}

	ResponseEntity<JsonNode> postJson(String tenant, String path, Object body, Object... variables) {
		return exchange(http.post()
			.uri(path, variables)
			.header("X-Tenant-Id", tenant)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body));
	}

	ResponseEntity<JsonNode> complete(String tenant, String importId) {
		return exchange(http.post().uri("/api/imports/{id}/complete", importId).header("X-Tenant-Id", tenant));
	}

	ResponseEntity<JsonNode> get(String tenant, String path, Object... variables) {
		RestClient.RequestHeadersSpec<?> request = http.get().uri(path, variables);
		if (tenant != null) {
			request = request.header("X-Tenant-Id", tenant);
		}
		return exchange(request);
	}

	ResponseEntity<byte[]> bytes(String tenant, String path, Object... variables) {
		return http.get()
			.uri(path, variables)
			.header("X-Tenant-Id", tenant)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(byte[].class);
	}

	ResponseEntity<JsonNode> exchange(RestClient.RequestHeadersSpec<?> request) {
		return request.retrieve().onStatus(HttpStatusCode::isError, (req, response) -> {
		}).toEntity(JsonNode.class);
	}

	static MultiValueMap<String, Object> multipart(String field, List<NamedFile> files) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		for (NamedFile file : files) {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentDisposition(ContentDisposition.formData().name(field).filename(file.name()).build());
			headers.setContentType(MediaType.APPLICATION_PDF);
			body.add(field, new HttpEntity<>(file.content(), headers));
		}
		return body;
	}

}
