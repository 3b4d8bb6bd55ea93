package dev.careers.launcher;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import dev.careers.launcher.Replicas.Replica;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicasTest {

	@Test
	void oneReplicaKeepsThePlainNamesAndPorts() {
		Replicas replicas = Replicas.of(new Ports(18080, 18081, 18082, 18083, 19092, 19093, 15432), 1);

		assertThat(replicas.of(Service.GATEWAY)).containsExactly(new Replica("gateway", 18080));
		assertThat(replicas.of(Service.IMPORT_SERVICE)).containsExactly(new Replica("import-service", 18081));
		assertThat(replicas.of(Service.HISTORY_SERVICE)).containsExactly(new Replica("history-service", 18082));
	}

	@Test
	void furtherReplicasAreNumberedAndTakeTheirPortTenAboveTheOneBefore() throws IOException {
		int base = freeBase();
		Replicas replicas = Replicas.of(new Ports(base, base + 1, base + 2, base + 3, base + 4, base + 5, base + 6), 3);

		assertThat(replicas.of(Service.GATEWAY)).containsExactly(new Replica("gateway", base),
				new Replica("gateway-2", base + 10), new Replica("gateway-3", base + 20));
		assertThat(replicas.get(Service.HISTORY_SERVICE, 1)).isEqualTo(new Replica("history-service-2", base + 12));
	}

	@Test
	void aTakenReplicaPortGivesWayToAFreeOne() throws IOException {
		int base = freeBase();
		try (ServerSocket taken = new ServerSocket(base + 10)) {
			Replica second = Replicas.of(new Ports(base, base + 1, base + 2, base + 3, base + 4, base + 5, base + 6), 2)
				.get(Service.GATEWAY, 1);

			assertThat(second.name()).isEqualTo("gateway-2");
			assertThat(second.port()).isNotEqualTo(base + 10).isPositive();
		}
	}

	// a base whose replica ports are free now (another process may still take one: then the test would fail loudly)
	private static int freeBase() throws IOException {
		for (int base = 41000; base < 42000; base += 37) {
			if (Ports.isFree(base + 10) && Ports.isFree(base + 20) && Ports.isFree(base + 12)) {
				return base;
			}
		}
		throw new IOException("no free ports around 41000");
	}

}
