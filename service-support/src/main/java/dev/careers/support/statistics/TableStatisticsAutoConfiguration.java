package dev.careers.support.statistics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.TaskManagementConfigUtils;

/** {@link FreshTableStatistics} for a service that has a database and runs scheduled work. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnBean(value = JdbcClient.class, name = TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME)
@EnableConfigurationProperties(StatisticsProperties.class)
public class TableStatisticsAutoConfiguration {

	@Bean
	FreshTableStatistics freshTableStatistics(JdbcClient jdbc, StatisticsProperties properties) {
		return new FreshTableStatistics(jdbc, properties.firstAnalysisRows());
	}

}
