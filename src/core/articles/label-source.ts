/**
 * Display labels that follow the notes present ("first casing seen"). For one key it keeps, per spelling, the entry
 * orders of the notes that wrote it, sorted; the label is the spelling whose earliest note came first. So a note
 * leaving costs a binary search in one list, and asking for the label costs O(distinct spellings), never a scan of
 * every note under the key.
 */
export class LabelSource {
	private readonly bySpelling = new Map<string, number[]>();
	/** The current label and its note's order; undefined once that note left (recomputed when asked). */
	private label: string | undefined = undefined;
	private labelSeq = Infinity;

	/** Records that the note with entry order `seq` writes the key as `spelling`. */
	add(spelling: string, seq: number): void {
		if (seq < this.labelSeq) {
			// Only valid when the cache is: an empty cache has labelSeq = Infinity and stays to be recomputed.
			if (this.label !== undefined || this.bySpelling.size === 0) {
				this.label = spelling;
				this.labelSeq = seq;
			}
		}
		const seqs = this.bySpelling.get(spelling);
		if (!seqs) {
			this.bySpelling.set(spelling, [seq]);
			return;
		}
		// New notes get the largest order, so appending is the usual case.
		if (seq > seqs[seqs.length - 1]) seqs.push(seq);
		else seqs.splice(lowerBound(seqs, seq), 0, seq);
	}

	/** Forgets what `add(spelling, seq)` recorded. */
	remove(spelling: string, seq: number): void {
		const seqs = this.bySpelling.get(spelling);
		if (!seqs) return;
		const at = lowerBound(seqs, seq);
		if (seqs[at] !== seq) return;
		if (seq === this.labelSeq) {
			this.label = undefined;
			this.labelSeq = Infinity;
		}
		if (seqs.length === 1) this.bySpelling.delete(spelling);
		else if (at === seqs.length - 1) seqs.pop();
		else seqs.splice(at, 1);
	}

	/** The spelling written by the earliest note still recorded, or undefined when none is. */
	first(): string | undefined {
		if (this.label === undefined && this.bySpelling.size > 0) {
			this.bySpelling.forEach((seqs, spelling) => {
				if (seqs[0] < this.labelSeq) {
					this.labelSeq = seqs[0];
					this.label = spelling;
				}
			});
		}
		return this.label;
	}
}

/** Index of the first element of sorted `seqs` that is ≥ `seq`. */
function lowerBound(seqs: readonly number[], seq: number): number {
	let lo = 0;
	let hi = seqs.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (seqs[mid] < seq) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
