/**
 * Fetching an untrusted address: http(s) only, every address of every hop checked and pinned
 * ({@link dev.careers.worker.webpage.fetching.PinnedConnection}), redirects, time and size capped,
 * no credentials. Settings: {@link dev.careers.worker.webpage.fetching.FetchProperties}.
 */
package dev.careers.worker.webpage.fetching;
