/**
 * Job posting pages: {@link dev.careers.worker.webpage.JobPageReader} fetches an untrusted address
 * safely (http(s) only, every address of every hop checked and pinned, redirects, time and size
 * capped, no credentials) and parses the posting from JSON-LD, microdata, the big ATS boards'
 * shapes or, last, the page's main content; a page that only a browser running JavaScript would draw
 * fails as such. Settings: {@link dev.careers.worker.webpage.FetchSettings}.
 */
package dev.careers.worker.webpage;
