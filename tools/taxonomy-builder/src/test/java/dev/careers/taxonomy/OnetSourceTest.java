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
	void aBrandWithACapitalInsideEndingTheNameIsAnAlias() {
		assertThat(OnetSource.brandAtTheEnd("Sparta Systems TrackWise")).contains("TrackWise");
		assertThat(OnetSource.brandAtTheEnd("BMC Software FootPrints")).contains("FootPrints");
		assertThat(OnetSource.brandAtTheEnd("National Instruments LabVIEW")).isEmpty();
		assertThat(OnetSource.brandAtTheEnd("Golden Software Surfer")).isEmpty();
		assertThat(OnetSource.brandAtTheEnd("TrackWise")).isEmpty();
	}

	@Test
	void aVendorNamedByTwoWordsIsNotAlsoItsFirstWord() {
		List<String> examples = List.of("Hewlett Packard LoadRunner", "Hewlett Packard HP-UX", "Hewlett Packard OpenView",
				"Hewlett Packard QuickTest", "Hewlett Packard ALM", "Python");
		assertThat(OnetSource.vendors(examples)).containsExactly("Hewlett Packard");
	}

	@Test
	void aProductIsAlsoNamedWithoutItsVendor() {
		Set<String> vendors = Set.of("Microsoft", "Microsoft Dynamics", "The MathWorks", "Amazon");
		assertThat(OnetSource.withoutVendor("Microsoft Excel", vendors)).containsExactly("Excel");
		assertThat(OnetSource.withoutVendor("The MathWorks MATLAB", vendors)).containsExactly("MATLAB");
		assertThat(OnetSource.withoutVendor("Microsoft Dynamics AX", vendors)).containsExactly("AX", "Dynamics AX");
		assertThat(OnetSource.withoutVendor("Cisco Systems WAN Manager", Set.of("Cisco", "Cisco Systems")))
			.containsExactly("WAN Manager");
		assertThat(OnetSource.withoutVendor("Amazon web services", vendors)).isEmpty();
		assertThat(OnetSource.withoutVendor("Python", vendors)).isEmpty();
	}

}
