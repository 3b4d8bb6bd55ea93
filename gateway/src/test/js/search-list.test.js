import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {setTimeout as wait} from 'node:timers/promises';

import {byClass} from './fake-dom.js';
import {searchList} from '../../main/resources/static/js/components/search-list.js';
import {h} from '../../main/resources/static/js/dom.js';

const realFetch = globalThis.fetch;

afterEach(() => {
	globalThis.fetch = realFetch;
});

/** A gateway answering every list request with `answer(path)`, recording the paths asked. */
function fakeGateway(answer) {
	const asked = [];
	globalThis.fetch = async (path) => {
		asked.push(path);
		return new Response(JSON.stringify(answer(path)), {status: 200, headers: {'Content-Type': 'application/json'}});
	};
	return asked;
}

function jobList(page) {
	searchList(page, {
		title: 'Uploaded Jobs', subtitle: 'Jobs.', path: '/api/jobs', one: 'job', many: 'jobs',
		searchLabel: 'Search jobs', placeholder: 'Search', emptyHint: 'Import postings first.',
		table: (jobs) => h('table.table', h('tbody', jobs.map((job) => h('tr', h('td', job.title))))),
	});
}

test('draws the first page of the list through the table the page gives', async () => {
	const asked = fakeGateway(() => ({items: [{title: 'Nurse'}, {title: 'Chef'}], total: 2}));
	const page = document.createElement('main');

	jobList(page);
	await wait(0);

	assert.deepEqual(asked, ['/api/jobs?page=0&size=25']);
	assert.equal(byClass(page, 'table').length, 1);
	assert.match(page.textContent, /Uploaded Jobs.*Nurse.*Chef/s);
	assert.equal(byClass(page, 'pager').length, 1);
});

test('an empty list says there is nothing yet and what to do', async () => {
	fakeGateway(() => ({items: [], total: 0}));
	const page = document.createElement('main');

	jobList(page);
	await wait(0);

	assert.match(page.textContent, /No jobs yet\.Import postings first\./);
	assert.equal(byClass(page, 'table').length, 0);
});

test('a search asks for its first page and says when nothing matches', async () => {
	const asked = fakeGateway((path) => (path.includes('q=') ? {items: [], total: 0} : {items: [{title: 'Nurse'}], total: 40}));
	const page = document.createElement('main');
	jobList(page);
	await wait(0);

	const [input] = byClass(page, 'input');
	input.value = ' welder ';
	input.dispatch('input');
	await wait(300);

	assert.deepEqual(asked, ['/api/jobs?page=0&size=25', '/api/jobs?q=welder&page=0&size=25']);
	assert.match(page.textContent, /No job matches “welder”\./);
});
