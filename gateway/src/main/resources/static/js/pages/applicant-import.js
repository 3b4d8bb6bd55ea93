import {h, replace} from '../dom.js';
import {dropZone} from '../components/dropzone.js';
import {pageHeader} from '../components/ui.js';
import {uploadCard} from '../components/upload-card.js';
import {UploadSession, labelFor} from '../uploads.js';

// every upload of this browser tab, newest first; kept when the page is left
const sessions = [];

export function renderApplicantImport(page) {
	const notice = h('div');
	const list = h('div.upload-list');
	const detachers = [];

	function showSessions() {
		detachers.splice(0).forEach((detach) => detach());
		replace(list, sessions.map((session) => {
			const card = uploadCard(session, {
				title: `Import · ${session.label}`,
				linkFor: (result) => `#/applicants/${result.recordId}`,
				footer: backgroundNote(),
			});
			detachers.push(card.detach);
			return card.element;
		}));
	}

	function start(files, ignored) {
		replace(notice, ignored ? h('p.notice', {role: 'status'},
			`${ignored} ${ignored === 1 ? 'file was' : 'files were'} left out: only PDF, Word (.docx), text (.txt) and ZIP files are imported.`) : null);
		if (!files.length) {
			return;
		}
		const session = new UploadSession('APPLICANTS', labelFor(files));
		sessions.unshift(session);
		showSessions();
		session.addFiles(files).then(() => session.complete()).catch(() => session.changed());
	}

	replace(page,
		pageHeader('Applicant Import',
			'One applicant per resume (PDF, Word .docx or .txt), also inside ZIP archives. Skills are extracted in the background.'),
		dropZone({
			title: 'Drop resumes, ZIP archives or a folder',
			detail: 'PDF, Word (.docx), text (.txt), or ZIP archives of them. Folders and archives are searched inside, '
				+ 'sub-folders included. Or click to choose files.',
			onFiles: start,
		}),
		notice, list);
	showSessions();
	return () => detachers.forEach((detach) => detach());
}

function backgroundNote() {
	return h('p.note',
		'Skills extraction continues in the background, also if you leave this page. Follow it in ',
		h('a', {href: '#/import/tasks'}, 'Background Tasks'), '.');
}
