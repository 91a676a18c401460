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
 * Generic TLDs common in links people share, long ones included (links over 23 characters are where a TLD missing
 * here costs: they are then counted in full). Left out for bytes, as rare in shared links: the sponsored ones (mil
 * int mobi asia tel travel jobs cat coop aero museum post) and new ones such as click, icu, ninja, london or gold.
 */
const GENERIC =
	"com net org info biz name pro edu gov app dev page blog news shop store online site website " +
	"tech xyz top club live life world today space fun art design studio media agency digital email " +
	"link cloud wiki ltd photo photos social network systems solutions services " +
	"consulting company business center academy school education training guide tips tools team " +
	"group global city love health money finance bank law game games video movie film radio stream " +
	"events community fund capital marketing software works work expert host press review reviews " +
	"report science technology";

/** Every accepted TLD, lower case. */
export const KNOWN_TLDS: ReadonlySet<string> = new Set(
	COUNTRY_CODES.split(" ")
		.flatMap((group) => [...group.slice(2)].map((second) => group[0] + second))
		.concat(GENERIC.split(" ")),
);
