package dev.careers.benchmark.corpus;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Resume PDFs of realistic variety, the same bytes for the same seed and index: 1 to 4 pages, one
 * column, two columns or a header block; most embed a subset TrueType font as Word or Google Docs
 * exports do (where most of a real resume's parsing time goes), the others use Helvetica, Times or
 * Courier (Standard 14); varied sizes, contact
 * details, a summary, dated roles with bullets, education and a mix of technical and soft skills,
 * and a photo whose size brings the file to the 20-80 KB of a real resume. A large resume adds
 * full-page scans, for uploads measured in gigabytes.
 */
public final class ResumeGenerator {

	private static final float PAGE_TOP = PDRectangle.A4.getHeight() - 50;

	private static final float LEFT = 50;

	private static final float TEXT_WIDTH = PDRectangle.A4.getWidth() - 2 * LEFT;

	private static final int MAX_ROLES = 60;

	private static final List<FontName[]> FONT_FAMILIES = List.of(
			new FontName[] { FontName.HELVETICA, FontName.HELVETICA_BOLD },
			new FontName[] { FontName.TIMES_ROMAN, FontName.TIMES_BOLD },
			new FontName[] { FontName.COURIER, FontName.COURIER_BOLD });

	/**
	 * Bumped whenever the same seed gives other bytes, so a corpus folder written by an older
	 * generator is not reused as if it were this one's.
	 */
	public static final int VERSION = 2;

	/** PDFBox's own copy of Liberation Sans: the same bytes on every machine, no system fonts. */
	private static final String TRUE_TYPE_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	/** Out of 10 resumes, how many embed the TrueType font. */
	private static final int EMBEDDED_FONT_IN_TEN = 8;

	private final long seed;

	public ResumeGenerator(long seed) {
		this.seed = seed;
	}

	/** The {@code index}-th resume of this seed: 20-80 KB, 1 to 4 pages. */
	public GeneratedResume resume(int index) {
		return generate(index, 0);
	}

	/** The {@code index}-th resume with scanned pages appended until it weighs about {@code targetBytes}. */
	public GeneratedResume largeResume(int index, long targetBytes) {
		return generate(index, targetBytes);
	}

	private GeneratedResume generate(int index, long scansBytes) {
		Random random = new Random(seed * 1_000_003L + index);
		Person person = Person.random(random, index);
		Layout layout = Layout.values()[random.nextInt(Layout.values().length)];
		boolean embeddedFont = random.nextInt(10) < EMBEDDED_FONT_IN_TEN;
		FontName[] family = FONT_FAMILIES.get(random.nextInt(FONT_FAMILIES.size()));
		// a photo of 3 to 22 K pixels brings the file to the 20-80 KB of a real resume; embedded fonts take their share
		int photoPixels = embeddedFont ? 55 + random.nextInt(55) : 80 + random.nextInt(70);
		float size = 9 + random.nextInt(6) * 0.5f;
		int pages = 1 + random.nextInt(4);
		List<String> skills = new ArrayList<>(ResumeVocabulary.distinct(random, ResumeVocabulary.TECHNICAL_SKILLS,
				4 + random.nextInt(9)));
		skills.addAll(ResumeVocabulary.distinct(random, ResumeVocabulary.SOFT_SKILLS, 2 + random.nextInt(4)));
		try (PDDocument document = new PDDocument()) {
			PDFont regular = embeddedFont ? trueTypeSubset(document) : new PDType1Font(family[0]);
			// headings in a second embedded subset, as a bold face would be
			PDFont bold = embeddedFont ? trueTypeSubset(document) : new PDType1Font(family[1]);
			new Writer(document, random, person, layout, regular, bold, size, skills, photoPixels).write(pages);
			long scans = scansBytes;
			while (scans > 0) {
				scans -= addScan(document, random);
			}
			pinIdentity(document, index);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return new GeneratedResume(person.fileName(), out.toByteArray(), document.getNumberOfPages(), skills);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not generate resume " + index, ex);
		}
	}

	/** A Type0 (CIDFontType2) font with a ToUnicode map, embedded as the subset of the glyphs used. */
	private static PDFont trueTypeSubset(PDDocument document) throws IOException {
		try (InputStream font = ResumeGenerator.class.getResourceAsStream(TRUE_TYPE_FONT)) {
			if (font == null) {
				throw new IOException("PDFBox's " + TRUE_TYPE_FONT + " is not on the class path");
			}
			return PDType0Font.load(document, font, true);
		}
	}

	/** PDFBox would stamp the file with a time-based id: a fixed one keeps the bytes a function of the seed. */
	private void pinIdentity(PDDocument document, int index) {
		COSString id = new COSString(String.format(Locale.ROOT, "%016x%08x", seed, index));
		COSArray ids = new COSArray();
		ids.add(id);
		ids.add(id);
		document.getDocument().getTrailer().setItem(COSName.ID, ids);
	}

	private static long addScan(PDDocument document, Random random) throws IOException {
		int side = 800 + random.nextInt(300);
		PDImageXObject image = LosslessFactory.createFromImage(document, noise(random, side, side));
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.drawImage(image, LEFT, 150, TEXT_WIDTH, TEXT_WIDTH);
		}
		// noise does not compress: three bytes a pixel
		return 3L * side * side;
	}

	static BufferedImage noise(Random random, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		return image;
	}

	enum Layout {

		ONE_COLUMN, TWO_COLUMNS, HEADER_BLOCK

	}

	record Person(String first, String last, String email, String phone, String city, String link, int index) {

		static Person random(Random random, int index) {
			String first = ResumeVocabulary.pick(random, ResumeVocabulary.FIRST_NAMES);
			String last = ResumeVocabulary.pick(random, ResumeVocabulary.LAST_NAMES);
			String handle = (first + "." + last).toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
			return new Person(first, last, handle + index + "@example.com",
					String.format(Locale.ROOT, "+44 20 7946 %04d", random.nextInt(10000)),
					ResumeVocabulary.pick(random, ResumeVocabulary.CITIES),
					"linkedin.com/in/" + handle.replace(".", "-") + "-" + index, index);
		}

		String name() {
			return first + " " + last;
		}

		String fileName() {
			return String.format(Locale.ROOT, "%s-%s-%05d.pdf", first, last, index)
				.toLowerCase(Locale.ROOT)
				.replace(' ', '-');
		}

	}

	/** Lays one resume out: the header, then the main flow to the wanted page count, then the sidebar if any. */
	private static final class Writer {

		private final PDDocument document;

		private final Random random;

		private final Person person;

		private final Layout layout;

		private final PDFont regular;

		private final PDFont bold;

		private final float size;

		private final List<String> skills;

		private final int photoPixels;

		Writer(PDDocument document, Random random, Person person, Layout layout, PDFont regular, PDFont bold, float size,
				List<String> skills, int photoPixels) {
			this.document = document;
			this.random = random;
			this.person = person;
			this.layout = layout;
			this.regular = regular;
			this.bold = bold;
			this.size = size;
			this.skills = skills;
			this.photoPixels = photoPixels;
		}

		void write(int pages) throws IOException {
			PDPage first = new PDPage(PDRectangle.A4);
			document.addPage(first);
			float top = header(first);
			boolean sidebar = layout == Layout.TWO_COLUMNS;
			float mainX = sidebar ? LEFT + 170 : LEFT;
			float mainWidth = sidebar ? TEXT_WIDTH - 170 : TEXT_WIDTH;
			TextFlow main = new TextFlow(document, first, mainX, mainWidth, top, PAGE_TOP);
			main.write(section(main, "Summary"));
			main.write(main.wrap(summary(), regular, size, 0, 2));
			List<List<TextFlow.Line>> sideSections = new ArrayList<>();
			if (!sidebar) {
				main.write(section(main, "Skills"));
				main.write(main.wrap(String.join(", ", skills), regular, size, 0, 2));
			}
			List<TextFlow.Line> education = education(main);
			float reserve = sidebar ? 0 : TextFlow.height(education);
			main.write(section(main, "Experience"));
			int year = 2025;
			for (int role = 0; role < MAX_ROLES; role++) {
				int years = 1 + random.nextInt(4);
				List<TextFlow.Line> block = role(main, year - years, year);
				if (main.pageNumber() == pages && !main.fits(TextFlow.height(block) + reserve)) {
					break;
				}
				main.write(block);
				year -= years;
			}
			if (!sidebar) {
				main.write(education);
			}
			main.close();
			if (sidebar) {
				TextFlow side = new TextFlow(document, first, LEFT, 155, top, PAGE_TOP);
				sideSections.add(section(side, "Contact"));
				sideSections.add(side.wrap(person.email(), regular, size - 1, 0, 2));
				sideSections.add(side.wrap(person.phone(), regular, size - 1, 0, 0));
				sideSections.add(side.wrap(person.city(), regular, size - 1, 0, 0));
				sideSections.add(section(side, "Skills"));
				for (String skill : skills) {
					sideSections.add(side.wrap(skill, regular, size - 1, 0, 0));
				}
				sideSections.add(education(side));
				for (List<TextFlow.Line> block : sideSections) {
					// the sidebar is the first page's only: what does not fit there is left out
					if (side.fits(TextFlow.height(block))) {
						side.write(block);
					}
				}
				side.close();
			}
		}

		/** Draws the name and contact lines (in a shaded band for the header layout) and a photo; returns where text starts. */
		private float header(PDPage page) throws IOException {
			float photoSide = 64;
			try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true)) {
				float y = PAGE_TOP;
				if (layout == Layout.HEADER_BLOCK) {
					content.setNonStrokingColor(0.9f, 0.92f, 0.95f);
					content.addRect(0, y - 70, PDRectangle.A4.getWidth(), 120);
					content.fill();
					content.setNonStrokingColor(0f, 0f, 0f);
				}
				line(content, bold, size + 9, LEFT, y - size - 9, person.name());
				String contact = layout == Layout.TWO_COLUMNS ? person.link()
						: person.email() + "  |  " + person.phone() + "  |  " + person.city();
				line(content, regular, size, LEFT, y - size - 30, contact);
				if (layout != Layout.TWO_COLUMNS) {
					line(content, regular, size, LEFT, y - size - 30 - size * 1.4f, person.link());
				}
				PDImageXObject photo = LosslessFactory.createFromImage(document, noise(random, photoPixels, photoPixels));
				content.drawImage(photo, LEFT + TEXT_WIDTH - photoSide, y - photoSide + 10, photoSide, photoSide);
			}
			return PAGE_TOP - 100;
		}

		private static void line(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
				throws IOException {
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, y);
			content.showText(text);
			content.endText();
		}

		private List<TextFlow.Line> section(TextFlow flow, String title) throws IOException {
			return flow.wrap(title.toUpperCase(Locale.ROOT), bold, size + 2, 0, size);
		}

		private String summary() {
			return ResumeVocabulary.pick(random, ResumeVocabulary.TITLES) + " with " + (3 + random.nextInt(18))
					+ " years of experience in " + skills.get(0) + " and " + skills.get(1) + ". "
					+ ResumeVocabulary.bullet(random, skills) + " Known for " + skills.get(skills.size() - 1)
						.toLowerCase(Locale.ROOT) + " and " + skills.get(skills.size() - 2).toLowerCase(Locale.ROOT)
					+ ".";
		}

		private List<TextFlow.Line> role(TextFlow flow, int from, int to) throws IOException {
			List<TextFlow.Line> block = new ArrayList<>(flow.wrap(ResumeVocabulary.pick(random, ResumeVocabulary.TITLES),
					bold, size + 0.5f, 0, size * 0.8f));
			String months = ResumeVocabulary.pick(random, List.of("Jan", "Mar", "Apr", "Jun", "Sep", "Nov"));
			block.addAll(flow.wrap(ResumeVocabulary.pick(random, ResumeVocabulary.EMPLOYERS) + ", "
					+ ResumeVocabulary.pick(random, ResumeVocabulary.CITIES) + "  " + months + " " + from + " - " + months
					+ " " + to, regular, size, 0, 0));
			int bullets = 2 + random.nextInt(4);
			for (int bullet = 0; bullet < bullets; bullet++) {
				block.addAll(flow.wrap("- " + ResumeVocabulary.bullet(random, skills), regular, size, 10, 0));
			}
			return block;
		}

		private List<TextFlow.Line> education(TextFlow flow) throws IOException {
			List<TextFlow.Line> block = new ArrayList<>(section(flow, "Education"));
			int year = 1995 + random.nextInt(25);
			block.addAll(flow.wrap(ResumeVocabulary.pick(random, ResumeVocabulary.DEGREES), bold, size, 0, 2));
			block.addAll(flow.wrap(ResumeVocabulary.pick(random, ResumeVocabulary.SCHOOLS) + ", " + (year - 3) + " - "
					+ year, regular, size, 0, 0));
			return block;
		}

	}

}
