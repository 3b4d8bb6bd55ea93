import assert from 'node:assert/strict';
import {test} from 'node:test';

import {byClass} from './fake-dom.js';
import {latestLoader} from '../../main/resources/static/js/components/ui.js';

/** A promise settled from outside, to answer requests in any order. */
function deferred() {
	let resolve;
	let reject;
	const promise = new Promise((onResolve, onReject) => {
		resolve = onResolve;
		reject = onReject;
	});
	return {promise, resolve, reject};
}

function notFoundError() {
	return Object.assign(new Error('Not found'), {status: 404});
}

test('shows the loading text until the answer comes, then hands the answer to show', async () => {
	const container = document.createElement('div');
	const answer = deferred();
	const shown = [];
	const load = latestLoader(container, 'Loading jobs…', () => answer.promise, (value) => shown.push(value));

	const loading = load();
	assert.equal(container.textContent, 'Loading jobs…');
	answer.resolve({items: [], total: 0});

	assert.deepEqual(await loading, {items: [], total: 0});
	assert.deepEqual(shown, [{items: [], total: 0}]);
});

test('drops an answer that comes back after a newer load began', async () => {
	const container = document.createElement('div');
	const older = deferred();
	const newer = deferred();
	const requests = [older, newer];
	const shown = [];
	const load = latestLoader(container, 'Loading…', () => requests.shift().promise, (value) => shown.push(value));

	const first = load();
	const second = load();
	newer.resolve('page 2');
	await second;
	older.resolve('page 1');

	assert.equal(await first, 'page 1', 'the caller of the older load still gets its answer');
	assert.deepEqual(shown, ['page 2']);
});

test('drops the failure of an older load once a newer one began', async () => {
	const container = document.createElement('div');
	const older = deferred();
	const requests = [older, deferred()];
	const load = latestLoader(container, 'Loading…', () => requests.shift().promise, () => {});

	const first = load();
	load();
	older.reject(new Error('The server could not be reached.'));

	assert.equal(await first, null);
	assert.equal(byClass(container, 'error').length, 0);
	assert.equal(container.textContent, 'Loading…');
});

test('a quiet load leaves what is shown until the answer comes', async () => {
	const container = document.createElement('div');
	container.append(document.createTextNode('the current page'));
	const load = latestLoader(container, 'Loading…', async () => 'fresh', () => {});

	const loading = load({quiet: true});

	assert.equal(container.textContent, 'the current page');
	assert.equal(await loading, 'fresh');
});

test('shows a failure with the reason and a retry that loads again', async () => {
	const container = document.createElement('div');
	const answers = [Promise.reject(Object.assign(new Error('The server answered 503.'), {hint: 'Try again in a minute.'})),
		Promise.resolve('second try')];
	const shown = [];
	const load = latestLoader(container, 'Loading…', () => answers.shift(), (value) => shown.push(value));

	assert.equal(await load(), null);
	const [error] = byClass(container, 'error');
	assert.match(error.textContent, /The server answered 503\./);
	assert.match(error.textContent, /Try again in a minute\./);

	await byClass(container, 'button')[0].dispatch('click');
	assert.deepEqual(shown, ['second try']);
});

test('shows the page\'s own words for a 404, where it has them', async () => {
	const container = document.createElement('div');
	const missing = () => Object.assign(document.createElement('p'), {className: 'missing'});
	const load = latestLoader(container, 'Loading…', () => Promise.reject(notFoundError()), () => {}, missing);

	await load();

	assert.equal(byClass(container, 'missing').length, 1);
	assert.equal(byClass(container, 'error').length, 0);
});

test('shows a 404 as a failure on a page without words for it', async () => {
	const container = document.createElement('div');
	const load = latestLoader(container, 'Loading…', () => Promise.reject(notFoundError()), () => {});

	await load();

	assert.match(byClass(container, 'error')[0].textContent, /Not found/);
});
