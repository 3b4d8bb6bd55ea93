package dev.careers.worker.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/**
 * A stored plain-text document as a string: UTF-8 (a byte order mark dropped), or Windows-1252 when
 * the bytes are not UTF-8, as text saved by older Windows editors is. The fetch already capped its size.
 */
final class PlainText {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private PlainText() {
	}

	static String read(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (bytes.length == 0) {
			throw new ExtractionFailure(FailureCode.EMPTY_FILE, "zero bytes");
		}
		String text = decoded(bytes);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static String decoded(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, WINDOWS_1252);
		}
	}

}
