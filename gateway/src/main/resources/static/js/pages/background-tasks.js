import {api, query} from '../api.js';
import {h, replace} from '../dom.js';
import {formatDate, formatNumber, formatTime} from '../format.js';
import {onLive} from '../live.js';
import {badge, empty, latestLoader, pageHeader, pager, progressBar} from '../components/ui.js';

const PAGE_SIZE = 25;

const KINDS = [
	{kind: 'RESUME', label: 'Resumes', record: 'applicant', link: (id) => `#/applicants/${id}`},
	{kind: 'JOB_DESCRIPTION', label: 'Job Descriptions', record: 'job', link: (id) => `#/jobs/${id}`},
];

/** Extraction tasks, live: rows change in place as the stream reports them, no reload needed. */
export function renderBackgroundTasks(page, params) {
	const state = {
		kind: KINDS.some((entry) => entry.kind === params?.get('kind')) ? params.get('kind') : 'RESUME',
		page: 0, items: [], total: 0, counts: {},
	};
	const tabs = h('div.tabs', {role: 'tablist', aria: {label: 'Task kind'}});
	const panel = h('div.tab-panel', {role: 'tabpanel', id: 'tasks-panel', tabindex: '0'});
	const load = latestLoader(panel, 'Loading tasks…',
		() => api.get(`/api/history/tasks${query({kind: state.kind, page: state.page, size: PAGE_SIZE})}`),
		(answer) => {
			state.items = answer.items;
			state.total = answer.total;
			show();
		});
	let countsTimer = null;

	function showTabs() {
		replace(tabs, KINDS.map((entry) => {
			const selected = entry.kind === state.kind;
			return h('button.tab', {
				type: 'button', role: 'tab', id: `tab-${entry.kind}`, dataset: {kind: entry.kind},
				aria: {selected: String(selected), controls: 'tasks-panel'}, tabindex: selected ? '0' : '-1',
				onclick: () => select(entry.kind),
				onkeydown: (event) => {
					if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
						const other = KINDS.find((candidate) => candidate.kind !== state.kind);
						select(other.kind);
						tabs.querySelector(`[data-kind="${other.kind}"]`).focus();
					}
				},
			}, entry.label, h('span.count', {dataset: {count: entry.kind}}, formatNumber(state.counts[entry.kind] ?? 0)));
		}));
		panel.setAttribute('aria-labelledby', `tab-${state.kind}`);
	}

	function select(kind) {
		if (kind !== state.kind) {
			state.kind = kind;
			state.page = 0;
			showTabs();
			load();
		}
	}

	async function loadCounts() {
		try {
			state.counts = await api.get('/api/history/tasks/counts');
			showTabs();
		}
		catch {
			// the counts are a garnish; the list below says what went wrong if the service is down
		}
	}

	function show() {
		const kind = KINDS.find((entry) => entry.kind === state.kind);
		if (!state.items.length) {
			replace(panel, empty(`No ${kind.label.toLowerCase()} tasks yet.`,
				'A task starts for every imported record and shows here live.'));
			return;
		}
		replace(panel,
			h('div.table-wrap.tasks-wrap', h('table.table.tasks',
				h('caption.visually-hidden', `${kind.label} tasks`),
				h('thead', h('tr', ['Task', 'Status', 'Progress', 'Items', 'Created']
					.map((column) => h('th', {scope: 'col'}, column)))),
				state.items.map((task) => taskRows(task, kind)))),
			pager({page: state.page, size: PAGE_SIZE, total: state.total, onPage: (next) => {
				state.page = next;
				load();
			}}));
	}

	function changed(task) {
		scheduleCounts();
		if (task.kind !== state.kind) {
			return;
		}
		const index = state.items.findIndex((item) => item.id === task.id);
		if (index >= 0) {
			state.items[index] = task;
			show();
		}
		else if (state.page === 0) {
			state.items.unshift(task);
			state.total += 1;
			state.items.length = Math.min(state.items.length, PAGE_SIZE);
			show();
		}
	}

	function scheduleCounts() {
		if (!countsTimer) {
			countsTimer = setTimeout(() => {
				countsTimer = null;
				loadCounts();
			}, 1000);
		}
	}

	replace(page,
		pageHeader('Background Tasks', 'Skills extraction of imported resumes and job descriptions, updated live.'),
		tabs, panel);
	showTabs();
	loadCounts();
	load();
	const stops = [onLive('task', changed), onLive('reset', () => {
		loadCounts();
		load();
	})];
	return () => {
		clearTimeout(countsTimer);
		stops.forEach((stop) => stop());
	};
}

function taskRows(task, kind) {
	const name = task.name || (task.number ? `Task ${task.number}` : 'Task');
	const main = h('tbody.task', {dataset: {taskId: task.id, status: task.status}},
		h('tr',
			h('th', {scope: 'row', dataset: {label: 'Task'}}, h('span.task-name', name),
				task.sourceName ? h('span.muted.block.file-name', {title: task.sourceName}, task.sourceName) : null),
			h('td', {dataset: {label: 'Status'}}, badge(task.status),
				task.stalled ? h('span.muted.block', 'No news for a while') : null),
			h('td', {dataset: {label: 'Progress'}}, progressBar({completed: task.itemsCompleted, total: task.itemsTotal,
				// a finished task fills by whole items; a running one moves within its item
				fraction: ['COMPLETED', 'FAILED'].includes(task.status) ? null : task.progress})),
			h('td', {dataset: {label: 'Items'}}, h('span.items', h('span.nowrap', `${formatNumber(task.itemsCompleted)} processed,`),
				' ', h('span.nowrap', `${formatNumber(task.itemsSucceeded)} succeeded`))),
			h('td', {dataset: {label: 'Created'}}, h('time', {datetime: task.createdAt},
				h('span.nowrap', formatDate(task.createdAt)), ' ', h('span.nowrap', formatTime(task.createdAt))))));
	if (task.status === 'FAILED') {
		main.append(h('tr.failure-row', h('td', {colspan: '5'}, h('div.failure',
			h('p.failure-reason', task.error?.message || 'Extraction failed.'),
			task.error?.hint ? h('p.muted', task.error.hint) : null,
			task.recordId ? h('a.button.small', {href: kind.link(task.recordId)},
				kind.record === 'applicant' ? 'Open applicant' : 'Open job') : null))));
	}
	return main;
}
