import {api} from '../api.js';
import {h, replace, uid} from '../dom.js';
import {formatBytes, formatDateTime, formatNumber} from '../format.js';
import {onLive} from '../live.js';
import {failedCard, isFinished, reloadUntilRecordShows} from '../components/extraction.js';
import {duplicateMark, duplicatesCard} from '../components/duplicates.js';
import {skillGroups} from '../components/skills.js';
import {badge, empty, latestLoader, pageHeader} from '../components/ui.js';
import {searchList} from '../components/search-list.js';

/** A new version is one document: an archive is for imports. */
const RESUME_TYPES = '.pdf,.docx,.txt,application/pdf,'
	+ 'application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';


export function renderApplicantList(page) {
	searchList(page, {
		title: 'Applicants', subtitle: 'Everyone imported from a resume.', path: '/api/applicants',
		one: 'applicant', many: 'applicants', searchLabel: 'Search applicants',
		placeholder: 'Search by name, email or file',
		emptyHint: 'Import resumes under Data Import → Applicant Import.',
		table: (applicants) => h('table.table',
			h('caption.visually-hidden', 'Applicants'),
			h('thead', h('tr', ['Name', 'Email', 'Resume', 'Extraction', 'Updated']
				.map((column) => h('th', {scope: 'col'}, column)))),
			h('tbody', applicants.map((applicant) => h('tr',
				h('th', {scope: 'row', dataset: {label: 'Name'}},
					h('a', {href: `#/applicants/${applicant.id}`}, applicant.name || applicant.sourceFileName),
					duplicateMark(applicant)),
				h('td', {dataset: {label: 'Email'}}, applicant.email || '—'),
				h('td.file-name', {dataset: {label: 'Resume'}, title: applicant.sourceFileName},
					applicant.sourceFileName, h('span.muted', ` · v${applicant.currentVersion}`)),
				h('td', {dataset: {label: 'Extraction'}}, badge(applicant.extractionStatus)),
				h('td', {dataset: {label: 'Updated'}}, formatDateTime(applicant.updatedAt)))))),
	});
}

/** Resume & Skills: contact, versions, skills and extraction status; a new version is the retry. */
export function renderApplicantProfile(page, applicantId) {
	const body = h('div');
	let profile = null;
	let awaitedTask = null;
	const load = latestLoader(body, 'Loading applicant…', () => api.get(`/api/applicants/${applicantId}`),
		(answer) => {
			profile = answer;
			show();
		},
		() => empty('This applicant does not exist.', 'It may belong to another workspace.'));

	function show() {
		const extraction = profile.extraction;
		replace(body,
			pageHeader(profile.name || profile.sourceFileName, profile.name ? profile.sourceFileName : null,
				extraction ? badge(extraction.status, extractionLabel(extraction.status)) : null),
			h('div.profile-grid',
				h('div.stack',
					duplicatesCard(profile),
					contactCard(profile),
					extraction?.status === 'FAILED' ? failedCard(extraction, {message: 'The resume could not be read.'}) : null,
					skillsCard(profile)),
				h('div.stack',
					uploadCard(),
					versionsCard(profile))));
	}

	function uploadCard() {
		const inputId = uid('resume');
		const input = h('input.input', {id: inputId, type: 'file', accept: RESUME_TYPES, dataset: {role: 'new-version'}});
		const message = h('div', {aria: {live: 'polite'}});
		const button = h('button.button.primary', {type: 'submit'}, 'Upload new version');
		if (awaitedTask) {
			replace(message, h('p.notice', `Task ${awaitedTask.number} is extracting the new version…`));
		}
		const form = h('form.stack-tight', {onsubmit: async (event) => {
			event.preventDefault();
			const file = input.files[0];
			if (!file) {
				replace(message, h('p.field-error', {role: 'alert'}, 'Choose a resume first.'));
				return;
			}
			const data = new FormData();
			data.append('file', file, file.name);
			button.disabled = true;
			replace(message, h('p.muted', `Uploading ${file.name}…`));
			try {
				const added = await api.upload(`/api/applicants/${applicantId}/resumes`, data);
				awaitedTask = {id: added.taskId, number: added.taskNumber};
				await load({quiet: true});
			}
			catch (error) {
				replace(message, h('div.field-error', {role: 'alert'}, h('p', error.message),
					error.hint ? h('p.muted', error.hint) : null));
			}
			finally {
				button.disabled = false;
			}
		}},
		h('label.label', {for: inputId}, 'New resume version (PDF)'),
			h('p.muted', 'PDF, Word (.docx) or text (.txt).'), input, button, message);
		return h('section.card', {aria: {label: 'Upload a new version'}},
			h('h3.card-title', 'Upload a new version'),
			h('p.muted', 'A new version replaces the skills with what is found in it. It is also how a failed extraction is retried.'),
			form);
	}

	// history reports the task first; the profile follows once import-service has stored the result
	async function taskChanged(task) {
		if (task.recordId !== applicantId) {
			return;
		}
		if (!isFinished(task)) {
			if (profile?.extraction?.taskId === task.id && profile.extraction.status !== task.status) {
				profile.extraction.status = task.status;
				show();
			}
			return;
		}
		await reloadUntilRecordShows(task, load);
		if (awaitedTask?.id === task.id) {
			awaitedTask = null;
			show();
		}
	}

	replace(page, h('p.breadcrumb', h('a', {href: '#/applicants'}, '‹ Applicants')), body);
	load();
	return onLive('task', taskChanged);
}

