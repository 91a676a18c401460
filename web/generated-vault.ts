/**
 * A synthetic vault for scale checks (`?generate=20000`): deterministic notes with nested tags, types and dates,
 * so the explorer can be scrolled through tens of thousands of rows in a real browser.
 */

const TOPICS = ["sales", "marketing", "pricing", "hiring", "product", "writing", "mindset", "research"];
const SUBTOPICS = ["basics", "objections", "stories", "numbers", "habits"];
const TYPES = ["essay", "podcast", "newsletter", "video", "thread"];

/** A small deterministic generator, so every run builds the same vault. */
function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 4294967296;
	};
}

/** `count` notes under `Generated/`, each with one or two tags (some nested), a type and a publication date. */
export function generateVault(count: number): Record<string, string> {
	const random = seeded(20240611);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
	const files: Record<string, string> = {};
	const width = String(count).length;
	for (let i = 1; i <= count; i++) {
		const topic = pick(TOPICS);
		const tags = random() < 0.5 ? [`${topic}/${pick(SUBTOPICS)}`] : [topic, pick(TOPICS)];
		const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(random() * 3000) * 86400000).toISOString().slice(0, 10);
		const id = String(i).padStart(width, "0");
		files[`Generated/${topic}/Note ${id}.md`] = [
			"---",
			`tags: [${tags.join(", ")}]`,
			`type: ${pick(TYPES)}`,
			`pubDate: ${day}`,
			"---",
			`# Note ${id}`,
			"",
			`A generated note about ${topic}. Short notes keep the vault quick to build.`,
			"",
		].join("\n");
	}
	return files;
}
