import {session, whenUnauthorized, ApiError} from './api.js';
import {connectLive, disconnectLive, onLive} from './live.js';
import {h, replace} from './dom.js';
import {renderSignIn} from './pages/sign-in.js';
import {renderApplicantImport} from './pages/applicant-import.js';
import {renderJobImport} from './pages/job-import.js';
import {renderImportHistory} from './pages/import-history.js';
import {renderBackgroundTasks} from './pages/background-tasks.js';
import {renderApplicantList, renderApplicantProfile} from './pages/applicants.js';
import {renderJobList, renderJobPage} from './pages/jobs.js';

const app = document.getElementById('app');

const IMPORT_TABS = [
	{path: '/import/applicants', label: 'Applicant Import', render: renderApplicantImport},
	{path: '/import/jobs', label: 'Job Import', render: renderJobImport},
	{path: '/import/history', label: 'Import History', render: renderImportHistory},
	{path: '/import/tasks', label: 'Background Tasks', render: renderBackgroundTasks},
];

const SECTIONS = [
	{path: '/import', label: 'Data Import', icon: '⇪'},
	{path: '/applicants', label: 'Applicants', icon: '☺'},
	{path: '/jobs', label: 'Jobs', icon: '▤'},
];

let tenant = null;

let leavePage = () => {};

start();

async function start() {
	whenUnauthorized(showSignIn);
	const key = keyFromFragment();
	if (key !== null) {
		// the key must not linger in the address bar, history or a bookmark
		history.replaceState(null, '', location.pathname + location.search + '#/import/applicants');
		try {
			tenant = (await session.signIn(key)).tenant;
		}
		catch (error) {
			showSignIn(error);
			return;
		}
		return showApp();
	}
	try {
		tenant = (await session.current()).tenant;
		showApp();
	}
	catch (error) {
		showSignIn(error instanceof ApiError && error.status === 401 ? null : error);
	}
}

function keyFromFragment() {
	const match = /^#key=([^&]*)/.exec(location.hash);
	return match ? decodeURIComponent(match[1]) : null;
}

function showSignIn(error) {
	leavePage();
	leavePage = () => {};
	disconnectLive();
	tenant = null;
	document.title = 'Sign in · Careers';
	replace(app, renderSignIn({
		error,
		onSignedIn: (signedInTenant) => {
			tenant = signedInTenant;
			if (!location.hash || location.hash === '#') {
				location.hash = '#/import/applicants';
			}
			showApp();
		},
	}));
}

let shell = null;

function showApp() {
	connectLive();
	shell = buildShell();
	replace(app, shell.root);
	window.onhashchange = () => (keyFromFragment() !== null ? start() : route());
	route();
}

function buildShell() {
	const content = h('main.content', {id: 'content', tabindex: '-1'});
	const liveBadge = h('span.live-dot', {title: 'Live updates connecting…', aria: {hidden: 'true'}});
	onLive('status', (connected) => {
		liveBadge.classList.toggle('on', connected);
		liveBadge.title = connected ? 'Live updates on' : 'Live updates reconnecting…';
	});
	const nav = h('nav.sidebar', {aria: {label: 'Main'}},
		h('ul', SECTIONS.map((section) => h('li',
			h('a.nav-link', {href: `#${section.path === '/import' ? '/import/applicants' : section.path}`,
				dataset: {section: section.path}},
			h('span.nav-icon', {aria: {hidden: 'true'}}, section.icon), section.label)))));
	const root = h('div.shell',
		h('header.topbar',
			h('a.brand', {href: '#/import/applicants'}, h('span.brand-mark', {aria: {hidden: 'true'}}, 'C'), 'Careers'),
			h('div.topbar-right', liveBadge,
				h('span.tenant', {title: 'Signed-in tenant'}, tenant),
				h('button.button.ghost', {type: 'button', onclick: signOut}, 'Sign out'))),
		h('div.body', nav, content));
	return {root, nav, content};
}

async function signOut() {
	try {
		await session.signOut();
	}
	catch {
		// the cookie is cleared by the server; a failed call leaves nothing worth telling
	}
	history.replaceState(null, '', location.pathname + location.search);
	showSignIn();
}

function route() {
	if (!shell) {
		return;
	}
	const [path, queryString] = (location.hash.replace(/^#/, '') || '/import/applicants').split('?');
	const params = new URLSearchParams(queryString || '');
	leavePage();
	leavePage = () => {};
	const content = shell.content;
	for (const link of shell.nav.querySelectorAll('a')) {
		const active = path.startsWith(link.dataset.section);
		link.classList.toggle('active', active);
		if (active) {
			link.setAttribute('aria-current', 'page');
		}
		else {
			link.removeAttribute('aria-current');
		}
	}
	let match;
	if (path.startsWith('/import')) {
		const tab = IMPORT_TABS.find((candidate) => candidate.path === path) || IMPORT_TABS[0];
		const page = h('section.page-body');
		replace(content, h('div.import-layout',
			h('nav.subnav', {aria: {label: 'Data Import'}},
				h('h1.section-title', 'Data Import'),
				h('ul', IMPORT_TABS.map((candidate) => h('li', h('a.subnav-link', {
					href: `#${candidate.path}`,
					className: candidate === tab ? 'subnav-link active' : 'subnav-link',
					aria: candidate === tab ? {current: 'page'} : undefined,
				}, candidate.label))))),
			page));
		document.title = `${tab.label} · Careers`;
		leavePage = tab.render(page, params) || (() => {});
	}
	else if ((match = /^\/applicants\/([0-9a-f-]{36})$/.exec(path))) {
		document.title = 'Applicant · Careers';
		leavePage = mount(content, (page) => renderApplicantProfile(page, match[1]));
	}
	else if (path.startsWith('/applicants')) {
		document.title = 'Applicants · Careers';
		leavePage = mount(content, renderApplicantList);
	}
	else if ((match = /^\/jobs\/([0-9a-f-]{36})$/.exec(path))) {
		document.title = 'Job · Careers';
		leavePage = mount(content, (page) => renderJobPage(page, match[1]));
	}
	else if (path.startsWith('/jobs')) {
		document.title = 'Jobs · Careers';
		leavePage = mount(content, renderJobList);
	}
	else {
		location.hash = '#/import/applicants';
	}
}

function mount(content, render) {
	const page = h('section.page-body.wide');
	replace(content, page);
	return render(page) || (() => {});
}