function extractionLabel(status) {
	return {COMPLETED: 'Skills extracted', FAILED: 'Extraction failed', RUNNING: 'Extracting…', QUEUED: 'Queued'}[status];
}

function contactCard(profile) {
	const rows = [
		['Email', profile.email ? h('a', {href: `mailto:${profile.email}`}, profile.email) : null],
		['Phone', profile.phone],
		['Links', profile.links?.length ? h('ul.plain', profile.links.map((link) => h('li', safeLink(link)))) : null],
		['Imported', formatDateTime(profile.createdAt)],
		['Updated', formatDateTime(profile.updatedAt)],
	];
	return h('section.card', {aria: {label: 'Contact'}}, h('h3.card-title', 'Contact'),
		h('dl.facts', rows.map(([term, value]) => [h('dt', term), h('dd', value || h('span.muted', 'Not found'))])));
}

// only web links become anchors: a "javascript:" link in a resume stays text
function safeLink(link) {
	return /^https?:\/\//i.test(link) ? h('a', {href: link, rel: 'noopener noreferrer nofollow', target: '_blank'}, link) : link;
}

function skillsCard(profile) {
	const skills = profile.skills || [];
	let content;
	if (skills.length) {
		content = skillGroups(skills);
	}
	else if (profile.extraction && ['QUEUED', 'RUNNING'].includes(profile.extraction.status)) {
		content = h('p.muted', 'Skills appear here when extraction finishes.');
	}
	else {
		content = h('p.muted', 'No skills found.');
	}
	return h('section.card', {aria: {label: 'Resume & Skills'}},
		h('h3.card-title', 'Resume & Skills', skills.length ? h('span.count', formatNumber(skills.length)) : null), content);
}

function versionsCard(profile) {
	const versions = [...(profile.resumes || [])].sort((a, b) => b.version - a.version);
	return h('section.card', {aria: {label: 'Resume versions'}}, h('h3.card-title', 'Resume versions'),
		versions.length ? h('ul.versions', versions.map((resume) => h('li.version', {dataset: {version: resume.version}},
			h('div', h('strong', `Version ${resume.version}`), resume.version === profile.currentVersion ? badge('COMPLETED', 'Current') : null,
				h('span.block.file-name', {title: resume.fileName}, resume.fileName),
				h('span.muted.block', `${formatBytes(resume.sizeBytes)} · ${formatDateTime(resume.uploadedAt)} · ${resume.skillCount} skills`)),
			h('a.button.small', {href: `/api/applicants/${profile.id}/resumes/${resume.version}/content`, download: resume.fileName},
				'Download')))) : h('p.muted', 'No resume stored.'));
}
