package dev.careers.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * The TCP ports of the local system. The first worker takes {@link #worker()}; further workers
 * take free ports.
 */
public record Ports(int gateway, int importService, int historyService, int worker, int kafka, int kafkaController,
		int postgres) {

	public static Ports defaults() {
		return new Ports(8080, 8081, 8082, 8083, 9092, 9093, 54329);
	}

	/** Free ephemeral ports, so a second stack (a test, say) does not clash with a running one. */
	public static Ports free() {
		List<ServerSocket> held = new ArrayList<>();
		try {
			for (int i = 0; i < 7; i++) {
				held.add(new ServerSocket(0));
			}
			return new Ports(held.get(0).getLocalPort(), held.get(1).getLocalPort(), held.get(2).getLocalPort(),
					held.get(3).getLocalPort(), held.get(4).getLocalPort(), held.get(5).getLocalPort(),
					held.get(6).getLocalPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free ports", ex);
		}
		finally {
			held.forEach(Ports::closeQuietly);
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port", ex);
		}
	}

	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void closeQuietly(ServerSocket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// a socket we only held to reserve its number: nothing to release beyond it
		}
	}

}
