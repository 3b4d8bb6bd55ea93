package dev.careers.e2e;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that share a stack one after another, so that each stack starts once: by
 * name, each class right after the first class of its stack. The default class orderer of this
 * module (src/test/resources/junit-platform.properties).
 */
public final class ClassesOfOneStackTogether implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		Map<Class<?>, Object> stackOf = new HashMap<>();
		Map<Object, String> firstClassOfStack = new HashMap<>();
		for (ClassDescriptor descriptor : context.getClassDescriptors()) {
			Class<?> testClass = descriptor.getTestClass();
			Object stack = LocalStack.stackOf(testClass);
			stackOf.put(testClass, stack);
			firstClassOfStack.merge(stack, testClass.getName(), BinaryOperator.minBy(Comparator.naturalOrder()));
		}
		context.getClassDescriptors()
			.sort(Comparator.comparing((ClassDescriptor descriptor) -> firstClassOfStack.get(stackOf.get(descriptor.getTestClass())))
				.thenComparing(descriptor -> descriptor.getTestClass().getName()));
	}

}
