package dev.careers.importcli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * What the user sees while files go up: a bar redrawn in place on a terminal, plain lines (one per
 * acknowledged batch) when the output is a file or a pipe. Called from the upload threads.
 */
abstract class Progress {

	private final PrintStream out;

	private int total;

	private int done;

	private int created;

	private int updated;

	private int skipped;

	private int errors;

	Progress(PrintStream out) {
		this.out = out;
	}

	static Progress forOutput(PrintStream out, boolean terminal) {
		return terminal ? new Bar(out) : new Lines(out);
	}

	final synchronized void started(int files, int alreadyImported) {
		total = files;
		done = alreadyImported;
		out.println(alreadyImported == 0 ? files + " files to import."
				: files + " files, " + alreadyImported + " already imported by an earlier run: sending "
						+ (files - alreadyImported) + ".");
		show(out);
	}

	final synchronized void acknowledged(List<FileOutcome> outcomes) {
		for (FileOutcome outcome : outcomes) {
			done++;
			switch (outcome.outcome()) {
				case "CREATED" -> created++;
				case "UPDATED" -> updated++;
				case "SKIPPED" -> skipped++;
				default -> errors++;
			}
		}
		show(out);
	}

	final synchronized void waiting(Duration delay, String reason) {
		note(out, "Waiting " + seconds(delay) + " s: " + reason + ".");
	}

	final synchronized void finished() {
		end(out);
	}

	abstract void show(PrintStream out);

	abstract void note(PrintStream out, String line);

	abstract void end(PrintStream out);

	final String counts() {
		return done + "/" + total + " files (this run: created " + created + ", updated " + updated + ", skipped "
				+ skipped + ", errors " + errors + ")";
	}

	final double fraction() {
		return total == 0 ? 1 : (double) done / total;
	}

	private static String seconds(Duration delay) {
		return String.format("%.1f", delay.toMillis() / 1000.0);
	}

	/** A line redrawn with a carriage return. */
	static final class Bar extends Progress {

		private static final int WIDTH = 30;

		Bar(PrintStream out) {
			super(out);
		}

		@Override
		void show(PrintStream out) {
			int filled = (int) Math.round(fraction() * WIDTH);
			out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
					+ String.format("%3d%%", Math.round(fraction() * 100)) + " " + counts() + "\u001b[K");
			out.flush();
		}

		@Override
		void note(PrintStream out, String line) {
			out.print("\r\u001b[K" + line + "\n");
			show(out);
		}

		@Override
		void end(PrintStream out) {
			out.println();
		}

	}

	/** One line per change, for logs and CI. */
	static final class Lines extends Progress {

		Lines(PrintStream out) {
			super(out);
		}

		@Override
		void show(PrintStream out) {
			out.println("Acknowledged " + counts());
		}

		@Override
		void note(PrintStream out, String line) {
			out.println(line);
		}

		@Override
		void end(PrintStream out) {
			out.flush();
		}

	}

}
