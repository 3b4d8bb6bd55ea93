import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import './fake-dom.js';
import {failedCard, isFinished, reloadUntilRecordShows} from '../../main/resources/static/js/components/extraction.js';

const TASK = 'c0ffee00-0000-4000-8000-000000000001';

const OTHER_TASK = 'c0ffee00-0000-4000-8000-000000000002';

/** A record page's load that answers the records given, one per call, and counts the calls. */
function loads(...records) {
	const load = async () => {
		load.calls += 1;
		return records.length > 1 ? records.shift() : records[0];
	};
	load.calls = 0;
	return load;
}

function recording() {
	const pause = async (millis) => pause.pauses.push(millis);
	pause.pauses = [];
	return pause;
}

describe('reloadUntilRecordShows', () => {
	test('stops at the first answer that shows the task\'s outcome', async () => {
		const load = loads({extraction: {taskId: TASK, status: 'COMPLETED'}});
		const pause = recording();

		await reloadUntilRecordShows({id: TASK, status: 'COMPLETED'}, load, pause);

		assert.equal(load.calls, 1);
		assert.deepEqual(pause.pauses, []);
	});

	test('reloads, waiting longer each time, while the record still shows the task running', async () => {
		const load = loads({extraction: {taskId: TASK, status: 'RUNNING'}}, {extraction: {taskId: TASK, status: 'RUNNING'}},
			{extraction: {taskId: TASK, status: 'FAILED'}});
		const pause = recording();

		const record = await reloadUntilRecordShows({id: TASK, status: 'FAILED'}, load, pause);

		assert.equal(record.extraction.status, 'FAILED');
		assert.equal(load.calls, 3);
		assert.deepEqual(pause.pauses, [500, 1000]);
	});

	test('stops when the record has moved on to another task', async () => {
		const load = loads({extraction: {taskId: OTHER_TASK, status: 'QUEUED'}});

		await reloadUntilRecordShows({id: TASK, status: 'COMPLETED'}, load, recording());

		assert.equal(load.calls, 1);
	});

	test('stops when a load fails, which the page shows', async () => {
		const load = loads(null);

		assert.equal(await reloadUntilRecordShows({id: TASK, status: 'COMPLETED'}, load, recording()), null);
		assert.equal(load.calls, 1);
	});

	test('gives up after ten loads', async () => {
		const load = loads({extraction: {taskId: TASK, status: 'RUNNING'}});
		const pause = recording();

		assert.equal(await reloadUntilRecordShows({id: TASK, status: 'COMPLETED'}, load, pause), null);
		assert.equal(load.calls, 10);
		assert.equal(pause.pauses.length, 9);
	});
});

test('isFinished is true for completed and failed tasks only', () => {
	assert.deepEqual(['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'].map((status) => isFinished({status})),
		[false, false, true, true]);
});

describe('failedCard', () => {
	test('names the task and gives the server\'s reason and hint', () => {
		const card = failedCard({taskNumber: 42, error: {code: 'ENCRYPTED_PDF', message: 'The PDF is password-protected.',
			hint: 'Remove the password and upload it again.'}}, {message: 'The resume could not be read.'});

		assert.equal(card.getAttribute('role'), 'alert');
		assert.equal(card.textContent,
			'Task 42 failed' + 'The PDF is password-protected.' + 'Remove the password and upload it again.');
	});

	test('falls back to the page\'s words where the task has none', () => {
		const card = failedCard({taskNumber: 7, error: null},
			{message: 'The job description could not be read.', hint: 'Press Extract Skills to try again.'});

		assert.equal(card.textContent,
			'Task 7 failed' + 'The job description could not be read.' + 'Press Extract Skills to try again.');
	});

	test('leaves the hint out when neither the task nor the page has one', () => {
		const card = failedCard({taskNumber: 7, error: {message: 'Unreadable.'}}, {message: 'The resume could not be read.'});

		assert.equal(card.childNodes.length, 2);
	});
});
