package dev.careers.support.statistics;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When {@link FreshTableStatistics} analyses a table of the service's schema that was never analysed.
 *
 * @param firstAnalysisRows rows written to the table before its first analysis
 * @param checkInterval how often the service looks for such tables
 */
@Validated
@ConfigurationProperties("careers.database.statistics")
public record StatisticsProperties(@Positive @DefaultValue("100") long firstAnalysisRows,
		@NotNull @DurationMin(millis = 100) @DefaultValue("5s") Duration checkInterval) {
}
