import {h} from '../dom.js';

const CATCH_UP_ATTEMPTS = 10;

const CATCH_UP_STEP_MILLIS = 500;

/**
 * The alert a record page shows while its extraction (the `extraction` of the record's answer) has
 * failed: which task, why, and what to do; `message` and `hint` stand in where the task gives none.
 */
export function failedCard(extraction, {message, hint}) {
	return h('section.card.alert', {role: 'alert', aria: {label: 'Extraction failed'}},
		h('h3.card-title', `Task ${extraction.taskNumber} failed`),
		h('p', extraction.error?.message || message),
		extraction.error?.hint || hint ? h('p.muted', extraction.error?.hint || hint) : null);
}

/** A task that will not change any more. */
export function isFinished(task) {
	return task.status === 'COMPLETED' || task.status === 'FAILED';
}

/**
 * Reloads a record after the stream said its extraction task finished, until the record reports the
 * same outcome. history-service reports the task first; import-service stores the result on the record
 * a moment later, so the first reload may still show the task running. Stops when a load fails (the
 * page shows why), when the record has moved on to another task, or after a bounded number of tries.
 */
export async function reloadUntilRecordShows(task, load, pause = wait) {
	for (let attempt = 1; attempt <= CATCH_UP_ATTEMPTS; attempt++) {
		const record = await load({quiet: true});
		const extraction = record?.extraction;
		if (!extraction || extraction.taskId !== task.id || extraction.status === task.status) {
			return record;
		}
		if (attempt < CATCH_UP_ATTEMPTS) {
			await pause(CATCH_UP_STEP_MILLIS * attempt);
		}
	}
	return null;
}

function wait(millis) {
	return new Promise((resolve) => setTimeout(resolve, millis));
}
