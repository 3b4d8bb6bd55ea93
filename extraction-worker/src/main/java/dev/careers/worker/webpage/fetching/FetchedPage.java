package dev.careers.worker.webpage.fetching;

import java.nio.charset.Charset;

/**
 * A page as fetched.
 *
 * @param url the address finally read, after redirects
 * @param mediaType lower-case media type without parameters
 * @param charset the charset the server declared, or null to let the parser detect it
 */
public record FetchedPage(String url, String mediaType, Charset charset, byte[] body) {

	public boolean isPlainText() {
		return "text/plain".equals(mediaType);
	}

}
