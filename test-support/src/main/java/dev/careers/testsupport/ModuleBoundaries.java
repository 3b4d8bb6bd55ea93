package dev.careers.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** What every service's ModuleBoundariesTest starts from: its main classes, and features free of cycles. */
public final class ModuleBoundaries {

	private ModuleBoundaries() {
	}

	/** The production classes under {@code root} (tests excluded). */
	public static JavaClasses mainClasses(String root) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(root);
	}

	/** Each direct sub-package of {@code root} is a feature; no two features depend on each other both ways. */
	public static ArchRule featuresAreFreeOfCycles(String root) {
		return slices().matching(root + ".(*)..").should().beFreeOfCycles();
	}

}
