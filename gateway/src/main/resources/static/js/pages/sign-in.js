import {session, ApiError} from '../api.js';
import {h, replace, uid} from '../dom.js';

export function renderSignIn({error, onSignedIn}) {
	const keyId = uid('key');
	const input = h('input.input', {id: keyId, type: 'password', name: 'apiKey', autocomplete: 'current-password', required: true});
	const message = h('div', {aria: {live: 'assertive'}});
	const button = h('button.button.primary.wide', {type: 'submit'}, 'Sign in');
	if (error) {
		showError(error);
	}

	function showError(problem) {
		replace(message, h('p.field-error', {role: 'alert'}, problem instanceof ApiError && problem.status === 401
			? 'That API key is not valid. Check it and try again.' : problem.message));
	}

	const form = h('form.signin-card', {onsubmit: async (event) => {
		event.preventDefault();
		const key = input.value.trim();
		if (!key) {
			replace(message, h('p.field-error', {role: 'alert'}, 'Enter your API key.'));
			input.focus();
			return;
		}
		button.disabled = true;
		try {
			const signedIn = await session.signIn(key);
			onSignedIn(signedIn.tenant);
		}
		catch (problem) {
			showError(problem);
			input.select();
		}
		finally {
			button.disabled = false;
		}
	}},
	h('div.brand.large', h('span.brand-mark', {aria: {hidden: 'true'}}, 'C'), 'Careers'),
	h('h1.signin-title', 'Sign in to Data Import'),
	h('p.muted', 'Enter your workspace’s API key once. This browser then stays signed in for the working day.'),
	h('div.field', h('label.label', {for: keyId}, 'API key'), input),
	message, button);
	setTimeout(() => input.focus());
	return h('div.signin', form);
}
