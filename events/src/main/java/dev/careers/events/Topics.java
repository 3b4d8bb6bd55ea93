package dev.careers.events;

/** Topic names: named for the stream, not the class. Dead letters go to {@code <topic>-dlt}. */
public final class Topics {

	public static final String IMPORT_EVENTS = "import.events";

	public static final String EXTRACTION_REQUESTS = "extraction.requests";

	/**
	 * The bulk lane of extraction requests: the same {@code ExtractionRequested}, for a tenant's files beyond its
	 * interactive share; workers take it only while {@link #EXTRACTION_REQUESTS} leaves them idle.
	 */
	public static final String EXTRACTION_REQUESTS_BULK = "extraction.requests.bulk";

	public static final String EXTRACTION_EVENTS = "extraction.events";

	public static final String APPLICANT_EVENTS = "applicant.events";

	public static final String DEAD_LETTER_SUFFIX = "-dlt";

	private Topics() {
	}

	public static String deadLetter(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
