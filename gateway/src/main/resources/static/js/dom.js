// Builds DOM from data without ever parsing markup: text goes in through textContent only, so a
// file named "<img src=x onerror=alert(1)>.pdf" is shown as those characters.

/**
 * h('button.primary', {type: 'button', onclick}, 'Save')
 * Attributes starting with "on" are listeners; `dataset`, `aria` and `style` take objects.
 */
export function h(tagAndClasses, attributes, ...children) {
	const [tag, ...classes] = tagAndClasses.split('.');
	const element = document.createElement(tag || 'div');
	if (classes.length) {
		element.className = classes.join(' ');
	}
	let content = children;
	if (attributes === null || attributes === undefined || isChild(attributes)) {
		content = [attributes, ...children];
	}
	else {
		applyAttributes(element, attributes);
	}
	append(element, content);
	return element;
}

function isChild(value) {
	return typeof value === 'string' || typeof value === 'number' || value instanceof Node || Array.isArray(value);
}

function applyAttributes(element, attributes) {
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === null || value === false) {
			continue;
		}
		if (name.startsWith('on') && typeof value === 'function') {
			element.addEventListener(name.slice(2).toLowerCase(), value);
		}
		else if (name === 'dataset' || name === 'style') {
			Object.assign(element[name], value);
		}
		else if (name === 'aria') {
			for (const [key, ariaValue] of Object.entries(value)) {
				element.setAttribute('aria-' + key, String(ariaValue));
			}
		}
		else if (name === 'className') {
			element.className = value;
		}
		else if (value === true) {
			element.setAttribute(name, '');
		}
		else {
			element.setAttribute(name, String(value));
		}
	}
}

function append(element, children) {
	for (const child of children.flat(Infinity)) {
		if (child === null || child === undefined || child === false) {
			continue;
		}
		element.append(child instanceof Node ? child : document.createTextNode(String(child)));
	}
}

/** Replaces everything inside `element` with `children`. */
export function replace(element, ...children) {
	element.replaceChildren();
	append(element, children);
	return element;
}

let nextId = 0;

/** A unique id for tying a label to its control. */
export function uid(prefix) {
	nextId += 1;
	return `${prefix}-${nextId}`;
}
