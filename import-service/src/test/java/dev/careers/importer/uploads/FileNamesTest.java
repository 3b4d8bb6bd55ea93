package dev.careers.importer.uploads;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

	@Test
	void onlyTheLastPathSegmentIsKept() {
		assertThat(FileNames.sanitised("resumes/june/ada.pdf")).isEqualTo("ada.pdf");
		assertThat(FileNames.sanitised("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
		assertThat(FileNames.sanitised("..\\..\\Windows\\cv.pdf")).isEqualTo("cv.pdf");
		assertThat(FileNames.sanitised("/absolute/cv.pdf")).isEqualTo("cv.pdf");
	}

	@Test
	void nothingIsLeftOfANameThatIsOnlyAPath() {
		assertThat(FileNames.sanitised("..")).isEqualTo(FileNames.UNNAMED);
		assertThat(FileNames.sanitised("folder/")).isEqualTo(FileNames.UNNAMED);
		assertThat(FileNames.sanitised(null)).isEqualTo(FileNames.UNNAMED);
		assertThat(FileNames.sanitised(" \u0000 ")).isEqualTo(FileNames.UNNAMED);
	}

	@Test
	void invisibleCharactersAreDropped() {
		assertThat(FileNames.sanitised("cv\u0000.pdf")).isEqualTo("cv.pdf");
		assertThat(FileNames.sanitised("cv\r\nX-Injected: 1.pdf")).isEqualTo("cvX-Injected: 1.pdf");
		// an .exe that the right-to-left override would show as "resumeexe.pdf"
		assertThat(FileNames.sanitised("resume\u202Efdp.exe")).isEqualTo("resumefdp.exe");
	}

	@Test
	void markupCannotOpen() {
		assertThat(FileNames.sanitised("<img src=x onerror=alert(1)>.pdf")).isEqualTo("_img src=x onerror=alert(1)_.pdf");
		assertThat(FileNames.sanitised("<script>alert(1)</script>.pdf")).isEqualTo("script_.pdf");
		assertThat(FileNames.sanitised("\"quoted\".pdf")).isEqualTo("_quoted_.pdf");
	}

	@Test
	void aVeryLongNameIsCutKeepingItsExtension() {
		String sanitised = FileNames.sanitised("a".repeat(10_000) + ".pdf");

		assertThat(sanitised).hasSize(FileNames.MAX_LENGTH).endsWith("aaa.pdf");
	}

	@Test
	void aLongNameIsNotCutInsideACharacter() {
		String sanitised = FileNames.sanitised("\uD83D\uDCC4".repeat(300));

		assertThat(sanitised.codePointCount(0, sanitised.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(Character.isHighSurrogate(sanitised.charAt(sanitised.length() - 1))).isFalse();
	}

	@Test
	void ordinaryNamesAreKeptAsTheyAre() {
		assertThat(FileNames.sanitised("Zoë O'Brien – CV (2026) & cover.pdf"))
			.isEqualTo("Zoë O'Brien – CV (2026) & cover.pdf");
	}

	@Test
	void anArchivePathKeepsItsFoldersEachCleanedAsAName() {
		assertThat(FileNames.sanitisedPath("team a/2024/<b>cv</b>.pdf")).isEqualTo("team a/2024/_b_cv_/b_.pdf");
		assertThat(FileNames.sanitisedPath("win\\folder\\cv.pdf")).isEqualTo("win/folder/cv.pdf");
		assertThat(FileNames.sanitisedPath("./a//b/./cv\u0000.pdf")).isEqualTo("a/b/cv.pdf");
		assertThat(FileNames.sanitisedPath("/")).isEqualTo(FileNames.UNNAMED);
	}

	@Test
	void absoluteDriveAndParentPathsClimbOutOfTheArchive() {
		assertThat(FileNames.climbsOut("../cv.pdf")).isTrue();
		assertThat(FileNames.climbsOut("a/../../cv.pdf")).isTrue();
		assertThat(FileNames.climbsOut("/etc/cv.pdf")).isTrue();
		assertThat(FileNames.climbsOut("C:\\cv.pdf")).isTrue();
		assertThat(FileNames.climbsOut("a\\..\\cv.pdf")).isTrue();
		assertThat(FileNames.climbsOut("a/..cv.pdf")).isFalse();
		assertThat(FileNames.climbsOut("team/cv.pdf")).isFalse();
	}

}
