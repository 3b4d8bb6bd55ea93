package dev.careers.worker.webpage;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.careers.events.FailureCode;
import dev.careers.worker.FailureAssertions;
import dev.careers.worker.webpage.fetching.FetchProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class FetchPropertiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(SettingsConfiguration.class);

	@Test
	void defaultsAllowNoHostAndCapEverything() {
		context.run(started -> {
			FetchProperties settings = started.getBean(FetchProperties.class);
			assertThat(settings.allowedHosts()).isEmpty();
			assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(settings.totalTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(settings.maxBodySize()).isEqualTo(DataSize.ofMegabytes(5));
			assertThat(settings.maxRedirects()).isEqualTo(5);
			assertThat(settings.userAgent()).contains("CareersBulkImport");
		});
	}

	@Test
	void bindsAllowedHostsFromACommaSeparatedEnvironmentValue() {
		context.withInitializer(started -> started.getEnvironment()
			.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("CAREERS_FETCH_ALLOWED_HOSTS", "localhost,127.0.0.1,*.intranet.corp"))))
			.withPropertyValues("careers.fetch.total-timeout=12s", "careers.fetch.max-body-size=1MB",
					"careers.fetch.max-redirects=3")
			.run(started -> {
				FetchProperties settings = started.getBean(FetchProperties.class);
				assertThat(settings.allowedHosts()).containsExactly("localhost", "127.0.0.1", "*.intranet.corp");
				assertThat(settings.totalTimeout()).isEqualTo(Duration.ofSeconds(12));
				assertThat(settings.maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
				assertThat(settings.maxRedirects()).isEqualTo(3);
			});
	}

	@Test
	void rejectsNonsense() {
		for (String nonsense : List.of("careers.fetch.max-redirects=-1", "careers.fetch.max-redirects=100",
				"careers.fetch.read-timeout=0s", "careers.fetch.max-body-size=0B", "careers.fetch.user-agent= ")) {
			context.withPropertyValues(nonsense)
				.run(started -> assertThat(started).as(nonsense)
					.getFailure()
					.rootCause()
					.hasMessageContaining("careers.fetch"));
		}
	}

	@Test
	void readerIsABeanOfTheseSettingsThatRefusesBadAllowListEntries() {
		context.withBean(SimpleMeterRegistry.class).withBean(JobPageReader.class).run(started -> {
			assertThat(started).hasSingleBean(JobPageReader.class);
			FailureAssertions.assertFailure(() -> started.getBean(JobPageReader.class).read("http://10.0.0.1/"),
					FailureCode.BLOCKED_ADDRESS);
		});
		context.withBean(SimpleMeterRegistry.class)
			.withBean(JobPageReader.class)
			.withPropertyValues("careers.fetch.allowed-hosts=https://jobs.example/")
			.run(started -> assertThat(started).getFailure().hasStackTraceContaining("careers.fetch.allowed-hosts: not a host"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(FetchProperties.class)
	static class SettingsConfiguration {

	}

}
