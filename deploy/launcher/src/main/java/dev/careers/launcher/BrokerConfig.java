package dev.careers.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code server.properties} of the local broker: one KRaft node that is broker and controller,
 * replication factors of 1, and no topic created by accident (the launcher creates them all).
 */
final class BrokerConfig {

	private BrokerConfig() {
	}

	static Map<String, String> properties(int port, int controllerPort, Path logDir) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("process.roles", "broker,controller");
		properties.put("node.id", "1");
		properties.put("controller.quorum.voters", "1@localhost:" + controllerPort);
		properties.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
		properties.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
		properties.put("controller.listener.names", "CONTROLLER");
		properties.put("inter.broker.listener.name", "PLAINTEXT");
		properties.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
		properties.put("log.dirs", logDir.toString());
		properties.put("auto.create.topics.enable", "false");
		properties.put("num.partitions", "1");
		properties.put("default.replication.factor", "1");
		properties.put("offsets.topic.replication.factor", "1");
		properties.put("transaction.state.log.replication.factor", "1");
		properties.put("transaction.state.log.min.isr", "1");
		properties.put("share.coordinator.state.topic.replication.factor", "1");
		properties.put("share.coordinator.state.topic.min.isr", "1");
		// one node, no peers to wait for: consumers join their group at once
		properties.put("group.initial.rebalance.delay.ms", "0");
		return properties;
	}

	static String render(Map<String, String> properties) {
		StringBuilder text = new StringBuilder("# written by the careers launcher at every start\n");
		properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
		return text.toString();
	}

}
