/**
 * Job posting pages: {@link dev.careers.worker.webpage.JobPageReader} fetches an untrusted address
 * safely ({@link dev.careers.worker.webpage.fetching}) and parses the posting from what came back
 * ({@link dev.careers.worker.webpage.posting}): JSON-LD, microdata, the big ATS boards' shapes or,
 * last, the page's main content; a page that only a browser running JavaScript would draw fails as
 * such.
 */
package dev.careers.worker.webpage;
