package dev.careers.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The replicas of the gateway, import-service and history-service, each with its name and port.
 * The first of each keeps the plain name and the port of {@link Ports}; replica {@code k} is named
 * {@code <module>-k} and takes the port ten above the one before ({@code gateway-2} on 8090), or a
 * free port when that one is taken. Gateway {@code k} routes to import-service {@code k} and
 * history-service {@code k}, so that a request through another gateway also reaches other replicas.
 */
record Replicas(Map<Service, List<Replica>> byService) {

	static final int PORT_STEP = 10;

	record Replica(String name, int port) {
	}

	Replicas {
		byService = Map.copyOf(byService);
	}

	static Replicas of(Ports ports, int count) {
		if (count < 1) {
			throw new IllegalArgumentException("at least one replica is needed, got " + count);
		}
		List<Integer> taken = new ArrayList<>();
		return new Replicas(Map.of(Service.GATEWAY, replicas(Service.GATEWAY, ports.gateway(), count, taken),
				Service.IMPORT_SERVICE, replicas(Service.IMPORT_SERVICE, ports.importService(), count, taken),
				Service.HISTORY_SERVICE, replicas(Service.HISTORY_SERVICE, ports.historyService(), count, taken)));
	}

	List<Replica> of(Service service) {
		return byService.get(service);
	}

	/** Replica {@code index} (from 0) of a replicated service. */
	Replica get(Service service, int index) {
		return of(service).get(index);
	}

	/** Whether a replica has this port, started or not: workers then keep off it. */
	boolean uses(int port) {
		return byService.values().stream().flatMap(List::stream).anyMatch(replica -> replica.port() == port);
	}

	private static List<Replica> replicas(Service service, int firstPort, int count, List<Integer> taken) {
		List<Replica> replicas = new ArrayList<>();
		replicas.add(new Replica(service.module(), firstPort));
		for (int k = 2; k <= count; k++) {
			int wanted = firstPort + PORT_STEP * (k - 1);
			int port = !taken.contains(wanted) && Ports.isFree(wanted) ? wanted : Ports.freePort();
			taken.add(port);
			replicas.add(new Replica(service.module() + "-" + k, port));
		}
		return List.copyOf(replicas);
	}

}
