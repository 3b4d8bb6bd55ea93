package dev.careers.gateway.auth;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Browser sessions ({@code careers.gateway.session.*}): how long a sign-in lasts, the cookie that
 * carries it, and how many sessions one tenant may hold before its oldest is dropped.
 */
@ConfigurationProperties("careers.gateway.session")
@Validated
record SessionProperties(
		@DefaultValue("8h") @NotNull Duration ttl,
		@DefaultValue("CAREERS_SESSION") @NotBlank String cookieName,
		@DefaultValue("1000") @Min(1) int maxPerTenant) {
}
