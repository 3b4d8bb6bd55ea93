package dev.careers.gateway.ratelimit;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenants' token buckets in the gateway's PostgreSQL schema ({@code rate_limit_buckets}), so
 * that every replica takes from the same bucket: Bucket4j reads and writes a bucket's state in one
 * transaction under {@code SELECT ... FOR UPDATE}.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitBucketsConfiguration {

	@Bean
	ProxyManager<String> rateLimitBuckets(DataSource dataSource) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_buckets")
			.idColumn("bucket_key")
			.stateColumn("state")
			.build();
	}

}
