import {h, uid} from '../dom.js';

/** What the imports read: PDF, Word (.docx), plain text, and ZIP archives of them. */
export const DOCUMENT_TYPES = '.pdf,.docx,.txt,.zip,application/pdf,'
	+ 'application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,application/zip';

/**
 * A drop zone for documents (PDF, DOCX, TXT, ZIP): drop files or whole folders (walked recursively),
 * or press it (mouse, Enter or Space) to pick files; a second control picks a folder. `onFiles` gets
 * File objects, each with the path it had inside a dropped or picked folder in `relativePath`.
 */
export function dropZone({title, detail, onFiles, multiple = true}) {
	const filesInputId = uid('files');
	const filesInput = h('input.visually-hidden', {
		id: filesInputId, type: 'file', accept: DOCUMENT_TYPES, multiple, tabindex: '-1',
		dataset: {role: 'files'},
		onchange: () => deliver(Array.from(filesInput.files).map((file) => withPath(file, file.name)), filesInput),
	});
	const folderInput = h('input.visually-hidden', {
		type: 'file', webkitdirectory: true, multiple: true, tabindex: '-1', dataset: {role: 'folder'},
		onchange: () => deliver(Array.from(folderInput.files)
			.map((file) => withPath(file, file.webkitRelativePath || file.name)), folderInput),
	});
	const zone = h('div.dropzone', {
		role: 'button', tabindex: '0',
		aria: {label: `${title}. Drop files or a folder here, or press Enter to choose files.`},
		onclick: () => filesInput.click(),
		onkeydown: (event) => {
			if (event.key === 'Enter' || event.key === ' ') {
				event.preventDefault();
				filesInput.click();
			}
		},
		ondragenter: (event) => {
			event.preventDefault();
			zone.classList.add('over');
		},
		ondragover: (event) => {
			event.preventDefault();
			event.dataTransfer.dropEffect = 'copy';
		},
		ondragleave: (event) => {
			if (!zone.contains(event.relatedTarget)) {
				zone.classList.remove('over');
			}
		},
		ondrop: async (event) => {
			event.preventDefault();
			zone.classList.remove('over');
			deliver(await droppedFiles(event.dataTransfer), null);
		},
	},
	h('span.dropzone-icon', {aria: {hidden: 'true'}}, '⇪'),
	h('span.dropzone-title', title),
	h('span.dropzone-detail', detail));

	function deliver(files, input) {
		const documents = files.filter(looksLikeDocument);
		if (input) {
			input.value = '';
		}
		if (documents.length || files.length) {
			onFiles(documents, files.length - documents.length);
		}
	}

	return h('div.dropzone-wrap', zone,
		h('div.dropzone-actions',
			h('label.button.small', {for: filesInputId}, multiple ? 'Choose files' : 'Choose a file'),
			multiple ? h('button.button.small', {type: 'button', onclick: () => folderInput.click()}, 'Choose a folder')
				: null),
		filesInput, folderInput);
}

// the server checks the content; here we only leave out what is plainly not meant (.DS_Store, images).
// Word 97-2003, RTF and OpenDocument go up so that the server says what to do with them.
function looksLikeDocument(file) {
	return file.type === 'application/pdf' || /\.(pdf|docx|txt|zip|doc|rtf|odt)$/i.test(file.name);
}

function withPath(file, relativePath) {
	Object.defineProperty(file, 'relativePath', {value: relativePath, configurable: true});
	return file;
}

async function droppedFiles(dataTransfer) {
	const entries = Array.from(dataTransfer.items || [])
		.map((item) => (item.webkitGetAsEntry ? item.webkitGetAsEntry() : null))
		.filter(Boolean);
	if (!entries.length) {
		return Array.from(dataTransfer.files || []).map((file) => withPath(file, file.name));
	}
	const files = [];
	for (const entry of entries) {
		await walk(entry, files);
	}
	return files;
}

async function walk(entry, files) {
	if (entry.isFile) {
		const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
		files.push(withPath(file, entry.fullPath.replace(/^\//, '')));
		return;
	}
	if (entry.isDirectory) {
		for (const child of await readAllEntries(entry.createReader())) {
			await walk(child, files);
		}
	}
}

// readEntries answers in batches (100 in Chromium) until it returns an empty one
async function readAllEntries(reader) {
	const all = [];
	for (;;) {
		const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
		if (!batch.length) {
			return all;
		}
		all.push(...batch);
	}
}
