import {api, ApiError} from './api.js';

const CHUNK_SIZE = 20;

const IN_FLIGHT = 3;

const RETRIES = 3;

/**
 * One import fed by many files: creates it, sends the files in chunks of CHUNK_SIZE with IN_FLIGHT
 * requests at a time, then completes it. Lives outside any page, so moving to another page keeps
 * the upload going and coming back shows where it is.
 */
export class UploadSession {
	constructor(type, label) {
		this.type = type;
		this.label = label;
		this.importId = null;
		this.results = [];
		this.total = 0;
		this.done = 0;
		this.startedAt = 0;
		this.finishedAt = 0;
		this.state = 'idle';
		this.error = null;
		this.listeners = new Set();
		this.queue = Promise.resolve();
	}

	subscribe(listener) {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	changed() {
		this.listeners.forEach((listener) => listener(this));
	}

	get filesPerSecond() {
		const end = this.finishedAt || performance.now();
		const seconds = (end - this.startedAt) / 1000;
		return seconds > 0.2 ? this.done / seconds : 0;
	}

	async ensureImport() {
		if (!this.importId) {
			const created = await api.post('/api/imports', {type: this.type, label: this.label});
			this.importId = created.id;
		}
		return this.importId;
	}

	/** Adds files to this import; calls queue one after another so results keep their order. */
	addFiles(files) {
		if (this.state !== 'uploading') {
			// files/s and the bar measure the current batch
			this.startedAt = performance.now();
			this.done = 0;
			this.total = 0;
		}
		this.total += files.length;
		this.state = 'uploading';
		this.finishedAt = 0;
		this.changed();
		this.queue = this.queue.then(() => this.sendAll(files));
		return this.queue;
	}

	async sendAll(files) {
		try {
			await this.ensureImport();
		}
		catch (error) {
			this.fail(files, error);
			return;
		}
		// an archive goes alone: it can be large, and its answer has a line per document inside it
		const archives = files.filter(isArchive);
		const documents = files.filter((file) => !isArchive(file));
		const chunks = archives.map((archive) => [archive]);
		for (let start = 0; start < documents.length; start += CHUNK_SIZE) {
			chunks.push(documents.slice(start, start + CHUNK_SIZE));
		}
		let next = 0;
		const worker = async () => {
			while (next < chunks.length) {
				const chunk = chunks[next];
				next += 1;
				await this.sendChunk(chunk);
			}
		};
		await Promise.all(Array.from({length: Math.min(IN_FLIGHT, chunks.length)}, worker));
		this.finishedAt = performance.now();
		this.state = 'sent';
		this.changed();
	}

	async sendChunk(files) {
		const form = new FormData();
		files.forEach((file) => form.append('files', file, file.name));
		for (let attempt = 1; ; attempt++) {
			try {
				const answer = await api.upload(`/api/imports/${this.importId}/files`, form);
				const results = answer?.results || [];
				if (files.length === 1 && isArchive(files[0])) {
					this.recordArchive(files[0], results);
					return;
				}
				files.forEach((file, index) => this.record(file, results[index] || missing()));
				return;
			}
			catch (error) {
				if (attempt < RETRIES && error instanceof ApiError && [429, 502, 503].includes(error.status)) {
					await pause(attempt * 1000);
					continue;
				}
				files.forEach((file) => this.record(file, rejected(error)));
				return;
			}
		}
	}

	record(file, result) {
		this.results.push({path: file.relativePath || file.name, ...result});
		this.done += 1;
		this.changed();
	}

	/** One line per document of an archive, named by its path inside; the archive counts as one file sent. */
	recordArchive(archive, results) {
		const base = archive.relativePath || archive.name;
		(results.length ? results : [missing()]).forEach((result) => this.results.push({
			path: !result.file || result.file === archive.name ? base : `${base}/${result.file}`, ...result,
		}));
		this.done += 1;
		this.changed();
	}

	fail(files, error) {
		this.error = error;
		files.forEach((file) => this.record(file, rejected(error)));
		this.state = 'failed';
		this.finishedAt = performance.now();
		this.changed();
	}

	/** Adds posting URLs (JOBS imports); answers one result per URL. */
	async addUrls(urls) {
		await this.ensureImport();
		const answer = await api.post(`/api/imports/${this.importId}/urls`, {urls});
		return answer?.results || [];
	}

	/** Tells the server no more files are coming; the import completes once all are handled. */
	async complete() {
		await this.queue;
		if (!this.importId) {
			return null;
		}
		const summary = await api.post(`/api/imports/${this.importId}/complete`);
		this.state = 'done';
		this.changed();
		return summary;
	}
}

function isArchive(file) {
	return /\.zip$/i.test(file.name);
}

function rejected(error) {
	return {outcome: 'ERROR', error: {message: error.message, hint: error.hint}};
}

function missing() {
	return {outcome: 'ERROR', error: {message: 'The server did not report on this file.'}};
}

function pause(millis) {
	return new Promise((resolve) => setTimeout(resolve, millis));
}

/** A label for the import: the dropped folder's name, the single file's name, or a count. */
export function labelFor(files) {
	const tops = new Set(files.map((file) => (file.relativePath || file.name).split('/')[0]));
	const first = files[0];
	if (tops.size === 1 && (first.relativePath || '').includes('/')) {
		return [...tops][0];
	}
	if (files.length === 1) {
		return first.name;
	}
	return `${files.length} files`;
}
