// The same person, twice: the possible duplicates an applicant has, why, and the Merge that makes
// one applicant of two (the older keeps its id; the newer resume becomes its latest version).
import {api} from '../api.js';
import {h, replace} from '../dom.js';
import {badge} from './ui.js';

const REASONS = {EMAIL: 'same email', PHONE: 'same phone number'};

/** The list row's mark: who the pair is with and why, in the tooltip and for screen readers. */
export function duplicateMark(applicant) {
	const pairs = applicant.possibleDuplicates || [];
	if (!pairs.length) {
		return null;
	}
	const why = pairs.map((pair) => `${pair.name} (${REASONS[pair.matchedOn] || pair.matchedOn})`).join(', ');
	return h('span.duplicate-mark', {title: `Possible duplicate of ${why}`, dataset: {role: 'possible-duplicate'}},
		' ', badge('PENDING', 'Possible duplicate'), h('span.visually-hidden', ` of ${why}`));
}

/** The profile's card: each pair, why it was found, and a Merge button. */
export function duplicatesCard(profile) {
	const pairs = profile.possibleDuplicates || [];
	if (!pairs.length) {
		return null;
	}
	const message = h('div', {aria: {live: 'polite'}});
	return h('section.card', {aria: {label: 'Possible duplicates'}, dataset: {role: 'possible-duplicates'}},
		h('h3.card-title', 'Possible duplicates'),
		h('p.muted', 'Another applicant may be this person. Merging keeps the older applicant and makes the newer resume its latest version.'),
		h('ul.plain.stack-tight', pairs.map((pair) => h('li', {dataset: {applicantId: pair.applicantId}},
			h('a', {href: `#/applicants/${pair.applicantId}`}, pair.name),
			h('span.muted', ` · matched on ${REASONS[pair.matchedOn] || pair.matchedOn}${pair.email ? ` (${pair.email})` : ''}`),
			' ',
			h('button.button.small', {type: 'button', dataset: {role: 'merge'}, onclick: (event) => merge(event.currentTarget, profile, pair, message)},
				'Merge')))),
		message);
}

async function merge(button, profile, pair, message) {
	button.disabled = true;
	replace(message, h('p.muted', `Merging with ${pair.name}…`));
	try {
		const merged = await api.post(`/api/applicants/${profile.id}/merge`, {otherId: pair.applicantId});
		const target = `#/applicants/${merged.applicantId}`;
		if (location.hash === target) {
			window.dispatchEvent(new HashChangeEvent('hashchange'));
		}
		else {
			location.hash = target;
		}
	}
	catch (error) {
		replace(message, h('div.field-error', {role: 'alert'}, h('p', error.message), error.hint ? h('p.muted', error.hint) : null));
		button.disabled = false;
	}
}
