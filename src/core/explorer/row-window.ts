/** Which rows of a long list are in view: the arithmetic behind the explorer's virtual scrolling, kept pure for tests. */

export interface RowWindow {
	/** First row index to render (inclusive). */
	start: number;
	/** Row index after the last one to render (exclusive). */
	end: number;
	/** Pixels above the first rendered row. */
	offset: number;
	/** Height of the whole list in pixels. */
	total: number;
}

/** The rows to render for a scroll position: those in view plus `overscan` rows on each side, never more. */
export const rowWindow = (rowCount: number, rowHeight: number, scrollTop: number, viewportHeight: number, overscan: number): RowWindow => {
	const total = rowCount * rowHeight;
	if (rowCount === 0 || rowHeight <= 0) return { start: 0, end: 0, offset: 0, total };
	const top = Math.max(0, Math.min(scrollTop, Math.max(0, total - viewportHeight)));
	const first = Math.floor(top / rowHeight);
	const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
	const start = Math.max(0, first - overscan);
	const end = Math.min(rowCount, first + visible + overscan);
	return { start, end, offset: start * rowHeight, total };
};

/** The scrollTop that brings a row fully into view with the least movement (unchanged when already visible). */
export const scrollToReveal = (index: number, rowHeight: number, scrollTop: number, viewportHeight: number): number => {
	const top = index * rowHeight;
	const bottom = top + rowHeight;
	if (top < scrollTop) return top;
	if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
	return scrollTop;
};
