package dev.careers.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registry of stable logical type ids that travel in the {@value #HEADER} header. An id never
 * names a Java class, so classes can move; a breaking change to an event is a new id (say
 * {@code RecordCreated.v2}), published beside the old one until no consumer needs it.
 */
public final class EventTypes {

	/** Header that carries the type id: spring-kafka's own, so its deserializers read it as is. */
	public static final String HEADER = "__TypeId__";

	private static final Map<String, Class<? extends CareersEvent>> BY_ID = registry();

	private EventTypes() {
	}

	private static Map<String, Class<? extends CareersEvent>> registry() {
		Map<String, Class<? extends CareersEvent>> ids = new LinkedHashMap<>();
		ids.put("ImportStarted.v1", ImportStarted.class);
		ids.put("RecordCreated.v1", RecordCreated.class);
		ids.put("RecordUpdated.v1", RecordUpdated.class);
		ids.put("RecordSkipped.v1", RecordSkipped.class);
		ids.put("RecordRejected.v1", RecordRejected.class);
		ids.put("ImportCompleted.v1", ImportCompleted.class);
		ids.put("ImportFailed.v1", ImportFailed.class);
		ids.put("ExtractionRequested.v1", ExtractionRequested.class);
		ids.put("ExtractionStarted.v1", ExtractionStarted.class);
		ids.put("ExtractionProgressed.v1", ExtractionProgressed.class);
		ids.put("ExtractionCompleted.v1", ExtractionCompleted.class);
		ids.put("ExtractionFailed.v1", ExtractionFailed.class);
		ids.put("PossibleDuplicateFound.v1", PossibleDuplicateFound.class);
		ids.put("ApplicantsMerged.v1", ApplicantsMerged.class);
		return Map.copyOf(ids);
	}

	/** All ids and their classes. */
	public static Map<String, Class<? extends CareersEvent>> all() {
		return BY_ID;
	}

	public static String idOf(Class<? extends CareersEvent> type) {
		return BY_ID.entrySet()
			.stream()
			.filter(entry -> entry.getValue().equals(type))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No type id registered for " + type.getName()));
	}

	public static Optional<Class<? extends CareersEvent>> classOf(String typeId) {
		return Optional.ofNullable(BY_ID.get(typeId));
	}

	/** The mapping in spring-kafka's {@code spring.json.type.mapping} form: {@code id:class,...}. */
	public static String springTypeMappings() {
		return BY_ID.entrySet()
			.stream()
			.map(entry -> entry.getKey() + ":" + entry.getValue().getName())
			.collect(Collectors.joining(","));
	}

}
