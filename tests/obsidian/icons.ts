/**
 * Obsidian's icon helpers. `setIcon` replaces the element's content with `svg.svg-icon` marked `data-icon`, so tests
 * can check which icon a button shows. Every Lucide id is assumed to exist; `addIcon` ids are remembered too.
 */

const SVG_NS = "http://www.w3.org/2000/svg";
const customIcons = new Map<string, string>();

function iconSvg(iconId: string): SVGSVGElement {
	const svg = document.createElementNS(SVG_NS, "svg") as SVGSVGElement;
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	svg.setAttribute("data-icon", iconId);
	return svg;
}

/** Shows an icon in `parent`, replacing what it held; an empty id leaves it empty. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	if (iconId !== "") parent.appendChild(iconSvg(iconId));
}

/** Registers a custom icon (its SVG content is kept but not rendered). */
export function addIcon(iconId: string, svgContent: string): void {
	customIcons.set(iconId, svgContent);
}

/** Forgets a custom icon. */
export function removeIcon(iconId: string): void {
	customIcons.delete(iconId);
}

/** An SVG element for the icon, or null for an empty id. */
export function getIcon(iconId: string): SVGSVGElement | null {
	return iconId === "" ? null : iconSvg(iconId);
}

/** The ids registered with `addIcon`. */
export function getIconIds(): string[] {
	return Array.from(customIcons.keys());
}
