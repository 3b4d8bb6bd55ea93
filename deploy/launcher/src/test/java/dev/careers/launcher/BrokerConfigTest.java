package dev.careers.launcher;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerConfigTest {

	private final Map<String, String> properties = BrokerConfig.properties(19092, 19093, Path.of("/data/kafka/data"));

	@Test
	void oneNodeIsBothBrokerAndController() {
		assertThat(properties).containsEntry("process.roles", "broker,controller")
			.containsEntry("controller.quorum.voters", "1@localhost:19093")
			.containsEntry("listeners", "PLAINTEXT://localhost:19092,CONTROLLER://localhost:19093")
			.containsEntry("advertised.listeners", "PLAINTEXT://localhost:19092");
	}

	@Test
	void internalTopicsFitOneNodeAndNoTopicIsCreatedOnDemand() {
		assertThat(properties).containsEntry("offsets.topic.replication.factor", "1")
			.containsEntry("transaction.state.log.replication.factor", "1")
			.containsEntry("transaction.state.log.min.isr", "1")
			.containsEntry("auto.create.topics.enable", "false")
			.containsEntry("log.dirs", "/data/kafka/data");
	}

	@Test
	void renderedFileHasOneSettingPerLine() {
		assertThat(BrokerConfig.render(Map.of("node.id", "1"))).endsWith("node.id=1\n");
	}

}
