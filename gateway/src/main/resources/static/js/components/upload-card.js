import {h, replace} from '../dom.js';
import {formatNumber} from '../format.js';
import {badge, progressBar} from './ui.js';

const OUTCOMES = ['CREATED', 'UPDATED', 'SKIPPED', 'ERROR'];

/**
 * The live view of one UploadSession: overall progress, files/s, counts by outcome and one line
 * per file. Rows are appended as results arrive, never rebuilt, so thousands of files stay cheap.
 * `linkFor(result)` gives the page of the created record.
 */
export function uploadCard(session, {title, linkFor, footer}) {
	const summary = h('div.upload-summary');
	const counts = h('ul.outcome-counts', {aria: {label: 'Outcomes'}});
	const rows = h('tbody');
	const table = h('table.table.results',
		h('caption.visually-hidden', `Results of ${title}`),
		h('thead', h('tr', h('th', {scope: 'col'}, 'File'), h('th', {scope: 'col'}, 'Outcome'),
			h('th', {scope: 'col'}, 'Details'))),
		rows);
	const card = h('section.card.upload-card', {aria: {label: title}, dataset: {importId: ''}},
		h('div.card-head', h('h3.card-title', title)),
		summary, counts, footer || null, h('div.table-wrap', table));

	let shown = 0;
	let scheduled = false;

	function render() {
		scheduled = false;
		card.dataset.importId = session.importId || '';
		card.dataset.state = session.state;
		const sending = session.state === 'uploading';
		replace(summary,
			progressBar({completed: session.done, total: session.total,
				label: `${formatNumber(session.done)} / ${formatNumber(session.total)} files`}),
			h('p.muted.rate', {aria: {live: 'polite'}},
				sending ? `Uploading · ${session.filesPerSecond.toFixed(1)} files/s`
					: `Uploaded ${formatNumber(session.done)} files at ${session.filesPerSecond.toFixed(1)} files/s`));
		const tally = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0]));
		session.results.forEach((result) => {
			tally[result.outcome] = (tally[result.outcome] || 0) + 1;
		});
		replace(counts, OUTCOMES.map((outcome) => h('li', badge(outcome), h('strong', formatNumber(tally[outcome])))));
		for (; shown < session.results.length; shown++) {
			rows.append(resultRow(session.results[shown], linkFor));
		}
	}

	const unsubscribe = session.subscribe(() => {
		if (!scheduled) {
			scheduled = true;
			requestAnimationFrame(render);
		}
	});
	render();
	return {element: card, detach: unsubscribe};
}

function resultRow(result, linkFor) {
	const label = result.path || result.file || result.url;
	let details;
	if (result.outcome === 'ERROR') {
		details = h('div', h('span', result.error?.message || 'Not imported.'),
			result.error?.hint ? h('span.muted.block', result.error.hint) : null);
	}
	else if (result.recordId && linkFor) {
		details = h('a', {href: linkFor(result)}, result.outcome === 'SKIPPED' ? 'Already imported · open' : 'Open');
	}
	return h('tr', {dataset: {outcome: result.outcome}},
		h('td.file-name', {title: label}, label),
		h('td', badge(result.outcome)),
		h('td', details || h('span.muted', '—')));
}
