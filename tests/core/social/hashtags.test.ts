/** @jest-environment node */
import { hashtagsFromTags } from "../../../src/core/social/hashtags";

describe("hashtagsFromTags", () => {
	it.each([
		["hyphens", ["sold-vs-bought"], ["#SoldVsBought"]],
		["nesting", ["sales/objections"], ["#SalesObjections"]],
		["leading #", ["#Sales"], ["#Sales"]],
		["inner capitals kept", ["seo/AI-tools"], ["#SeoAITools"]],
		["underscores", ["snake_case_tag"], ["#SnakeCaseTag"]],
		["digits only make no hashtag", ["2024"], []],
		["leading digits are fine", ["2024-goals"], ["#2024Goals"]],
		["accents", ["café-crème"], ["#CaféCrème"]],
		["non-Latin scripts", ["日本語"], ["#日本語"]],
		["blank and bare #", ["", "  ", "#"], []],
		["order kept", ["b-tag", "a-tag"], ["#BTag", "#ATag"]],
		["case-insensitive de-duplication, first spelling kept", ["sales", "Sales", "#sales", "sa-les"], ["#Sales"]],
	])("%s", (_name, tags, expected) => {
		expect(hashtagsFromTags(tags, [])).toEqual(expected);
	});

	it.each([
		["case-insensitive", ["articles", "sales"], ["Articles"], ["#Sales"]],
		["with #", ["articles", "sales"], ["#articles"], ["#Sales"]],
		["nested under an exclusion", ["articles/drafts", "sales"], ["articles"], ["#Sales"]],
		["by hashtag spelling", ["sold-vs-bought", "trust"], ["#SoldVsBought"], ["#Trust"]],
		["a longer sibling is not excluded", ["articles-old"], ["articles"], ["#ArticlesOld"]],
		["a parent is not excluded by its child", ["sales"], ["sales/objections"], ["#Sales"]],
	])("exclusion %s", (_name, tags, exclude, expected) => {
		expect(hashtagsFromTags(tags, exclude)).toEqual(expected);
	});
});
