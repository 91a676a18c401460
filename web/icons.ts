/**
 * Drawings for the icons the double leaves empty (its `setIcon` only marks `svg[data-icon]`), so buttons and
 * tree chevrons are visible in the demo. Simple hand-drawn 24×24 stroke shapes, not Lucide's artwork.
 */

const SVG_NS = "http://www.w3.org/2000/svg";

/** Path data by icon id; unknown ids get a small dot so a missing drawing is noticeable but harmless. */
const DRAWINGS: Record<string, string> = {
	"newspaper": "M4 5h13v14H6a2 2 0 0 1-2-2z M17 9h3v8a2 2 0 0 1-2 2 M7 9h7 M7 12h7 M7 15h4",
	"arrow-up-narrow-wide": "M6 20V4 M3 7l3-3 3 3 M12 6h3 M12 11h5 M12 16h8",
	"chevrons-down-up": "M7 4l5 5 5-5 M7 20l5-5 5 5",
	"chevrons-up-down": "M7 9l5-5 5 5 M7 15l5 5 5-5",
	"right-triangle": "M6 9l6 6 6-6",
	"alert-triangle": "M12 3l10 18H2z M12 10v5 M12 18v.5",
	"file-plus": "M6 3h8l5 5v13H6z M14 3v5h5 M12 11v7 M8.5 14.5h7",
	"separator-vertical": "M12 3v18 M8 8l-4 4 4 4 M16 8l4 4-4 4",
	"megaphone": "M3 10v4h4l9 5V5L7 10z M19 9a4 4 0 0 1 0 6",
	"highlighter": "M14 4l6 6-9 9H7v-4z M4 21h8",
	"document": "M6 3h8l5 5v13H6z M14 3v5h5",
	"lucide-file": "M6 3h8l5 5v13H6z M14 3v5h5",
	"cross": "M6 6l12 12 M18 6L6 18",
	"x": "M6 6l12 12 M18 6L6 18",
	"check": "M5 12l5 5 9-10",
	"search": "M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13z M15.5 15.5L20 20",
	"terminal-square": "M4 4h16v16H4z M8 9l3 3-3 3 M13 15h3",
	"sun-moon": "M12 4a8 8 0 1 0 8 8 6 6 0 0 1-8-8z",
	"settings": "M12 8a4 4 0 1 1 0 8 4 4 0 0 1 0-8z M12 2v3 M12 19v3 M2 12h3 M19 12h3",
};

/** Fills one icon element with its drawing (once). */
export function drawIcon(svg: SVGElement): void {
	if (svg.childElementCount > 0) return;
	const id = svg.getAttribute("data-icon") ?? "";
	svg.setAttribute("viewBox", "0 0 24 24");
	svg.setAttribute("fill", "none");
	svg.setAttribute("stroke", "currentColor");
	svg.setAttribute("stroke-linecap", "round");
	svg.setAttribute("stroke-linejoin", "round");
	const path = document.createElementNS(SVG_NS, "path");
	path.setAttribute("d", DRAWINGS[id] ?? "M11 12h2");
	svg.appendChild(path);
}

/** Draws every icon in the page now and whenever the plugin or the double adds one. */
export function drawIconsAsTheyAppear(root: HTMLElement): MutationObserver {
	const drawAll = (node: ParentNode) => node.querySelectorAll<SVGElement>("svg[data-icon]").forEach(drawIcon);
	drawAll(root);
	const observer = new MutationObserver((records) => {
		for (const record of records) {
			record.addedNodes.forEach((node) => {
				if (!node.instanceOf(Element)) return;
				if (node.matches("svg[data-icon]")) drawIcon(node as SVGElement);
				drawAll(node);
			});
		}
	});
	observer.observe(root, { childList: true, subtree: true });
	return observer;
}
