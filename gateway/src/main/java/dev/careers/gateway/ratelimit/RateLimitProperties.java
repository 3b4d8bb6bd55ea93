package dev.careers.gateway.ratelimit;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-tenant request rate at the edge ({@code careers.gateway.rate-limit.*}): a token bucket
 * holding {@code burst} requests, refilled at {@code per-second}. The defaults leave room for the
 * UI's parallel upload chunks and still stop a runaway client.
 */
@ConfigurationProperties("careers.gateway.rate-limit")
@Validated
record RateLimitProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("200") @Min(1) long burst,
		@DefaultValue("50") @Min(1) long perSecond) {
}
