package dev.careers.gateway.routing;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the routed services listen: {@code careers.gateway.import-service-url}
 * ({@code CAREERS_GATEWAY_IMPORT_SERVICE_URL}) and {@code careers.gateway.history-service-url}
 * ({@code CAREERS_GATEWAY_HISTORY_SERVICE_URL}).
 */
@ConfigurationProperties("careers.gateway")
@Validated
record UpstreamProperties(
		@DefaultValue("http://localhost:8081") @NotNull URI importServiceUrl,
		@DefaultValue("http://localhost:8082") @NotNull URI historyServiceUrl) {
}
