import {h, replace, uid} from '../dom.js';
import {formatNumber, humanize} from '../format.js';

export function loading(text = 'Loading…') {
	return h('div.state.loading', {role: 'status'}, h('span.spinner', {aria: {hidden: 'true'}}), text);
}

export function empty(title, detail) {
	return h('div.state.empty', h('p.state-title', title), detail ? h('p.muted', detail) : null);
}

export function failure(error, retry) {
	return h('div.state.error', {role: 'alert'},
		h('p.state-title', 'Something went wrong'),
		h('p', error?.message || String(error)),
		error?.hint ? h('p.muted', error.hint) : null,
		retry ? h('button.button', {type: 'button', onclick: retry}, 'Try again') : null);
}

const STATUS_TONES = {
	COMPLETED: 'success', CREATED: 'success', FAILED: 'danger', ERROR: 'danger',
	UPDATED: 'info', SKIPPED: 'neutral', QUEUED: 'neutral', RUNNING: 'progress', IN_PROGRESS: 'progress',
	PENDING: 'neutral',
};

const STATUS_LABELS = {RUNNING: 'In progress', IN_PROGRESS: 'In progress', QUEUED: 'Queued'};

export function badge(status, label) {
	const tone = STATUS_TONES[status] || 'neutral';
	return h(`span.badge.${tone}`, {dataset: {status: status || ''}}, label || STATUS_LABELS[status] || humanize(status));
}

/**
 * A progress bar with the values a screen reader announces. `fraction` (0..1) sets the fill,
 * which may move within an item; the label says whole items.
 */
export function progressBar({completed, total, fraction, label}) {
	const filled = Math.max(0, Math.min(1, fraction ?? (total ? completed / total : 0)));
	const text = label ?? `${formatNumber(completed)} / ${formatNumber(total)}`;
	return h('div.progress', {
		role: 'progressbar',
		aria: {valuemin: 0, valuemax: total, valuenow: completed, valuetext: text, label: 'Progress'},
	},
	h('div.progress-track', h('div.progress-fill', {style: {width: `${(filled * 100).toFixed(1)}%`}})),
	h('span.progress-label', text));
}

/** Previous / next paging for `{items, total}` lists. */
export function pager({page, size, total, onPage}) {
	const pages = Math.max(1, Math.ceil(total / size));
	if (pages <= 1) {
		return h('div.pager', h('span.muted', `${formatNumber(total)} ${total === 1 ? 'row' : 'rows'}`));
	}
	return h('nav.pager', {aria: {label: 'Pages'}},
		h('button.button.small', {type: 'button', disabled: page === 0, onclick: () => onPage(page - 1)}, '‹ Previous'),
		h('span.muted', {aria: {live: 'polite'}}, `Page ${page + 1} of ${pages} · ${formatNumber(total)} rows`),
		h('button.button.small', {type: 'button', disabled: page >= pages - 1, onclick: () => onPage(page + 1)},
			'Next ›'));
}

/** A labelled search field that calls `onSearch` once typing pauses. */
export function searchField({label, placeholder, value, onSearch}) {
	const id = uid('search');
	let timer;
	const input = h('input.input', {
		id, type: 'search', placeholder, value: value || '', autocomplete: 'off',
		oninput: () => {
			clearTimeout(timer);
			timer = setTimeout(() => onSearch(input.value.trim()), 250);
		},
	});
	return h('div.field.search', h('label.visually-hidden', {for: id}, label), input);
}

export function pageHeader(title, subtitle, ...actions) {
	return h('header.page-header',
		h('div', h('h2.page-title', title), subtitle ? h('p.muted', subtitle) : null),
		actions.length ? h('div.page-actions', actions) : null);
}

/**
 * A load that shows `loadingText` in `container` (unless `quiet`), hands the answer of `fetch` to
 * `show`, or shows the error with a retry (`notFound()` for a 404, where given). An answer that comes
 * back after a newer load began is dropped, so a slow answer never replaces a newer one.
 */
export function latestLoader(container, loadingText, fetch, show, notFound = null) {
	let request = 0;
	async function load({quiet = false} = {}) {
		const mine = ++request;
		if (!quiet) {
			replace(container, loading(loadingText));
		}
		try {
			const answer = await fetch();
			if (mine === request) {
				show(answer);
			}
			return answer;
		}
		catch (error) {
			if (mine === request) {
				replace(container, error.status === 404 && notFound ? notFound() : failure(error, load));
			}
			return null;
		}
	}
	return load;
}
