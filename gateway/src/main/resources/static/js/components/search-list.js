import {api, query} from '../api.js';
import {h, replace} from '../dom.js';
import {empty, latestLoader, pageHeader, pager, searchField} from './ui.js';

const PAGE_SIZE = 25;

/**
 * A searchable, paged list page (Applicants, Uploaded Jobs): a header, a search field and one page
 * of `{items, total}` from `path`, drawn by `table(items)`. A search starts again at the first page;
 * only the newest answer is shown.
 */
export function searchList(page, {title, subtitle, path, one, many, searchLabel, placeholder, emptyHint, table}) {
	const state = {q: '', page: 0};
	const body = h('div');
	const load = latestLoader(body, `Loading ${many}…`,
		() => api.get(`${path}${query({q: state.q, page: state.page, size: PAGE_SIZE})}`), show);

	function show(answer) {
		if (!answer.items.length) {
			replace(body, state.q ? empty(`No ${one} matches “${state.q}”.`) : empty(`No ${many} yet.`, emptyHint));
			return;
		}
		replace(body,
			h('div.table-wrap', table(answer.items)),
			pager({page: state.page, size: PAGE_SIZE, total: answer.total, onPage: (next) => {
				state.page = next;
				load();
			}}));
	}

	replace(page,
		pageHeader(title, subtitle),
		h('div.toolbar', searchField({label: searchLabel, placeholder, onSearch: (text) => {
			state.q = text;
			state.page = 0;
			load();
		}})),
		body);
	load();
}
