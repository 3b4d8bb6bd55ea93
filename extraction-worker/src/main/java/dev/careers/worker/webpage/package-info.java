/**
 * Job posting pages: {@link dev.careers.worker.webpage.JobPageReader} fetches an untrusted address
 * safely ({@link dev.careers.worker.webpage.fetching}) and parses the posting from what came back
 * ({@link dev.careers.worker.webpage.posting}).
 */
package dev.careers.worker.webpage;
