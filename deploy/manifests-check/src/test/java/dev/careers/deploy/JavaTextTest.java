package dev.careers.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaTextTest {

	@Test
	void recordComponentsKeepTheirNamesWhateverTheirAnnotationsAndGenericsHold() {
		String code = """
				record Settings(@DefaultValue("a,b") @Pattern(regexp = "(x|y),(z)", message = "one, two") String tenants,
						@NotNull Map<String, List<@NotBlank String>> routes, // a comment, with a comma
						@DefaultValue @Valid Ocr ocr) {
				}
				""";
		String withoutComments = JavaText.withoutComments(code);
		assertThat(JavaText.recordComponents(withoutComments, withoutComments.indexOf('(')))
			.extracting(JavaText::lastIdentifier)
			.containsExactly("tenants", "routes", "ocr");
	}

	@Test
	void rawTypeDropsGenericsAndPackage() {
		assertThat(JavaText.rawType("java.util.List<@NotBlank String> allowedHosts", "allowedHosts")).isEqualTo("List");
		assertThat(JavaText.rawType("Ocr ocr", "ocr")).isEqualTo("Ocr");
	}

	@Test
	void commentsGoButStringsThatLookLikeCommentsStay() {
		assertThat(JavaText.withoutComments("a /* b */ \"// c\" // d\ne")).isEqualTo("a  \"// c\" \ne");
	}

}
