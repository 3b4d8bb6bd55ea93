package dev.careers.gateway.auth;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often each replica reads the tenants table again ({@code careers.gateway.api-keys.*}): the
 * longest wait before a tenant added or a key removed there takes effect.
 */
@ConfigurationProperties("careers.gateway.api-keys")
@Validated
record ApiKeysProperties(@DefaultValue("10s") @NotNull Duration refreshInterval) {
}
