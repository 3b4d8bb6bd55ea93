import {api} from '../api.js';
import {h, replace, uid} from '../dom.js';
import {formatDateTime, formatNumber} from '../format.js';
import {onLive} from '../live.js';
import {failedCard, isFinished, reloadUntilRecordShows} from '../components/extraction.js';
import {skillGroups} from '../components/skills.js';
import {badge, empty, latestLoader, pageHeader} from '../components/ui.js';
import {searchList} from '../components/search-list.js';

/** Uploaded Jobs: every job imported from a URL or a PDF, searchable. */
export function renderJobList(page) {
	searchList(page, {
		title: 'Uploaded Jobs', subtitle: 'Jobs imported from posting URLs and JD PDFs. Open one to edit it.',
		path: '/api/jobs', one: 'job', many: 'jobs', searchLabel: 'Search jobs',
		placeholder: 'Search by title, company or location',
		emptyHint: 'Import postings under Data Import → Job Import.',
		table: (jobs) => h('table.table',
			h('caption.visually-hidden', 'Uploaded Jobs'),
			h('thead', h('tr', ['Title', 'Company', 'Location', 'Source', 'Extraction', 'Updated']
				.map((column) => h('th', {scope: 'col'}, column)))),
			h('tbody', jobs.map((job) => h('tr',
				h('th', {scope: 'row', dataset: {label: 'Title'}}, h('a', {href: `#/jobs/${job.id}`}, job.title || 'Untitled job')),
				h('td', {dataset: {label: 'Company'}}, job.company || '—'),
				h('td', {dataset: {label: 'Location'}}, job.location || '—'),
				h('td.file-name', {dataset: {label: 'Source'}, title: sourceOf(job)}, sourceOf(job)),
				h('td', {dataset: {label: 'Extraction'}}, badge(job.extractionStatus)),
				h('td', {dataset: {label: 'Updated'}}, formatDateTime(job.updatedAt)))))),
	});
}

// the job's extraction says how the task is doing once the job has moved on to it; a failed task
// needs no notice, as the page shows the failure with its reason
function startedTaskNotice(task, extraction) {
	const status = extraction?.taskId === task.id ? extraction.status : 'QUEUED';
	if (status === 'FAILED') {
		return null;
	}
	return h('p.notice', status === 'COMPLETED'
		? `Task ${task.number} finished. The skills below are what it found.`
		: `Task ${task.number} started. Skills update when it finishes.`);
}

// a job comes from a posting URL or from a JD PDF, never both
function sourceOf(job) {
	return job.sourceUrl || job.sourceFileName;
}

const EDITABLE = [
	{name: 'title', label: 'Title'},
	{name: 'company', label: 'Company'},
	{name: 'location', label: 'Location'},
	{name: 'description', label: 'Description', multiline: true},
];

/** A job: the edit form, and Required Skills with Extract Skills (the retry) and manual changes. */
export function renderJobPage(page, jobId) {
	const body = h('div');
	let job = null;
	// the Extract Skills task this page started: its notice outlives the reloads its progress causes
	let startedTask = null;
	const load = latestLoader(body, 'Loading job…', () => api.get(`/api/jobs/${jobId}`),
		(answer) => {
			job = answer;
			show();
		},
		() => empty('This job does not exist.', 'It may belong to another workspace.'));

	function show() {
		const extraction = job.extraction;
		replace(body,
			pageHeader(job.title || 'Untitled job', sourceOf(job), badge(extraction.status)),
			h('div.profile-grid',
				h('div.stack', editCard()),
				h('div.stack',
					extraction.status === 'FAILED' ? failedCard(extraction, {message: 'The job description could not be read.',
						hint: 'Press Extract Skills to try again.'}) : null,
					skillsCard())));
	}

	function editCard() {
		const message = h('div', {aria: {live: 'polite'}});
		const controls = {};
		const fields = EDITABLE.map((field) => {
			const id = uid(field.name);
			const control = field.multiline
				? h('textarea.input', {id, name: field.name, rows: '10'})
				: h('input.input', {id, name: field.name, type: 'text'});
			control.value = job[field.name] || '';
			controls[field.name] = control;
			return h('div.field', h('label.label', {for: id}, field.label), control);
		});
		const save = h('button.button.primary', {type: 'submit'}, 'Save changes');
		return h('section.card', {aria: {label: 'Job details'}}, h('h3.card-title', 'Job details'),
			h('form.stack-tight', {onsubmit: async (event) => {
				event.preventDefault();
				const changes = {};
				for (const field of EDITABLE) {
					const value = controls[field.name].value.trim();
					if (value !== (job[field.name] || '')) {
						changes[field.name] = value;
					}
				}
				if (!Object.keys(changes).length) {
					replace(message, h('p.muted', 'Nothing changed.'));
					return;
				}
				save.disabled = true;
				try {
					job = await api.patch(`/api/jobs/${jobId}`, changes);
					show();
					body.querySelector('[data-role="saved"]')?.focus();
				}
				catch (error) {
					save.disabled = false;
					replace(message, h('div.field-error', {role: 'alert'}, h('p', error.message)));
				}
			}}, fields, h('div.form-actions', save, message)),
			h('p.muted.small', {tabindex: '-1', dataset: {role: 'saved'}},
				`Last updated ${formatDateTime(job.updatedAt)}. Edited fields are kept when skills are extracted again.`));
	}

	function skillsCard() {
		const skills = job.skills;
		const message = h('div', {aria: {live: 'polite'}});
		const addId = uid('skill');
		const addInput = h('input.input', {id: addId, type: 'text', autocomplete: 'off', placeholder: 'e.g. Kotlin'});
		if (startedTask) {
			replace(message, startedTaskNotice(startedTask, job.extraction));
		}
		const extract = h('button.button', {type: 'button', onclick: async () => {
			extract.disabled = true;
			try {
				const started = await api.post(`/api/jobs/${jobId}/extract-skills`);
				startedTask = {id: started.taskId, number: started.taskNumber};
				await load({quiet: true});
			}
			catch (error) {
				startedTask = null;
				replace(message, h('div.field-error', {role: 'alert'}, h('p', error.message)));
			}
			finally {
				extract.disabled = false;
			}
		}}, 'Extract Skills');

		async function change(changes, done) {
			try {
				job = await api.patch(`/api/jobs/${jobId}`, changes);
				show();
				done?.();
			}
			catch (error) {
				replace(message, h('div.field-error', {role: 'alert'}, h('p', error.message)));
			}
		}

		return h('section.card', {aria: {label: 'Required Skills'}},
			h('div.card-head', h('h3.card-title', 'Required Skills', skills.length ? h('span.count', formatNumber(skills.length)) : null),
				extract),
			message,
			skills.length ? skillGroups(skills, {onRemove: (skill) => change({removeSkills: [skill.name]})})
				: h('p.muted', 'No required skills yet. Extract them from the description or add them by hand.'),
			h('form.inline-form', {onsubmit: (event) => {
				event.preventDefault();
				const name = addInput.value.trim();
				if (name) {
					change({addSkills: [name]}, () => body.querySelector(`#${addId}`)?.focus());
				}
			}},
			h('label.label', {for: addId}, 'Add a skill'),
			h('div.inline-field', addInput, h('button.button', {type: 'submit'}, 'Add skill'))));
	}

	function taskChanged(task) {
		if (task.recordId === jobId && isFinished(task)) {
			reloadUntilRecordShows(task, load);
		}
	}

	replace(page, h('p.breadcrumb', h('a', {href: '#/jobs'}, '‹ Uploaded Jobs')), body);
	load();
	return onLive('task', taskChanged);
}
