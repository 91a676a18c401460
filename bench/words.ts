/**
 * Word lists for the synthetic vault: the generator draws titles, sentences, tags, types and folders from these, so
 * generated notes look like a writer's archive (topic words, nested tags, types) while staying fully deterministic.
 */

/** Short function words; sentences mix them with topic words so word frequencies look like prose. */
export const COMMON_WORDS: readonly string[] = (
	"the a an and or but so of to in on at for with from by about as into over after before between through " +
	"is are was were be been being have has had do does did will would can could should may might must " +
	"it its this that these those there here they them their we our you your he she his her i my me " +
	"not no yes very more most less least much many few some any every each other another such only own " +
	"same than too just also still even again ever never always often sometimes rarely usually already " +
	"what which who whom whose when where why how all both either neither one two three first last next"
).split(" ");

/** Topic words: the nouns, verbs and adjectives an essayist on work, media and technology would use. */
export const TOPIC_WORDS: readonly string[] = (
	"market price customer buyer seller product launch feature release team manager founder engineer writer " +
	"editor reader audience newsletter podcast interview essay draft outline headline story argument evidence " +
	"study survey report number growth revenue margin cost budget plan strategy tactic channel campaign funnel " +
	"search ranking keyword link traffic visitor signup trial subscription churn retention habit routine focus " +
	"meeting calendar deadline schedule process system tool workflow template checklist note archive library " +
	"idea question answer problem solution mistake lesson pattern principle rule exception tradeoff risk bet " +
	"company startup industry sector economy policy government city country history future decade century " +
	"model data signal noise trend chart table metric baseline experiment result insight hypothesis sample " +
	"write read think build ship test measure learn teach explain argue notice decide choose change improve " +
	"grow hire fire pay charge sell buy price discount negotiate promise deliver fail succeed start finish " +
	"simple hard quiet loud slow fast cheap expensive honest clear vague useful useless rare common modern " +
	"old new early late small large local global public private remote hybrid careful bold patient curious " +
	"café naïve résumé façade rôle coöperate São Zürich Kraków déjà"
).split(" ");

/** Root tags; several have nested children and some appear in more than one casing across the vault. */
export const TAG_ROOTS: readonly string[] = [
	"marketing", "sales", "writing", "ai", "product", "pricing", "hiring", "seo", "design", "research",
	"startups", "finance", "health", "travel", "books", "podcast", "newsletter", "leadership", "remote-work",
	"climate", "education", "history", "science", "policy", "media", "data", "security", "open-source",
	"culture", "economics", "management", "productivity", "journalism", "photography", "music", "cities",
];

/** Second and third level of nested tags (`sales/objections`, `writing/drafts/2021`). */
export const TAG_CHILDREN: readonly string[] = [
	"basics", "case-studies", "tools", "strategy", "interviews", "mistakes", "objections", "drafts", "ideas",
	"checklists", "metrics", "teams", "email", "ads", "onboarding", "europe", "asia", "2021", "2023", "q4",
];

/** Casings a tag may be written with; Obsidian treats them as one tag and shows the first casing it met. */
export const TAG_CASINGS: readonly ((tag: string) => string)[] = [
	(t) => t.toUpperCase(),
	(t) => t.charAt(0).toUpperCase() + t.slice(1),
];

/** Values of the `type` property; a few appear capitalised too. */
export const TYPES: readonly string[] = [
	"essay", "interview", "review", "tutorial", "newsletter", "case-study", "opinion", "news", "podcast-notes",
	"thread", "guide", "profile",
];

/** Folders notes live in; the vault has no single "articles" folder, like most real vaults. */
export const FOLDERS: readonly string[] = [
	"Articles", "Articles/Drafts", "Articles/Published", "Notes", "Inbox", "Archive/2016", "Archive/2019",
	"Clippings", "Projects/Newsletter", "Journal",
];

/** Frontmatter keys tried for the publication date, in the plugin's default order, with their shares. */
export const DATE_KEYS: readonly string[] = ["pubDate", "date", "date", "published", "created"];
