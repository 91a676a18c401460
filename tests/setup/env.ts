// Installs Obsidian's DOM helpers (createEl, empty, setText…) on jsdom before each test file.
import { installDomHelpers } from "../obsidian/dom";

if (typeof window !== "undefined") installDomHelpers(window);
