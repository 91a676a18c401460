import { cleanMarkdown } from "./clean";
import { contentTerms, stem } from "./tokens";
import type { Idf } from "./vectors";

/** Builds an idf function from many notes' texts, so words common across the vault weigh less. */
export const buildIdf = (documents: Iterable<string>): Idf => {
	const df = new Map<string, number>();
	let n = 0;
	for (const doc of documents) {
		if (typeof doc !== "string") continue;
		n++;
		for (const term of new Set(contentTerms(cleanMarkdown(doc).text))) df.set(term, (df.get(term) ?? 0) + 1);
	}
	const unseen = Math.log(1 + n) + 1;
	return (term: string): number => {
		const count = df.get(term) ?? df.get(stem(term.toLowerCase()));
		return count === undefined ? unseen : Math.log((1 + n) / (1 + count)) + 1;
	};
};
