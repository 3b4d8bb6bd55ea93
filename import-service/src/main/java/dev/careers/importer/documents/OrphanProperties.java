package dev.careers.importer.documents;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The orphan sweep of the document store. An upload writes its object before its row commits; the
 * grace period must outlast the longest upload request, so that no object is taken from an upload
 * still in flight.
 *
 * @param gracePeriod an object no row names is removed once it is this old
 * @param sweepInterval how often the store is swept
 */
@Validated
@ConfigurationProperties("careers.documents.orphans")
record OrphanProperties(@NotNull @DurationMin(seconds = 1) @DefaultValue("1h") Duration gracePeriod,
		@NotNull @DurationMin(millis = 100) @DefaultValue("10m") Duration sweepInterval) {
}
