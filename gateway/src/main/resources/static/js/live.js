// One EventSource for the whole page: the history service's stream of task and import changes.
// EventSource reconnects by itself and sends Last-Event-ID, so missed changes are replayed; a
// "reset" event means they are gone and lists must be reloaded.

const listeners = {task: new Set(), import: new Set(), reset: new Set(), status: new Set()};

let source = null;

let connected = false;

export function connectLive() {
	if (source) {
		return;
	}
	source = new EventSource('/api/history/stream');
	source.addEventListener('open', () => setConnected(true));
	source.addEventListener('error', () => setConnected(source && source.readyState === EventSource.OPEN));
	for (const name of ['task', 'import']) {
		source.addEventListener(name, (event) => {
			let data;
			try {
				data = JSON.parse(event.data);
			}
			catch {
				return;
			}
			listeners[name].forEach((listener) => listener(data));
		});
	}
	source.addEventListener('reset', () => listeners.reset.forEach((listener) => listener()));
}

export function disconnectLive() {
	if (source) {
		source.close();
		source = null;
	}
	setConnected(false);
}

function setConnected(value) {
	if (connected !== value) {
		connected = value;
		listeners.status.forEach((listener) => listener(value));
	}
}

export function isLive() {
	return connected;
}

/**
 * Subscribes to "task", "import", "reset" or "status" (connected or not); returns the unsubscribe
 * function, which a page calls when it is left.
 */
export function onLive(name, listener) {
	listeners[name].add(listener);
	return () => listeners[name].delete(listener);
}
