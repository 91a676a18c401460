/**
 * The element an event happened on. Checked by shape, not `instanceof Element`: in a popout window the element
 * belongs to that window's `Element` class, and `instanceof` against the main window's class would fail.
 */
export const targetElement = (evt: Event): Element | null => {
	const target = evt.target as Partial<Element> | null;
	return target && typeof target.closest === "function" ? (target as Element) : null;
};
