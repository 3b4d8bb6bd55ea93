import {h, replace, uid} from '../dom.js';
import {dropZone} from '../components/dropzone.js';
import {badge, pageHeader} from '../components/ui.js';
import {uploadCard} from '../components/upload-card.js';
import {UploadSession, labelFor} from '../uploads.js';

// URLs and PDFs of one visit feed one import, kept when the page is left until the user finishes it
let current = newSession();

function newSession() {
	return {upload: null, urls: []};
}

function uploadFor(label) {
	if (!current.upload) {
		current.upload = new UploadSession('JOBS', label);
	}
	return current.upload;
}

export function renderJobImport(page) {
	const urlList = h('ul.url-results', {aria: {live: 'polite', label: 'Added URLs'}});
	const pdfArea = h('div');
	const notice = h('div');
	let detachCard = () => {};

	const inputId = uid('url');
	const input = h('input.input', {id: inputId, type: 'url', required: true, placeholder: 'https://jobs.example.com/posting/123',
		autocomplete: 'off', inputmode: 'url'});
	const addButton = h('button.button.primary', {type: 'submit'}, 'Add');
	const urlError = h('p.field-error', {role: 'alert'});
	const form = h('form.url-form', {novalidate: true, onsubmit: (event) => {
		event.preventDefault();
		addUrl();
	}},
	h('label.label', {for: inputId}, 'Job posting URL'),
	h('div.inline-field', input, addButton), urlError);

	async function addUrl() {
		const url = input.value.trim();
		urlError.textContent = '';
		if (!/^https?:\/\/\S+$/i.test(url)) {
			urlError.textContent = 'Enter a full web address starting with http:// or https://.';
			input.focus();
			return;
		}
		const entry = {url, result: null, error: null};
		current.urls.unshift(entry);
		input.value = '';
		addButton.disabled = true;
		showUrls();
		try {
			const [result] = await uploadFor('Job posting URLs').addUrls([url]);
			entry.result = result || {outcome: 'ERROR', error: {message: 'The server did not report on this URL.'}};
		}
		catch (error) {
			entry.result = {outcome: 'ERROR', error: {message: error.message, hint: error.hint}};
		}
		finally {
			addButton.disabled = false;
			input.focus();
		}
		showUrls();
		showPdfs();
	}

	function showUrls() {
		replace(urlList, current.urls.length ? current.urls.map(urlRow)
			: h('li.muted.empty-line', 'No URLs added yet.'));
	}

	function showPdfs() {
		detachCard();
		detachCard = () => {};
		const upload = current.upload;
		if (!upload || !upload.total) {
			replace(pdfArea);
			return;
		}
		const card = uploadCard(upload, {title: `PDFs · ${upload.label}`, linkFor: (result) => `#/jobs/${result.recordId}`});
		detachCard = card.detach;
		replace(pdfArea, card.element);
	}

	function addPdfs(files, ignored) {
		replace(notice, ignored ? h('p.notice', {role: 'status'},
			`${ignored} ${ignored === 1 ? 'file was' : 'files were'} left out: only PDF, Word (.docx), text (.txt) and ZIP files are imported.`) : null);
		if (!files.length) {
			return;
		}
		const upload = uploadFor(labelFor(files));
		upload.addFiles(files);
		showPdfs();
	}

	async function finish() {
		const upload = current.upload;
		current = newSession();
		showUrls();
		showPdfs();
		if (upload) {
			await upload.complete().catch(() => {});
		}
	}

	replace(page,
		pageHeader('Job Import', 'Add public job posting URLs, or drop JD PDFs. One job per URL or PDF; all of it is one import.',
			h('button.button', {type: 'button', onclick: finish}, 'Finish session')),
		h('div.split',
			h('section.card', {aria: {label: 'Import from URLs'}}, h('h3.card-title', 'From posting URLs'), form, urlList),
			h('section.card', {aria: {label: 'Import from PDFs'}}, h('h3.card-title', 'From JD PDFs'),
				dropZone({title: 'Drop JD documents or a folder',
					detail: 'PDF, Word (.docx), text (.txt), or ZIP archives of them. Or click to choose.', onFiles: addPdfs}),
				notice)),
		pdfArea,
		h('p.note', 'Job pages are fetched and skills extracted in the background. Follow it in ',
			h('a', {href: '#/import/tasks?kind=JOB_DESCRIPTION'}, 'Background Tasks'), '.'));
	showUrls();
	showPdfs();
	return () => detachCard();
}

function urlRow(entry) {
	const result = entry.result;
	return h('li.url-row', {dataset: {outcome: result ? result.outcome : 'PENDING'}},
		h('span.url-text', {title: entry.url}, entry.url),
		result ? badge(result.outcome) : badge('PENDING', 'Adding…'),
		result?.outcome === 'ERROR'
			? h('span.url-detail', result.error?.message || 'Not imported.',
				result.error?.hint ? h('span.muted.block', result.error.hint) : null)
			: result?.recordId ? h('a.url-detail', {href: `#/jobs/${result.recordId}`}, 'Open job') : null);
}
