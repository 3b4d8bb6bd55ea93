package dev.careers.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for the Java children: the same JDK as the launcher, lean flags, the watchdog agent. */
final class JavaCommand {

	private final String java;

	private final String watchdogOption;

	JavaCommand(String java, String watchdogOption) {
		this.java = java;
		this.watchdogOption = watchdogOption;
	}

	static JavaCommand of(WatchdogAgent watchdog) {
		return new JavaCommand(Path.of(System.getProperty("java.home"), "bin", "java").toString(), watchdog.jvmOption());
	}

	/** {@code java -jar} for a service's Spring Boot jar. */
	List<String> jar(Path jar, String heap, List<String> jvmOptions) {
		return jar(jar, heap, jvmOptions, List.of());
	}

	List<String> jar(Path jar, String heap, List<String> jvmOptions, List<String> arguments) {
		List<String> command = jvm(heap, jvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(arguments);
		return command;
	}

	List<String> mainClass(String classpath, String heap, List<String> jvmOptions, String mainClass,
			List<String> arguments) {
		List<String> command = jvm(heap, jvmOptions);
		command.add("-cp");
		command.add(classpath);
		command.add(mainClass);
		command.addAll(arguments);
		return command;
	}

	private List<String> jvm(String heap, List<String> options) {
		List<String> command = new ArrayList<>();
		command.add(java);
		command.add("-Xmx" + heap);
		// two cores, small heaps: the serial collector costs the least CPU and memory here
		command.add("-XX:+UseSerialGC");
		command.add("-XX:+ExitOnOutOfMemoryError");
		command.add("-Dfile.encoding=UTF-8");
		command.add(watchdogOption);
		command.addAll(options);
		return command;
	}

}
