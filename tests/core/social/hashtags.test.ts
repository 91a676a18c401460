/** @jest-environment node */
import { hashtagsFromTags } from "../../../src/core/social/hashtags";

describe("hashtagsFromTags", () => {
	it.each([
		["hyphens", ["sold-vs-bought"], ["#SoldVsBought"]],
		["a nested tag gives its last level", ["sales/cold-calling"], ["#ColdCalling"]],
		["a last level without a letter takes the whole tag", ["goals/2024"], ["#Goals2024"]],
		["a parent and its child give two hashtags", ["productivity/habits", "productivity"], ["#Habits", "#Productivity"]],
		["leading #", ["#Sales"], ["#Sales"]],
		["inner capitals kept", ["seo/AI-tools"], ["#AITools"]],
		// A piece with a capital after its first letter is spelt as the author wrote it: a brand, or camel case.
		["a brand's lower-case first letter kept", ["iPhone"], ["#iPhone"]],
		["camel case kept within a nested tag's last level", ["shops/eBay-tips"], ["#eBayTips"]],
		["an inner capital keeps its own piece only", ["my-iPhone"], ["#MyiPhone"]],
		["camel case with a capital first letter unchanged", ["LinkedIn"], ["#LinkedIn"]],
		["a lower-case piece with digits still capitalised", ["b2b"], ["#B2b"]],
		["non-Latin capitals", ["ñandúEnBolivia"], ["#ñandúEnBolivia"]],
		["one letter", ["x"], ["#X"]],
		["two tags with the same last level give one hashtag", ["sales/closing", "coaching/closing"], ["#Closing"]],
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
