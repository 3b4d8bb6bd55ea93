// The one place that talks HTTP. The session cookie is HttpOnly and same-origin, so the browser
// sends it by itself; unsafe methods add X-Requested-With, which the gateway demands of
// cookie-authenticated writes (a cross-site form cannot set it).

const SCRIPTED = {'X-Requested-With': 'careers-ui'};

let onUnauthorized = () => {};

/** Called when any call answers 401: the session has ended. */
export function whenUnauthorized(handler) {
	onUnauthorized = handler;
}

/** An error answer, with the problem detail's words when the server sent one. */
export class ApiError extends Error {
	constructor(status, problem) {
		super(problem?.detail || problem?.title || `The server answered ${status}.`);
		this.status = status;
		this.problem = problem || {};
	}

	get hint() {
		return this.problem.hint || '';
	}
}

async function request(method, path, {json, body, signal} = {}) {
	const headers = {Accept: 'application/json'};
	if (method !== 'GET') {
		Object.assign(headers, SCRIPTED);
	}
	if (json !== undefined) {
		headers['Content-Type'] = 'application/json';
		body = JSON.stringify(json);
	}
	let response;
	try {
		response = await fetch(path, {method, headers, body, signal, credentials: 'same-origin'});
	}
	catch (error) {
		if (error.name === 'AbortError') {
			throw error;
		}
		throw new ApiError(0, {detail: 'The server could not be reached. Check your connection and try again.'});
	}
	const payload = await readBody(response);
	if (!response.ok) {
		if (response.status === 401 && !path.startsWith('/session')) {
			onUnauthorized();
		}
		throw new ApiError(response.status, typeof payload === 'object' ? payload : null);
	}
	return payload;
}

async function readBody(response) {
	if (response.status === 204) {
		return null;
	}
	const type = response.headers.get('Content-Type') || '';
	if (type.includes('json')) {
		try {
			return await response.json();
		}
		catch {
			return null;
		}
	}
	return null;
}

export const api = {
	get: (path, options) => request('GET', path, options),
	post: (path, json, options) => request('POST', path, {...options, json}),
	patch: (path, json, options) => request('PATCH', path, {...options, json}),
	del: (path, options) => request('DELETE', path, options),
	/** multipart/form-data: the browser sets the boundary. */
	upload: (path, formData, options) => request('POST', path, {...options, body: formData}),
};

export function query(params) {
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(params)) {
		if (value !== undefined && value !== null && value !== '') {
			search.set(name, String(value));
		}
	}
	const text = search.toString();
	return text ? `?${text}` : '';
}

export const session = {
	current: () => request('GET', '/session'),
	signIn: (apiKey) => request('POST', '/session', {json: {apiKey}}),
	signOut: () => request('DELETE', '/session'),
};
