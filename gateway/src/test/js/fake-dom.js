// The little of the DOM that the UI modules use, so their logic runs under `node --test` without a
// browser or an npm package. Importing this module installs `document` and `Node` globally.

class FakeNode {
	constructor() {
		this.childNodes = [];
	}

	append(...nodes) {
		this.childNodes.push(...nodes);
	}

	replaceChildren(...nodes) {
		this.childNodes = nodes;
	}

	get textContent() {
		return this.childNodes.map((child) => child.textContent).join('');
	}
}

class FakeText extends FakeNode {
	constructor(data) {
		super();
		this.data = data;
	}

	get textContent() {
		return this.data;
	}
}

class FakeElement extends FakeNode {
	constructor(tagName) {
		super();
		this.tagName = tagName.toUpperCase();
		this.className = '';
		this.attributes = new Map();
		this.listeners = new Map();
		this.dataset = {};
		this.style = {};
	}

	setAttribute(name, value) {
		this.attributes.set(name, String(value));
	}

	getAttribute(name) {
		return this.attributes.get(name) ?? null;
	}

	addEventListener(type, listener) {
		this.listeners.set(type, listener);
	}

	/** Calls the listener of `type`, as a click or a submit would. */
	dispatch(type) {
		return this.listeners.get(type)?.({type, preventDefault() {}});
	}

	get classList() {
		const classes = this.className.split(' ').filter(Boolean);
		return {contains: (name) => classes.includes(name)};
	}
}

globalThis.Node = FakeNode;
globalThis.document = {
	createElement: (tagName) => new FakeElement(tagName),
	createTextNode: (data) => new FakeText(data),
};

/** The elements under `root` (itself included) that carry the class `name`, in document order. */
export function byClass(root, name) {
	const found = [];
	const visit = (node) => {
		if (node instanceof FakeElement && node.classList.contains(name)) {
			found.push(node);
		}
		node.childNodes.forEach(visit);
	};
	visit(root);
	return found;
}
