import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {byClass} from './fake-dom.js';
import {skillGroups} from '../../main/resources/static/js/components/skills.js';

const PYTHON = {skillId: 'python', name: 'Python', type: 'HARD', matched: 'python 3',
	evidence: 'Built ETL jobs in python 3 and SQL', section: 'EXPERIENCE'};

const NEGOTIATION = {skillId: 'negotiation', name: 'Negotiation', type: 'SOFT', matched: 'negotiating',
	evidence: 'Led negotiating with suppliers', section: 'SUMMARY'};

const FORKLIFT = {skillId: 'unmapped:forklift licence', name: 'Forklift licence', type: 'unmapped',
	matched: 'Forklift licence', evidence: 'Forklift licence', section: 'SKILLS'};

describe('skillGroups', () => {
	test('groups skills by type, hard skills first and unmapped items last, each with its count', () => {
		const groups = byClass(skillGroups([FORKLIFT, NEGOTIATION, PYTHON]), 'skill-group');

		assert.deepEqual(groups.map((group) => group.dataset.type), ['hard', 'soft', 'unmapped']);
		assert.deepEqual(byClass(groups[2], 'skill-group-title').map((title) => title.textContent),
			['Listed, not in the dictionary1']);
	});

	test('shows the recruiter\'s name and marks the matched text inside its evidence', () => {
		const skill = byClass(skillGroups([PYTHON]), 'skill')[0];

		assert.ok(skill.textContent.startsWith('Python'));
		const marks = byClass(skill, 'matched');
		assert.equal(marks.length, 1);
		assert.equal(marks[0].tagName, 'MARK');
		assert.equal(marks[0].textContent, 'python 3');
		assert.equal(byClass(skill, 'evidence')[0].textContent, '“Built ETL jobs in python 3 and SQL”');
	});

	test('leaves the evidence unmarked where it does not hold the matched text (results from before `matched`)', () => {
		const olderResult = {...PYTHON, matched: undefined};
		const elsewhere = {...PYTHON, matched: 'Python 3.12'};

		for (const skill of [olderResult, elsewhere]) {
			const chip = byClass(skillGroups([skill]), 'skill')[0];
			assert.equal(byClass(chip, 'matched').length, 0);
			assert.equal(byClass(chip, 'evidence')[0].textContent, '“Built ETL jobs in python 3 and SQL”');
		}
	});

	test('marks a list item that no dictionary entry maps as unmapped, and no other', () => {
		const chips = byClass(skillGroups([PYTHON, FORKLIFT]), 'skill');

		assert.deepEqual(chips.map((chip) => chip.dataset.unmapped), ['false', 'true']);
		assert.equal(byClass(chips[0], 'unmapped').length, 0);
		assert.equal(byClass(chips[1], 'unmapped')[0].textContent, 'unmapped');
	});

	test('says a skill added by hand has no evidence, and offers removal when asked to', () => {
		const removed = [];
		const byHand = {skillId: 'kanban', name: 'Kanban', type: 'HARD'};
		const chip = byClass(skillGroups([byHand], {onRemove: (skill) => removed.push(skill)}), 'skill')[0];

		assert.ok(chip.textContent.includes('Added by hand.'));
		const remove = byClass(chip, 'danger')[0];
		assert.equal(remove.textContent, 'Remove Kanban');
		remove.dispatch('click');
		assert.deepEqual(removed, [byHand]);
	});
});
