/**
 * Top-level domains the URL recogniser accepts. Kept small on purpose (bundle size): every two-letter ASCII
 * country code that X recognises, plus the generic TLDs seen in everyday links. A link on a rarer generic TLD
 * (`.photography`, `.barcelona`…) or an internationalised one (`.рф`, `.中国`) is not recognised here; the counters
 * weigh such a span as the more of a link's 23 and its own length (`linksAndMaybe`), so it is never under-counted.
 * Punycode TLDs (`xn--…`) are recognised by shape.
 */

/**
 * Two-letter country-code TLDs, including the reserved codes X still links (`tp`, `um`, `an`, `bl`…), grouped by
 * first letter: `a:cdf` stands for `ac ad af`.
 */
const COUNTRY_CODES =
	"a:cdefgilmnoqrstuwxz b:abdefghijlmnoqrstvwyz c:acdfghiklmnoruvwxyz d:ejkmoz e:ceghrstu f:ijkmor " +
	"g:abdefghilmnpqrstuwy h:kmnrtu i:delmnoqrst j:emop k:eghimnprwyz l:abcikrstuvy m:acdefghklmnopqrstuvwxyz " +
	"n:acefgilopruz o:m p:aefghklmnrstwy q:a r:eosuw s:abcdeghijklmnorstuvxyz t:cdfghjklmnoprtvwz u:agkmsyz " +
	"v:aceginu w:fs y:et z:amw";

/**
 * Generic TLDs common in links people share. A link on any other TLD (`.photography`, `.tokyo`) is still weighed
 * safely (see above): exactly when it is 23 characters or shorter, in full when longer, where X counts 23. So this
 * list is where long links are most likely, kept short for bytes.
 */
const GENERIC =
	"com net org info biz edu gov app dev page blog news shop store online site website tech xyz top " +
	"club live life world today space studio design media agency digital link cloud wiki social " +
	"network company business school software coach";

/** Every accepted TLD, lower case. */
export const KNOWN_TLDS: ReadonlySet<string> = new Set(
	COUNTRY_CODES.split(" ")
		.flatMap((group) => [...group.slice(2)].map((second) => group[0] + second))
		.concat(GENERIC.split(" ")),
);
