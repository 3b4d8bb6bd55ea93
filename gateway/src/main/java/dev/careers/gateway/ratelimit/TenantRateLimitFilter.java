package dev.careers.gateway.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.careers.gateway.auth.AuthenticatedTenant;
import dev.careers.gateway.web.ProblemResponses;

/**
 * Answers 429 with Retry-After once a tenant exceeds its request rate. Runs after
 * authentication, so only authenticated requests spend a tenant's tokens. One bucket per tenant in
 * the database, shared by every gateway replica: the limit holds for the whole deployment, however
 * many replicas run. A bucket's key names the rate it was made for, so a changed setting starts
 * fresh buckets instead of keeping the stored ones.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class TenantRateLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(TenantRateLimitFilter.class);

	private final ProxyManager<String> buckets;

	private final RateLimitProperties properties;

	private final ProblemResponses problems;

	private final BucketConfiguration configuration;

	private final String keySuffix;

	TenantRateLimitFilter(ProxyManager<String> buckets, RateLimitProperties properties, ProblemResponses problems) {
		this.buckets = buckets;
		this.properties = properties;
		this.problems = problems;
		this.configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(properties.burst()).refillGreedy(properties.perSecond(), Duration.ofSeconds(1)))
			.build();
		this.keySuffix = ":" + properties.burst() + "/" + properties.perSecond();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !properties.enabled();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<AuthenticatedTenant> tenant = AuthenticatedTenant.of(request);
		if (tenant.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		ConsumptionProbe probe = consumeOneToken(tenant.get());
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfterSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
		log.info("Rate limit reached for tenant {}", tenant.get().id());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		problems.write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests for this tenant. Retry after " + retryAfterSeconds + " seconds."));
	}

	/**
	 * Bucket4j runs fixed statements of its own, so a failure of one is the bucket store failing, not a
	 * mistake in a query. When a connection breaks mid-transaction, Bucket4j's rollback on the evicted
	 * connection hides the original error (08006) behind one without SQLState; saying what it is lets
	 * the gateway answer 503 with Retry-After instead of a 500.
	 */
	private ConsumptionProbe consumeOneToken(AuthenticatedTenant tenant) {
		try {
			return buckets.builder().build(tenant.id() + keySuffix, () -> configuration).tryConsumeAndReturnRemaining(1);
		}
		catch (BucketExceptions.BucketExecutionException ex) {
			throw new DataAccessResourceFailureException("The rate-limit buckets in the gateway's database cannot be used", ex);
		}
	}

}
