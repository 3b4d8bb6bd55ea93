import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';

import {labelFor, UploadSession} from '../../main/resources/static/js/uploads.js';

const IMPORT_ID = 'a1b2c3d4-0000-4000-8000-000000000001';

const realFetch = globalThis.fetch;

afterEach(() => {
	globalThis.fetch = realFetch;
});

function json(status, body) {
	return new Response(JSON.stringify(body), {status, headers: {'Content-Type': 'application/json'}});
}

function pdfs(count, folder) {
	return Array.from({length: count}, (_, index) => {
		const file = new File(['%PDF-1.7'], `resume-${index + 1}.pdf`, {type: 'application/pdf'});
		return folder ? Object.assign(file, {relativePath: `${folder}/resume-${index + 1}.pdf`}) : file;
	});
}

/**
 * A gateway that opens the import, answers each upload with `uploadAnswer(names, call)` (a Response)
 * after a turn of the event loop, and records what was sent and how many uploads were open at once.
 */
function fakeGateway(uploadAnswer = (names) => json(200, {results: names.map(created)})) {
	const gateway = {imports: 0, uploads: [], inFlight: 0, mostInFlight: 0, completed: 0};
	globalThis.fetch = async (path, {method, body}) => {
		if (path === '/api/imports' && method === 'POST') {
			gateway.imports += 1;
			return json(201, {id: IMPORT_ID});
		}
		if (path === `/api/imports/${IMPORT_ID}/files`) {
			const names = body.getAll('files').map((file) => file.name);
			gateway.uploads.push(names);
			gateway.inFlight += 1;
			gateway.mostInFlight = Math.max(gateway.mostInFlight, gateway.inFlight);
			await new Promise((resolve) => setImmediate(resolve));
			gateway.inFlight -= 1;
			return uploadAnswer(names, gateway.uploads.length);
		}
		if (path === `/api/imports/${IMPORT_ID}/complete`) {
			gateway.completed += 1;
			return json(200, {id: IMPORT_ID, status: 'COMPLETED'});
		}
		throw new Error(`unexpected ${method} ${path}`);
	};
	return gateway;
}

function created(name) {
	return {fileName: name, outcome: 'CREATED'};
}

describe('UploadSession', () => {
	test('opens one import and sends the files in chunks of twenty, three at a time', async () => {
		const gateway = fakeGateway();
		const session = new UploadSession('APPLICANTS', 'resumes');

		await session.addFiles(pdfs(85));

		assert.equal(gateway.imports, 1);
		assert.deepEqual(gateway.uploads.map((names) => names.length), [20, 20, 20, 20, 5]);
		assert.equal(gateway.mostInFlight, 3);
		assert.equal(session.state, 'sent');
		assert.equal(session.done, 85);
		assert.deepEqual(session.results.map((result) => result.outcome), Array(85).fill('CREATED'));
	});

	test('pairs each file with the result at its place in the answer, under its folder path', async () => {
		fakeGateway((names) => json(200, {results: names.map((name) => ({outcome: name.endsWith('2.pdf') ? 'SKIPPED' : 'CREATED'}))}));
		const session = new UploadSession('APPLICANTS', 'folder');

		await session.addFiles(pdfs(3, 'folder'));

		assert.deepEqual(session.results.map(({path, outcome}) => `${path} ${outcome}`),
			['folder/resume-1.pdf CREATED', 'folder/resume-2.pdf SKIPPED', 'folder/resume-3.pdf CREATED']);
	});

	test('a file the answer does not report on is an error, not lost', async () => {
		fakeGateway((names) => json(200, {results: names.slice(1).map(created)}));
		const session = new UploadSession('APPLICANTS', 'resumes');

		await session.addFiles(pdfs(2));

		assert.deepEqual(session.results.map((result) => result.outcome), ['CREATED', 'ERROR']);
		assert.equal(session.results[1].error.message, 'The server did not report on this file.');
	});

	test('sends a chunk again after a 503, and keeps its results', async () => {
		const gateway = fakeGateway((names, call) => (call === 1
			? json(503, {title: 'Service Unavailable', detail: 'import-service is restarting.'})
			: json(200, {results: names.map(created)})));
		const session = new UploadSession('APPLICANTS', 'resumes');

		await session.addFiles(pdfs(2));

		assert.equal(gateway.uploads.length, 2);
		assert.deepEqual(session.results.map((result) => result.outcome), ['CREATED', 'CREATED']);
	});

	test('marks every file of a refused chunk with the problem\'s detail and hint, without sending it again', async () => {
		const gateway = fakeGateway(() => json(413, {title: 'Payload Too Large', detail: 'The upload is larger than 200 MB.',
			hint: 'Upload the folder in smaller parts.'}));
		const session = new UploadSession('APPLICANTS', 'resumes');

		await session.addFiles(pdfs(2));

		assert.equal(gateway.uploads.length, 1);
		assert.deepEqual(session.results.map((result) => result.error),
			Array(2).fill({message: 'The upload is larger than 200 MB.', hint: 'Upload the folder in smaller parts.'}));
		assert.equal(session.state, 'sent');
	});

	test('when the import cannot be opened, every file says why and the session has failed', async () => {
		globalThis.fetch = async () => json(401, {title: 'Unauthorized', detail: 'Sign in again.'});
		const session = new UploadSession('APPLICANTS', 'resumes');

		await session.addFiles(pdfs(2));

		assert.equal(session.state, 'failed');
		assert.equal(session.error.status, 401);
		assert.deepEqual(session.results.map((result) => result.error.message), ['Sign in again.', 'Sign in again.']);
	});

	test('files dropped while an upload runs join the same import, and complete waits for them', async () => {
		const gateway = fakeGateway();
		const session = new UploadSession('APPLICANTS', 'resumes');

		session.addFiles(pdfs(2));
		session.addFiles(pdfs(1));
		const summary = await session.complete();

		assert.equal(gateway.imports, 1);
		assert.equal(session.done, 3);
		assert.equal(session.total, 3);
		assert.equal(gateway.completed, 1);
		assert.equal(summary.status, 'COMPLETED');
		assert.equal(session.state, 'done');
	});

	test('tells its subscribers of each change', async () => {
		fakeGateway();
		const session = new UploadSession('APPLICANTS', 'resumes');
		const seen = [];
		session.subscribe((changed) => seen.push(`${changed.state} ${changed.done}/${changed.total}`));

		await session.addFiles(pdfs(2));

		assert.deepEqual(seen, ['uploading 0/2', 'uploading 1/2', 'uploading 2/2', 'sent 2/2']);
	});
});

describe('labelFor', () => {
	test('names a dropped folder by the folder', () => {
		assert.equal(labelFor(pdfs(3, 'spring-hires')), 'spring-hires');
	});

	test('names a single file by its name', () => {
		assert.equal(labelFor(pdfs(1)), 'resume-1.pdf');
	});

	test('counts loose files', () => {
		assert.equal(labelFor(pdfs(4)), '4 files');
	});
});
