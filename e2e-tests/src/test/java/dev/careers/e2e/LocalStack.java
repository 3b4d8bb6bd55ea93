package dev.careers.e2e;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import dev.careers.launcher.LocalSystem;
import dev.careers.launcher.Ports;
import dev.careers.launcher.ProcessInfo;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole system as the end-to-end tests run it: free ports, a data directory of its own, and lean
 * service JVMs. Register it with
 * {@code @RegisterExtension static final LocalStack stack = LocalStack.withTenants("demo=key");}.
 * <p>
 * Classes that register equal configurations share one running stack: each keeps to its own
 * tenants and imports, and leaves the stack running as it found it. One stack runs at a time: it is
 * stopped when a class needs another, or when the run ends ({@link Stacks}); and
 * {@link ClassesOfOneStackTogether} runs the classes of one stack one after another, so that each
 * stack starts once.
 */
final class LocalStack implements BeforeAllCallback {

	private static final ExtensionContext.Namespace STACKS = ExtensionContext.Namespace.create(LocalStack.class);

	/** What a stack starts with: classes that ask for equal configurations share a stack. */
	record Configuration(String tenants, int requestPartitions, int replicas, List<String> settings) {

		Configuration withRequestPartitions(int count) {
			return new Configuration(tenants, count, replicas, settings);
		}

		Configuration withReplicas(int count) {
			return new Configuration(tenants, requestPartitions, count, settings);
		}

		Configuration withSettings(List<String> jvmOptions) {
			return new Configuration(tenants, requestPartitions, replicas, jvmOptions);
		}

	}

	private final Configuration configuration;

	private RunningStack stack;

	private LocalStack(Configuration configuration) {
		this.configuration = configuration;
	}

	/** One worker, one replica of each service and three request partitions; {@code tenants} as {@code id=key,id=key}. */
	static LocalStack withTenants(String tenants) {
		return new LocalStack(new Configuration(tenants, 3, 1, List.of()));
	}

	/** Gateways, import-services and history-services: {@code count} of each, as a cluster runs them. */
	LocalStack replicas(int count) {
		return new LocalStack(configuration.withReplicas(count));
	}

	LocalStack requestPartitions(int count) {
		return new LocalStack(configuration.withRequestPartitions(count));
	}

	/** More service JVM options: the launcher passes them to every service, and each reads only what it binds. */
	LocalStack settings(String... more) {
		return new LocalStack(configuration.withSettings(List.of(more)));
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		stack = context.getRoot()
			.getStore(STACKS)
			.computeIfAbsent(Stacks.class)
			.stackFor(configuration, context.getRequiredTestClass());
	}

	LocalSystem system() {
		return stack.system();
	}

	Ports ports() {
		return stack.ports();
	}

	/** The gateway without credentials; {@code withApiKey} makes a tenant's client of it. */
	Gateway gateway() {
		return stack.gateway();
	}

	ProcessInfo service(String name) {
		return stack.system()
			.processes()
			.stream()
			.filter(process -> process.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no process " + name + " in " + stack.system().processes()));
	}

	/** The configuration of the stack a test class registers, or the class itself when it has none. */
	static Object stackOf(Class<?> testClass) {
		return Arrays.stream(testClass.getDeclaredFields())
			.filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == LocalStack.class)
			.findFirst()
			.<Object>map(field -> read(field).configuration)
			.orElse(testClass);
	}

	private static LocalStack read(Field field) {
		try {
			field.setAccessible(true);
			return (LocalStack) field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Cannot read " + field, ex);
		}
	}

}
