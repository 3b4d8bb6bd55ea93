package dev.careers.importer.tasks;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Fair share between tenants (ADR 22): a tenant's extraction requests go to {@code extraction.requests}
 * while it has fewer open (queued or running) tasks than its interactive share, and to
 * {@code extraction.requests.bulk}, which workers take only when they have no interactive work, beyond it.
 *
 * @param interactiveShare open tasks a tenant may have on the interactive lane
 */
@Validated
@ConfigurationProperties("careers.tasks.lanes")
record LaneProperties(@DefaultValue("20") @Min(1) int interactiveShare) {
}
