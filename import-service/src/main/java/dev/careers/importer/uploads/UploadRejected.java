package dev.careers.importer.uploads;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A whole upload request refused: too large (413), too many at once or too fast (429), malformed (400). */
public class UploadRejected extends ErrorResponseException {

	private UploadRejected(HttpStatus status, String title, String detail, HttpHeaders headers) {
		super(status, problem(status, title, detail), null);
		getHeaders().addAll(headers);
	}

	static UploadRejected tooLarge(long maxRequestBytes) {
		return new UploadRejected(HttpStatus.CONTENT_TOO_LARGE, "Upload too large",
				"This upload is larger than " + maxRequestBytes / (1024 * 1024)
						+ " MB. Send the files in several smaller batches into the same import.",
				HttpHeaders.EMPTY);
	}

	static UploadRejected tooManyRequests(String detail, Duration retryAfter) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
		return new UploadRejected(HttpStatus.TOO_MANY_REQUESTS, "Too many uploads", detail, headers);
	}

	static UploadRejected malformed(String detail) {
		return new UploadRejected(HttpStatus.BAD_REQUEST, "Malformed upload", detail, HttpHeaders.EMPTY);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
