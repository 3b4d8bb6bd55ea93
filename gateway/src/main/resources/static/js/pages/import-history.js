import {api, query} from '../api.js';
import {h, replace, uid} from '../dom.js';
import {formatDateTime, formatNumber} from '../format.js';
import {onLive} from '../live.js';
import {badge, empty, latestLoader, pageHeader, pager} from '../components/ui.js';

const PAGE_SIZE = 20;

const TYPE_LABELS = {APPLICANTS: 'Applicants', JOBS: 'Jobs'};

/** The flat audit log of imports; rows change status live and are not clickable (by design). */
export function renderImportHistory(page) {
	const state = {type: '', page: 0, items: [], total: 0};
	const body = h('div');
	const filterId = uid('type');
	const filter = h('select.input', {id: filterId, onchange: () => {
		state.type = filter.value;
		state.page = 0;
		load();
	}},
	h('option', {value: ''}, 'All types'),
	h('option', {value: 'APPLICANTS'}, 'Applicants'),
	h('option', {value: 'JOBS'}, 'Jobs'));

	const load = latestLoader(body, 'Loading imports…',
		() => api.get(`/api/history/imports${query({type: state.type, page: state.page, size: PAGE_SIZE})}`),
		(answer) => {
			state.items = answer.items;
			state.total = answer.total;
			show();
		});

	function show() {
		if (!state.items.length) {
			replace(body, empty(state.type ? `No ${TYPE_LABELS[state.type].toLowerCase()} imports yet.` : 'No imports yet.',
				'Imports appear here as soon as they start.'));
			return;
		}
		replace(body,
			h('div.table-wrap', h('table.table.history',
				h('caption.visually-hidden', 'Import History'),
				h('thead', h('tr',
					['Date/Time', 'Type', 'File', 'Created', 'Updated', 'Skipped', 'Errors', 'Status', 'Possible duplicates']
						.map((column) => h('th', {scope: 'col', className: /^(Created|Updated|Skipped|Errors|Possible duplicates)$/.test(column) ? 'num' : ''},
							column)))),
				h('tbody', state.items.map(row)))),
			pager({page: state.page, size: PAGE_SIZE, total: state.total, onPage: (next) => {
				state.page = next;
				load();
			}}));
	}

	function changed(view) {
		const index = state.items.findIndex((item) => item.id === view.id);
		if (index >= 0) {
			state.items[index] = view;
			show();
		}
		else if (state.page === 0 && (!state.type || view.type === state.type)) {
			state.items.unshift(view);
			state.total += 1;
			state.items.length = Math.min(state.items.length, PAGE_SIZE);
			show();
		}
	}

	replace(page,
		pageHeader('Import History', 'Every import, newest first. Extraction is followed under Background Tasks.'),
		h('div.toolbar', h('div.field.inline', h('label.label', {for: filterId}, 'Filter by type'), filter)),
		body);
	load();
	const stopImports = onLive('import', changed);
	const stopReset = onLive('reset', load);
	return () => {
		stopImports();
		stopReset();
	};
}

function row(view) {
	return h('tr', {dataset: {importId: view.id, type: view.type || ''}},
		h('td.nowrap', {dataset: {label: 'Date/Time'}}, formatDateTime(view.createdAt)),
		h('td', {dataset: {label: 'Type'}}, TYPE_LABELS[view.type] || '—'),
		h('td.file-name', {dataset: {label: 'File'}, title: view.file}, view.file),
		h('td.num', {dataset: {label: 'Created'}}, formatNumber(view.created)),
		h('td.num', {dataset: {label: 'Updated'}}, formatNumber(view.updated)),
		h('td.num', {dataset: {label: 'Skipped'}}, formatNumber(view.skipped)),
		h('td.num', {dataset: {label: 'Errors'}}, formatNumber(view.errors)),
		h('td', {dataset: {label: 'Status'}}, badge(view.status)),
		// found after extraction, so it may grow after the import completed; merged ones stay counted
		h('td.num', {dataset: {label: 'Possible duplicates', role: 'possible-duplicates'}},
			formatNumber(view.possibleDuplicates ?? 0),
			view.mergedDuplicates ? h('span.muted', ` (${formatNumber(view.mergedDuplicates)} merged)`) : null));
}
