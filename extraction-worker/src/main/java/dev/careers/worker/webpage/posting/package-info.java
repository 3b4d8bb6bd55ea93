/**
 * Parsing a fetched page into a job posting: JSON-LD, microdata, the big ATS boards' shapes or,
 * last, the page's main content ({@link dev.careers.worker.webpage.posting.PostingParser}).
 */
package dev.careers.worker.webpage.posting;
