const dateTime = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});

const date = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium'});

const time = new Intl.DateTimeFormat(undefined, {timeStyle: 'short'});

const number = new Intl.NumberFormat();

export function formatDateTime(iso) {
	return iso ? dateTime.format(new Date(iso)) : '—';
}

/** The date alone, for a cell that may put the time on a line of its own. */
export function formatDate(iso) {
	return iso ? date.format(new Date(iso)) : '—';
}

/** The time of day alone. */
export function formatTime(iso) {
	return iso ? time.format(new Date(iso)) : '';
}

export function formatNumber(value) {
	return number.format(value ?? 0);
}

export function formatBytes(bytes) {
	if (bytes < 1024) {
		return `${bytes} B`;
	}
	if (bytes < 1024 * 1024) {
		return `${(bytes / 1024).toFixed(1)} KB`;
	}
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "IN_PROGRESS" -> "In progress" */
export function humanize(constant) {
	if (!constant) {
		return '';
	}
	const words = String(constant).toLowerCase().replaceAll('_', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}
