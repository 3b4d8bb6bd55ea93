import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {formatBytes, formatDate, formatDateTime, formatNumber, formatTime, humanize} from '../../main/resources/static/js/format.js';

// the gateway's pom runs these tests with LC_ALL=en_US.UTF-8 and TZ=UTC, so the browser's own
// locale and time zone, which the formatters follow, are fixed here
test('runs in the en-US locale and UTC', () => {
	assert.equal(new Intl.DateTimeFormat().resolvedOptions().locale, 'en-US');
	assert.equal(new Intl.DateTimeFormat().resolvedOptions().timeZone, 'UTC');
});

describe('formatDateTime', () => {
	test('shows an instant as a medium date and a short time', () => {
		assert.equal(formatDateTime('2026-03-04T17:06:59Z'), 'Mar 4, 2026, 5:06 PM');
	});

	test('shows a dash for a time the server did not send', () => {
		assert.equal(formatDateTime(null), '—');
		assert.equal(formatDateTime(undefined), '—');
	});
});

describe('formatDate and formatTime', () => {
	test('split an instant into its date and its time of day, for cells that wrap between them', () => {
		assert.equal(formatDate('2026-03-04T17:06:59Z'), 'Mar 4, 2026');
		assert.equal(formatTime('2026-03-04T17:06:59Z'), '5:06 PM');
	});

	test('show a dash for the date and nothing for the time the server did not send', () => {
		assert.equal(formatDate(null), '—');
		assert.equal(formatTime(null), '');
	});
});

describe('formatNumber', () => {
	test('groups thousands', () => {
		assert.equal(formatNumber(1234567), '1,234,567');
	});

	test('counts a missing number as zero', () => {
		assert.equal(formatNumber(null), '0');
		assert.equal(formatNumber(undefined), '0');
	});
});

describe('formatBytes', () => {
	test('keeps bytes below one kilobyte whole', () => {
		assert.equal(formatBytes(0), '0 B');
		assert.equal(formatBytes(1023), '1023 B');
	});

	test('shows kilobytes and megabytes with one decimal', () => {
		assert.equal(formatBytes(1024), '1.0 KB');
		assert.equal(formatBytes(1536), '1.5 KB');
		assert.equal(formatBytes(200 * 1024), '200.0 KB');
		assert.equal(formatBytes(1024 * 1024), '1.0 MB');
		assert.equal(formatBytes(5.25 * 1024 * 1024), '5.3 MB');
	});
});

describe('humanize', () => {
	test('turns a constant into words with a capital first letter', () => {
		assert.equal(humanize('IN_PROGRESS'), 'In progress');
		assert.equal(humanize('COMPLETED'), 'Completed');
	});

	test('gives nothing for no constant', () => {
		assert.equal(humanize(null), '');
		assert.equal(humanize(''), '');
	});
});
