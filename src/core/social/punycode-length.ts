/** Full stops that IDNA reads as label separators besides `.`. */
const LABEL_DOTS = /[.\u3002\uFF0E\uFF61]/;
const NON_ASCII = /[^\0-\x7F]/;
const ACE_PREFIX = "xn--";

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;

/**
 * The length of a host label once written in ASCII for DNS (`xn--` + RFC 3492 Punycode for a non-ASCII label).
 * X refuses a link whose host has a label outside 1–63 ASCII characters, which matters when a long run of
 * non-Latin text without spaces is glued to a domain (`…很长的句子example.com`). Only the length is computed.
 */
export const asciiLabelLength = (label: string): number => {
	let length = 0;
	let parts = 0;
	for (const part of label.split(LABEL_DOTS)) {
		length += NON_ASCII.test(part) ? ACE_PREFIX.length + punycodeLength(part) : part.length;
		parts++;
	}
	return length + parts - 1;
};

/** Number of characters RFC 3492 encoding produces for `input` (basic code points, delimiter, then deltas). */
const punycodeLength = (input: string): number => {
	const points = Array.from(input, (char) => char.codePointAt(0) ?? 0);
	const basic = points.filter((cp) => cp < 0x80).length;
	let length = basic > 0 ? basic + 1 : 0;
	let handled = basic;
	let n = INITIAL_N;
	let delta = 0;
	let bias = INITIAL_BIAS;
	while (handled < points.length) {
		let next = Infinity;
		for (const cp of points) if (cp >= n && cp < next) next = cp;
		delta += (next - n) * (handled + 1);
		n = next;
		for (const cp of points) {
			if (cp < n) delta++;
			if (cp !== n) continue;
			length += digitsFor(delta, bias);
			bias = adapt(delta, handled + 1, handled === basic);
			delta = 0;
			handled++;
		}
		delta++;
		n++;
	}
	return length;
};

/** How many base-36 digits the variable-length integer `q` takes with the current bias. */
const digitsFor = (q: number, bias: number): number => {
	let digits = 1;
	for (let k = BASE; ; k += BASE) {
		const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
		if (q < t) return digits;
		q = Math.floor((q - t) / (BASE - t));
		digits++;
	}
};

const adapt = (delta: number, points: number, first: boolean): number => {
	delta = first ? Math.floor(delta / DAMP) : delta >> 1;
	delta += Math.floor(delta / points);
	let k = 0;
	while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
		delta = Math.floor(delta / (BASE - T_MIN));
		k += BASE;
	}
	return Math.floor(k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW));
};
