package dev.careers.events;

import java.util.HashMap;
import java.util.Map;

import org.springframework.kafka.support.mapping.DefaultJacksonJavaTypeMapper;
import org.springframework.kafka.support.mapping.JacksonJavaTypeMapper.TypePrecedence;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one JSON wire format of every topic: spring-kafka's Jackson serde, with the logical type id
 * in the {@link EventTypes#HEADER} header. Readers are tolerant: unknown fields are ignored, so
 * producers may add fields without breaking anyone.
 */
public final class EventSerde {

	private EventSerde() {
	}

	public static JsonMapper jsonMapper() {
		return JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
	}

	public static JacksonJsonSerializer<CareersEvent> serializer() {
		JacksonJsonSerializer<CareersEvent> serializer = new JacksonJsonSerializer<>(jsonMapper());
		serializer.setTypeMapper(typeMapper());
		return serializer;
	}

	public static JacksonJsonDeserializer<CareersEvent> deserializer() {
		JacksonJsonDeserializer<CareersEvent> deserializer = new JacksonJsonDeserializer<>(CareersEvent.class,
				jsonMapper(), true);
		deserializer.setTypeMapper(typeMapper());
		return deserializer;
	}

	private static DefaultJacksonJavaTypeMapper typeMapper() {
		DefaultJacksonJavaTypeMapper mapper = new DefaultJacksonJavaTypeMapper();
		mapper.setIdClassMapping(new HashMap<>(Map.copyOf(EventTypes.all())));
		mapper.setTypePrecedence(TypePrecedence.TYPE_ID);
		mapper.addTrustedPackages(CareersEvent.class.getPackageName());
		return mapper;
	}

}
