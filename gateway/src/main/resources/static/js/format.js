const dateTime = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});

const number = new Intl.NumberFormat();

export function formatDateTime(iso) {
	return iso ? dateTime.format(new Date(iso)) : '—';
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
