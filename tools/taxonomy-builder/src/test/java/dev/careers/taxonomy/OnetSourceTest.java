package dev.careers.taxonomy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OnetSourceTest {

	@Test
	void examplesThatOnlyRestateTheirCategoryAreGeneric() {
		assertThat(OnetSource.isGenericCategory("Word processing", "Word processing software")).isTrue();
		assertThat(OnetSource.isGenericCategory("Email", "Email software")).isTrue();
		assertThat(OnetSource.isGenericCategory("Microsoft Office", "Microsoft Office software")).isFalse();
		assertThat(OnetSource.isGenericCategory("SAP", "SAP software")).isFalse();
		assertThat(OnetSource.isGenericCategory("Python", "Python")).isFalse();
	}

	@Test
	void vendorsAreFirstWordsOfManyProducts() {
		List<String> examples = List.of("Microsoft Excel", "Microsoft Word", "Microsoft Access", "Microsoft Project",
				"Microsoft Visio", "Adobe Acrobat", "Python");
		assertThat(OnetSource.vendors(examples)).containsExactly("Microsoft");
	}

	@Test
	void aProductIsAlsoNamedWithoutItsVendor() {
		Set<String> vendors = Set.of("Microsoft", "The MathWorks", "Amazon");
		assertThat(OnetSource.withoutVendor("Microsoft Excel", vendors)).isEqualTo("Excel");
		assertThat(OnetSource.withoutVendor("The MathWorks MATLAB", vendors)).isEqualTo("MATLAB");
		assertThat(OnetSource.withoutVendor("Amazon web services", vendors)).isNull();
		assertThat(OnetSource.withoutVendor("Python", vendors)).isNull();
	}

}
