package dev.careers.benchmark.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time and peak resident memory of the stack's processes, from {@code /proc}: CPU is the
 * process and its descendants (PostgreSQL does its work in backends under the postmaster), those
 * still running and those that ended (an OCR run the worker waited for, a backend whose connection
 * closed: the kernel adds a child's CPU to its parent's when the parent reaps it), peak
 * RSS is the kernel's own high-water mark ({@code VmHWM}) of the process itself. Of a JVM's CPU,
 * the part its JIT compiler threads spent is read apart, at the edges of a window only (it lists
 * every thread): a stack still compiling is not warm.
 */
public final class ProcessSampler {

	/** USER_HZ on Linux is 100 on every architecture the JDK runs on. */
	private static final double TICKS_PER_SECOND = 100;

	public record Watched(String name, long pid) {
	}

	public record Sample(String name, long pid, double cpuSeconds, long peakRssBytes) {
	}

	private final List<Watched> processes;

	public ProcessSampler(List<Watched> processes) {
		this.processes = List.copyOf(processes);
	}

	/** One sample per process that is still alive, by name. */
	public Map<String, Sample> sample() {
		Map<String, Sample> samples = new LinkedHashMap<>();
		for (Watched process : processes) {
			OptionalLong ticks = treeCpuTicks(process.pid());
			if (ticks.isPresent()) {
				long tree = ticks.getAsLong() + ProcessHandle.of(process.pid())
					.map(handle -> handle.descendants().mapToLong(child -> treeCpuTicks(child.pid()).orElse(0)).sum())
					.orElse(0L);
				samples.put(process.name(), new Sample(process.name(), process.pid(), tree / TICKS_PER_SECOND,
						peakRss(process.pid()).orElse(0)));
			}
		}
		return samples;
	}

	/**
	 * CPU seconds of each live process's JIT compiler threads ({@code C1/C2 CompilerThread}), by name; 0 for
	 * a process that is not a JVM.
	 */
	public Map<String, Double> jitCpuSeconds() {
		Map<String, Double> seconds = new LinkedHashMap<>();
		for (Watched process : processes) {
			if (ProcessHandle.of(process.pid()).isPresent()) {
				seconds.put(process.name(), jitCpuTicks(process.pid()) / TICKS_PER_SECOND);
			}
		}
		return seconds;
	}

	/** The process's own CPU and that of the children it reaped, from {@code /proc/<pid>/stat}. */
	static OptionalLong treeCpuTicks(long pid) {
		try {
			return OptionalLong.of(parseTreeCpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
		}
		catch (IOException | RuntimeException ex) {
			return OptionalLong.empty();
		}
	}

	/**
	 * CPU of the threads HotSpot names "C1 CompilerThre…" and "C2 CompilerThre…" (a thread's name is cut at 15
	 * characters). HotSpot ends idle compiler threads beyond the first of each kind, and an ended thread's CPU
	 * leaves the sum: on a machine with more cores than this one (2: one of each) the figure is a lower bound.
	 */
	static long jitCpuTicks(long pid) {
		try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
			return threads.mapToLong(thread -> {
				try {
					String stat = Files.readString(thread.resolve("stat"));
					return isJitCompilerThread(stat) ? parseCpuTicks(stat) : 0;
				}
				catch (IOException | RuntimeException ex) {
					return 0; // the thread ended between the listing and the read
				}
			}).sum();
		}
		catch (IOException | UncheckedIOException ex) {
			return 0;
		}
	}

	static boolean isJitCompilerThread(String stat) {
		String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
		return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
	}

	/** utime + stime: fields 14 and 15, counted after the command name's closing parenthesis. */
	static long parseCpuTicks(String stat) {
		String[] fields = statFields(stat);
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/** utime + stime + cutime + cstime: fields 14 to 17, the last two the reaped children's. */
	static long parseTreeCpuTicks(String stat) {
		String[] fields = statFields(stat);
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
				+ Long.parseLong(fields[14]);
	}

	/** The fields after the command name (which may hold spaces and parentheses): [0] is field 3, the state. */
	private static String[] statFields(String stat) {
		return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
	}

	static OptionalLong peakRss(long pid) {
		try {
			return parsePeakRss(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
		}
		catch (IOException ex) {
			return OptionalLong.empty();
		}
	}

	static OptionalLong parsePeakRss(String status) {
		for (String line : status.split("\n")) {
			if (line.startsWith("VmHWM:")) {
				String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
				return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
			}
		}
		return OptionalLong.empty();
	}

}
