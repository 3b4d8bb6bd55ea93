package dev.careers.events;

/**
 * The one vocabulary for upload errors and failed tasks, each with the words a recruiter reads:
 * what happened, and what to do about it.
 */
public enum FailureCode {

	NOT_A_PDF("This file is not a PDF, whatever its name says.",
			"Export the document as PDF and upload it again."),
	EMPTY_FILE("This file is empty.", "Check the file opens on your computer, then upload it again."),
	TOO_LARGE("This file or page is larger than the import allows.",
			"Reduce its size (for example, export without embedded images) and upload it again."),
	PASSWORD_PROTECTED("This PDF is password-protected, so its text cannot be read.",
			"Remove the password, then re-upload the resume as a new version on the applicant's profile."),
	NO_TEXT_LAYER("This PDF is a scan or an image with no readable text.",
			"Export the original document as a PDF with text, then re-upload it as a new version."),
	LOW_RESOLUTION("The scanned pages are too low-resolution to read.",
			"Scan it again at 300 dpi or more, or export the original as a PDF with text, then re-upload it."),
	DAMAGED_FILE("This PDF is damaged and cannot be read.",
			"Open it on your computer, save or export it as a new PDF, then re-upload it."),
	TOO_MANY_PAGES("This PDF has more pages than extraction reads.",
			"Upload only the resume or job description pages."),
	TIMEOUT("Reading this document took too long and was stopped.",
			"Try again; if it fails again, export a simpler PDF and re-upload it."),
	CONTENT_UNAVAILABLE("The stored document could not be read.", "Try again in a few minutes."),
	INVALID_URL("This is not a web address that can be imported.",
			"Paste the full address of a public job posting, starting with https://."),
	BLOCKED_ADDRESS("This address points to a private or internal network and cannot be fetched.",
			"Use the public address of the job posting."),
	FETCH_FAILED("The job posting page could not be reached.",
			"Check the address opens in a browser, then press Extract Skills to try again."),
	UNSUPPORTED_CONTENT("This address does not serve a web page.",
			"Use the address of the posting's web page, or upload the job description as a PDF."),
	NOT_A_JOB_POSTING("This page does not contain a job posting.",
			"Use the address of the posting itself, not a careers home page or search results."),
	NEEDS_JAVASCRIPT("This page only shows its job posting in a browser running JavaScript, so it cannot be read.",
			"Open the posting in your browser and paste its text into the job's description, then press Extract Skills; "
					+ "or save the posting as a PDF and upload it on Job Import."),
	LEGACY_FORMAT("Word 97-2003 (.doc), RTF and OpenDocument (.odt) files cannot be read.",
			"Save it as DOCX or PDF and upload it again."),
	ARCHIVE_DAMAGED("This ZIP archive is damaged or incomplete, so the rest of it could not be read.",
			"Create the archive again and upload it; the files listed before this line were imported."),
	ARCHIVE_TOO_LARGE("This ZIP archive unpacks to more files or data than an import takes, so the rest of it was not read.",
			"Split it into smaller archives, or upload the files themselves."),
	ENCRYPTED_ENTRY("This file in the ZIP archive is protected with a password.",
			"Create the archive without a password and upload it again."),
	UNSAFE_PATH("This file's path in the ZIP archive points outside the archive (it starts with / or holds ..).",
			"Create the archive from the folder itself and upload it again."),
	NESTED_ARCHIVE("This archive is inside an archive inside an archive; only one level of archives is opened.",
			"Unpack the inner archives and upload their files, or one archive of them.");

	private final String message;

	private final String hint;

	FailureCode(String message, String hint) {
		this.message = message;
		this.hint = hint;
	}

	public String message() {
		return message;
	}

	public String hint() {
		return hint;
	}

	/** After a second failure of the same record the advice changes: people need a human. */
	public String hint(int attempt, long taskNumber) {
		return attempt >= 2 ? "This failed again. Contact support and quote Task " + taskNumber + "." : hint;
	}

}
