/**
 * Top-level domains the URL recogniser accepts. Kept small on purpose (bundle size): every two-letter ASCII
 * country code that X recognises, plus the generic TLDs seen in everyday links. A link on a rarer generic TLD
 * (`.photography`, `.barcelona`…) or an internationalised one (`.рф`, `.中国`) is not recognised and is counted
 * character by character, which over-counts: a post built with these rules still fits on the platform.
 * Punycode TLDs (`xn--…`) are recognised by shape.
 */

/** Two-letter country-code TLDs, including the reserved codes X still links (`tp`, `um`, `an`, `bl`…). */
const COUNTRY_CODES =
	"ac ad ae af ag ai al am an ao aq ar as at au aw ax az " +
	"ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz " +
	"ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz " +
	"de dj dk dm do dz ec ee eg eh er es et eu fi fj fk fm fo fr " +
	"ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy " +
	"hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp " +
	"ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly " +
	"ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz " +
	"na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa " +
	"re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy sz " +
	"tc td tf tg th tj tk tl tm tn to tp tr tt tv tw tz ua ug uk um us uy uz " +
	"va vc ve vg vi vn vu wf ws ye yt za zm zw";

/** Generic TLDs common in links people share: the legacy ones and the most used new ones. */
const GENERIC =
	"com net org info biz name pro edu gov mil int mobi asia tel travel jobs cat coop aero museum post " +
	"app dev page blog news shop store online site website tech xyz top club live life world today " +
	"space fun art design studio media agency digital email link click one cloud wiki icu vip ltd " +
	"photo photos pics social network systems solutions services consulting company business center " +
	"academy school education training institute guide tips tools zone team group global international " +
	"land city london berlin nyc paris tokyo love fashion health fitness money finance bank insurance " +
	"law legal ninja rocks lol game games video movie film radio stream events community " +
	"foundation fund capital ventures partners marketing software red blue green pink black gold win " +
	"works work jetzt email expert guru host press review reviews report science technology";

/** Every accepted TLD, lower case. */
export const KNOWN_TLDS: ReadonlySet<string> = new Set((COUNTRY_CODES + " " + GENERIC).split(" ").filter(Boolean));
