/**
 * Display labels that follow the notes present ("first casing seen"). For one key it keeps, per spelling, the entry
 * orders of the notes that wrote it, sorted; the label is the spelling whose earliest note came first. So a note
 * leaving costs a binary search in one list, and asking for the label costs O(distinct spellings), never a scan of
 * every note under the key. Most keys are only ever written one way, so that spelling lives in plain fields and
 * a Map exists only for keys with several.
 */
/** Shared by every empty source; never written to (inserting copies, removing finds nothing). */
const NO_SEQS: number[] = Object.freeze([]) as unknown as number[];

export class LabelSource {
	private mainSpelling: string | undefined = undefined;
	private mainSeqs: number[] = NO_SEQS;
	private others: Map<string, number[]> | null = null;
	/** The current label and its note's order; undefined once that note left (recomputed when asked). */
	private label: string | undefined = undefined;
	private labelSeq = Infinity;

	/** Records that the note with entry order `seq` writes the key as `spelling`. */
	add(spelling: string, seq: number): void {
		const empty = this.mainSpelling === undefined;
		if (seq < this.labelSeq && (this.label !== undefined || empty)) {
			this.label = spelling;
			this.labelSeq = seq;
		}
		if (empty) {
			this.mainSpelling = spelling;
			this.mainSeqs = [seq];
		} else if (spelling === this.mainSpelling) {
			this.mainSeqs = inserted(this.mainSeqs, seq);
		} else {
			const others = (this.others ??= new Map<string, number[]>());
			const seqs = others.get(spelling);
			others.set(spelling, seqs ? inserted(seqs, seq) : [seq]);
		}
	}

	/** Forgets what `add(spelling, seq)` recorded. */
	remove(spelling: string, seq: number): void {
		if (spelling === this.mainSpelling) {
			if (!removed(this.mainSeqs, seq)) return;
			if (this.mainSeqs.length === 0) this.promote();
		} else {
			const seqs = this.others?.get(spelling);
			if (!seqs || !removed(seqs, seq)) return;
			if (seqs.length === 0) this.others!.delete(spelling);
		}
		if (seq === this.labelSeq) {
			this.label = undefined;
			this.labelSeq = Infinity;
		}
	}

	/** The spelling written by the earliest note still recorded, or undefined when none is. */
	first(): string | undefined {
		if (this.label === undefined && this.mainSpelling !== undefined) {
			this.label = this.mainSpelling;
			this.labelSeq = this.mainSeqs[0];
			this.others?.forEach((seqs, spelling) => {
				if (seqs[0] < this.labelSeq) {
					this.labelSeq = seqs[0];
					this.label = spelling;
				}
			});
		}
		return this.label;
	}

	/** The main spelling lost its last note: another spelling (if any) takes its place. */
	private promote(): void {
		const next = this.others?.entries().next();
		if (!next || next.done) {
			this.mainSpelling = undefined;
			this.mainSeqs = NO_SEQS;
			return;
		}
		const [spelling, seqs] = next.value;
		this.others!.delete(spelling);
		if (this.others!.size === 0) this.others = null;
		this.mainSpelling = spelling;
		this.mainSeqs = seqs;
	}
}

/**
 * `seqs` with `seq` inserted in order. Short lists are copied at their exact length (an array grown by push keeps
 * room for 16 more, which across thousands of rare keys costs more than the lists); long ones grow in place.
 */
function inserted(seqs: number[], seq: number): number[] {
	const n = seqs.length;
	if (n >= 16) {
		if (seq > seqs[n - 1]) seqs.push(seq);
		else seqs.splice(lowerBound(seqs, seq), 0, seq);
		return seqs;
	}
	const at = seq > seqs[n - 1] ? n : lowerBound(seqs, seq);
	const next = new Array<number>(n + 1);
	for (let i = 0; i < at; i++) next[i] = seqs[i];
	next[at] = seq;
	for (let i = at; i < n; i++) next[i + 1] = seqs[i];
	return next;
}

/** Removes `seq` from sorted `seqs` in place; false when it was not there. */
function removed(seqs: number[], seq: number): boolean {
	const at = lowerBound(seqs, seq);
	if (seqs[at] !== seq) return false;
	if (at === seqs.length - 1) seqs.pop();
	else seqs.splice(at, 1);
	return true;
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
