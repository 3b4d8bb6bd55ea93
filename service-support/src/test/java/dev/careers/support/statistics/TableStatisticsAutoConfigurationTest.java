package dev.careers.support.statistics;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.annotation.EnableScheduling;

import static org.assertj.core.api.Assertions.assertThat;

class TableStatisticsAutoConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TableStatisticsAutoConfiguration.class));

	@Test
	void aServiceWithADatabaseAndScheduledWorkGetsIt() {
		runner.withUserConfiguration(Database.class, Scheduling.class)
			.run(context -> assertThat(context).hasSingleBean(FreshTableStatistics.class));
	}

	@Test
	void aServiceWithoutScheduledWorkDoesNot() {
		// the gateway: a database for sessions and rate limits, nothing scheduled that would run the check
		runner.withUserConfiguration(Database.class)
			.run(context -> assertThat(context).doesNotHaveBean(FreshTableStatistics.class));
	}

	@Test
	void aServiceWithoutADatabaseDoesNot() {
		runner.withUserConfiguration(Scheduling.class)
			.run(context -> assertThat(context).doesNotHaveBean(FreshTableStatistics.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class Database {

		@Bean
		JdbcClient jdbcClient() {
			// never connects: the check would run only after its first interval
			return JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://localhost:1/none"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	static class Scheduling {

	}

}
