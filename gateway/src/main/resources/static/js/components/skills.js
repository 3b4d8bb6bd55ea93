import {h} from '../dom.js';
import {humanize} from '../format.js';

const TYPE_ORDER = ['hard', 'tool', 'soft', 'language', 'unmapped'];

const TYPE_LABELS = {hard: 'Hard skills', tool: 'Tools', soft: 'Soft skills', language: 'Languages',
	unmapped: 'Listed, not in the dictionary'};

/**
 * Skills grouped by type; each opens (click, Enter) to show where it was found, and shows the
 * evidence on hover. `onRemove(skill)` adds a remove control per skill.
 */
export function skillGroups(skills, {onRemove} = {}) {
	const groups = new Map();
	for (const skill of skills) {
		const type = (skill.type || 'other').toLowerCase();
		if (!groups.has(type)) {
			groups.set(type, []);
		}
		groups.get(type).push(skill);
	}
	const types = [...groups.keys()].sort((a, b) => rank(a) - rank(b));
	return h('div.skill-groups', types.map((type) => h('section.skill-group', {dataset: {type}},
		h('h4.skill-group-title', TYPE_LABELS[type] || humanize(type), h('span.count', String(groups.get(type).length))),
		h('ul.skills', groups.get(type).map((skill) => h('li', skillChip(skill, onRemove)))))));
}

function rank(type) {
	const index = TYPE_ORDER.indexOf(type);
	return index < 0 ? TYPE_ORDER.length : index;
}

function skillChip(skill, onRemove) {
	const evidence = skill.evidence ? h('span.evidence', '“', ...highlighted(skill.evidence, skill.matched), '”')
		: h('span.muted', 'Added by hand.');
	const unmapped = skill.type === 'unmapped';
	return h('details.skill', {title: skill.evidence || '', dataset: {unmapped: String(unmapped)}},
		h('summary', skill.name || skill.skillId,
			unmapped ? h('span.badge.unmapped', {title: 'Named in a skills list; no dictionary entry maps it'}, 'unmapped') : null),
		h('div.skill-detail', evidence,
			skill.section ? h('span.muted.block', `Found in ${humanize(skill.section)}`) : null,
			onRemove ? h('button.button.small.danger', {type: 'button', onclick: () => onRemove(skill)},
				`Remove ${skill.name || ''}`) : null));
}

/** The evidence with the text that matched marked, where the evidence holds it (older results have no `matched`). */
function highlighted(evidence, matched) {
	const text = matched ? matched.replace(/\s+/g, ' ').trim() : '';
	const at = text ? evidence.indexOf(text) : -1;
	if (at < 0) {
		return [evidence];
	}
	return [evidence.slice(0, at), h('mark.matched', text), evidence.slice(at + text.length)];
}
