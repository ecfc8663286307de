// Field helpers the normalisers share (bibkit/parse/fields.py): Roman and Arabic numbers, month
// names, places and their GOST abbreviations, keyword classes, and the patterns for dates,
// theses, links and ISBNs.
//
// A plain script: top-level declarations only, so that it can be inlined into the translator.
// Needs text.js (pyRegex, pyStrip, pyLstrip, pyRstrip, isDigit, firstChar, cpLength,
// compareCodePoints), names.js (turkish.py's lower, upper, skeleton) and the host's
// bibkitTable(name). Private names start with "fields".
//
// Patterns are written in Python's syntax, as in bibkit, and compiled by pyRegex, which gives
// \w \d \s Python's Unicode meaning, and with flag "i" re.IGNORECASE's (i, I, İ and ı are one
// letter). alternation() returns Python syntax too, for the same reason (archives.js uses it).

/* exported ROMAN, YEAR, alternation, romanToInt, number, patterns, ordinalWords, monthNames, monthNumber, foldPlace, knownPlace, expandPlaceAbbreviation, normalisePlace, keywordPatterns, hasKeyword, stripField */
/* global bibkitTable, pyRegex, pyStrip, pyLstrip, pyRstrip, isDigit, firstChar, cpLength, compareCodePoints, lower, upper, skeleton */

const ROMAN = "[IVXLC]{1,7}";
const YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)";
const ROMAN_VALUES = { I: 1, V: 5, X: 10, L: 50, C: 100 };
// What Python's re.escape escapes (Python 3.7+): pyRegex reads each escape as the character.
const FIELDS_PY_ESCAPED = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
// Caches: built on first use, since the tables are read through the host's bibkitTable().
const FIELDS_CACHE = { patterns: null, months: null, places: null, keywords: null, finalAbbr: null };
const FIELDS_KEYWORD_CACHE = new Map();

function fieldsEscape(text) {
	let out = "";
	for (const ch of text) out += FIELDS_PY_ESCAPED.includes(ch) ? "\\" + ch : ch;
	return out;
}

/**
 * fields.alternation: one regex (Python syntax) matching any of the literal markers, longest
 * first, spaces flexible, built as a trie. `space` is Python syntax too.
 */
function alternation(markers, space = "\\s*", fold = false, notAfter = "") {
	const trie = new Map();
	for (const marker of new Set(markers)) {
		let node = trie;
		for (const c of marker) {
			// Folding keeps one code point per letter (İ stays İ), as in Python.
			const low = c.toLowerCase();
			const ch = fold && Array.from(low).length === 1 ? low : c;
			if (!node.has(ch)) node.set(ch, new Map());
			node = node.get(ch);
		}
		node.set("", new Map());
	}
	// Python sorts keys by code point; the order of the branches decides what a match takes.
	const keys = node => Array.from(node.keys()).filter(k => k).sort(compareCodePoints);
	const emit = (node) => {
		const branches = keys(node).map(ch => (ch === " " ? space : fieldsEscape(ch)) + emit(node.get(ch)));
		if (!branches.length) return "";
		const body = branches.length === 1 ? branches[0] : "(?:" + branches.join("|") + ")";
		return node.has("") ? `(?:${body})?` : body;
	};
	const first = keys(trie);
	if (notAfter) {
		if (first.includes(" ") || trie.has("") || first.includes("\n")) return `(?<!${notAfter})` + emit(trie);
		const branches = first.map(ch => fieldsEscape(ch) + `(?<!${notAfter}.)` + emit(trie.get(ch)));
		return branches.length === 1 ? branches[0] : "(?:" + branches.join("|") + ")";
	}
	if (first.length < 4 || first.includes(" ")) return emit(trie);
	return "(?=[" + first.map(fieldsEscape).join("") + "])" + emit(trie);
}

function romanToInt(text) {
	text = text.toUpperCase();
	if (!/^[IVXLC]{1,7}$/.test(text)) return null;
	let total = 0;
	for (let i = 0; i < text.length; i++) {
		const value = ROMAN_VALUES[text[i]];
		if (i + 1 < text.length && ROMAN_VALUES[text[i + 1]] > value) total -= value;
		else total += value;
	}
	return total;
}

/** fields.number: "XXXI" → "31", "02" → "2", "I-III" → "1-3", "121-124" → "121-124". */
function number(text) {
	const parts = pyStrip(text).split(pyRegex("\\s*[-–—]\\s*"));
	const out = [];
	for (const part of parts) {
		const value = /^[IVXLC]{1,7}$/.test(part) ? romanToInt(part) : null;
		if (value !== null) {
			out.push(String(value));
		}
		else if (part.startsWith("0") && isDigit(firstChar(part.slice(1)))) {
			out.push(pyLstrip(part, "0") || "0");
		}
		else {
			out.push(part);
		}
	}
	return out.join("-");
}

/** fields.patterns: the compiled patterns, as an object with Python's attribute names. */
function patterns() {
	if (FIELDS_CACHE.patterns) return FIELDS_CACHE.patterns;
	const abbr = bibkitTable("abbreviations");
	const monthAlt = alternation(Array.from(monthNames().keys()));
	FIELDS_CACHE.patterns = {
		thesis: pyRegex(
			String.raw`(?<![\w])(?P<t>(?:(?:[Аа]втореф\.\s*)?[Дд]исс?\.\s*…?\s*(?:канд|д-ра|докт)\.\s*(?:[а-я]{2,8}\.\s*)?наук)`
			+ String.raw`|(?:Avtoreferat\s+)?Dissertatsi[a-zı]{0,3}(?:\s+(?:Kandidata|Doktora)\s+[^\W\d_]+\s+Nauk)?`
			+ `|${alternation(abbr.thesis, "\\s*", true)})(?![\\w])`,
			"i"
		),
		url: pyRegex(
			String.raw`(?:(?:URL|Url|Web|Online|Режим доступа)\s*:\s*)?(?P<u>(?:https?://|www\.)[^\s<>\"'“”«»]{2,500})`
		),
		doi: pyRegex(
			String.raw`(?:https?://(?:dx\.)?doi\.org/|doi\s*:\s*|DOI\s*:?\s*)(?P<d>10\.\d{4,9}/[^\s\"<>]{1,200})`,
			"i"
		),
		isbn: pyRegex(String.raw`ISBN(?:-1[03])?\s*:?\s*(?P<n>[\dXx][\dXx -]{8,20}[\dXx])`),
		accessed: pyRegex(`(?:${alternation(abbr.accessed)})\\s*:?\\s*(?:on\\s+)?`),
		electronic: pyRegex(`(?:${alternation(abbr.electronic)})`),
		date: pyRegex(
			String.raw`(?<![\w])(?:(?P<d1>\d{1,2})\.?\s+(?P<m1>${monthAlt})\s+(?P<y1>${YEAR})`
			+ String.raw`|(?P<m2>${monthAlt})\s+(?P<d2>\d{1,2}),\s+(?P<y2>${YEAR})`
			+ String.raw`|(?P<m3>${monthAlt})\s+(?P<y3>${YEAR})`
			+ String.raw`|(?P<d4>\d{1,2})[./](?P<mo4>\d{1,2})[./](?P<y4>${YEAR})`
			+ String.raw`|(?P<y5>${YEAR})-(?P<mo5>\d{2})-(?P<d5>\d{2}))(?![\w])`,
			"i"
		),
		// Python writes (?i) inline; pyRegex takes the flag instead.
		specialIssue: pyRegex(
			String.raw`(?=[ösсna])(?:(?<!\w)özel(?!\w)|special\s+issue|спецвыпуск|sonderheft|numéro\s+spécial|armağan)`,
			"i"
		),
	};
	return FIELDS_CACHE.patterns;
}

/** fields.ordinal_words, as [word, value] pairs in Python's dict order (the first found wins). */
function ordinalWords() {
	return [
		["birinci", 1],
		["ikinci", 2],
		["üçüncü", 3],
		["dördüncü", 4],
		["beşinci", 5],
		["altıncı", 6],
		["yedinci", 7],
		["sekizinci", 8],
		["dokuzuncu", 9],
		["onuncu", 10],
		["first", 1],
		["second", 2],
		["third", 3],
		["fourth", 4],
		["fifth", 5],
		["sixth", 6],
		["seventh", 7],
		["eighth", 8],
		["ninth", 9],
		["tenth", 10],
		["revised", 2],
		["второе", 2],
		["третье", 3],
		["четвертое", 4],
		["пятое", 5],
	];
}

/** fields.month_names: a Map (insertion order as Python's dict) of month name → number. */
function monthNames() {
	if (FIELDS_CACHE.months) return FIELDS_CACHE.months;
	const out = new Map();
	for (const [lang, table] of Object.entries(bibkitTable("months"))) {
		if (lang.startsWith("_")) continue;
		for (const [name, value] of Object.entries(table)) {
			out.set(name, value);
			if (!name.endsWith(".")) out.set(upper(firstChar(name)) + name.slice(firstChar(name).length), value);
		}
	}
	FIELDS_CACHE.months = out;
	return out;
}

/** fields.month_number: "Kasım" → 11, "марта" → 3, "нояб." → 11; null if not a month. */
function monthNumber(name) {
	const names = monthNames();
	for (const candidate of [name, lower(name), name.toLowerCase()]) {
		for (const form of [candidate, candidate + ".", pyRstrip(candidate, ".")]) {
			if (names.has(form)) return names.get(form);
		}
	}
	return null;
}

// ------------------------------------------------------------------ places

function fieldsPlaceIndex() {
	if (FIELDS_CACHE.places) return FIELDS_CACHE.places;
	const data = bibkitTable("places");
	const groups = new Map();
	for (const group of data.groups) {
		for (const spelling of group) groups.set(foldPlace(spelling), group[0]);
	}
	FIELDS_CACHE.places = { groups, abbreviations: new Map(Object.entries(data.abbreviations)) };
	return FIELDS_CACHE.places;
}

/** fields._fold_place: turkish.skeleton (names.js). */
function foldPlace(text) {
	return skeleton(text);
}

/** fields.known_place: the group label of a known place ("Moskova" → "Moskva"), or null. */
function knownPlace(text) {
	if (cpLength(text) > 60) return null;
	const { groups } = fieldsPlaceIndex();
	const key = foldPlace(pyStrip(text, " .,"));
	return groups.has(key) ? groups.get(key) : null;
}

/** fields.expand_place_abbreviation: "М." → "Moskva"; null for anything else. */
function expandPlaceAbbreviation(text) {
	const { abbreviations } = fieldsPlaceIndex();
	text = pyStrip(text);
	const get = key => (abbreviations.has(key) ? abbreviations.get(key) : null);
	return get(text) || (!text.endsWith(".") ? get(text + ".") : null);
}

function fieldsPlaceParts(text) {
	return text.split(pyRegex(String.raw`\s*[;–—]\s*|\s+(?:and|ve|и)\s+|\s*-\s*`)).filter(p => p);
}

/** fields.normalise_place: places as printed, GOST abbreviations expanded. */
function normalisePlace(text) {
	text = pyStrip(text, " ,:");
	const full = expandPlaceAbbreviation(text);
	if (full) return full;
	const parts = fieldsPlaceParts(text);
	if (parts.length > 1 && parts.every(p => expandPlaceAbbreviation(p) || knownPlace(p))) {
		return parts.map(p => expandPlaceAbbreviation(p) || p).join("; ");
	}
	return text;
}

// ------------------------------------------------------------------ keywords

/** fields.keyword_patterns: whole-word patterns of the journal, publisher … words. */
function keywordPatterns() {
	if (FIELDS_CACHE.keywords) return FIELDS_CACHE.keywords;
	const abbr = bibkitTable("abbreviations");
	const out = {};
	for (const key of ["journal", "publisher", "institution", "proceedings", "encyclopedia", "thesis_unpublished"]) {
		out[key] = pyRegex(`(?<![\\w])(?:${alternation(abbr[key], "\\s*", true)})(?![\\w])`, "i");
	}
	FIELDS_CACHE.keywords = out;
	return out;
}

function hasKeyword(kind, text) {
	const key = kind + "\u0000" + text;
	let found = FIELDS_KEYWORD_CACHE.get(key);
	if (found === undefined) {
		// Bounded as Python's lru_cache is (the answers do not depend on it).
		if (FIELDS_KEYWORD_CACHE.size >= 65536) FIELDS_KEYWORD_CACHE.clear();
		found = keywordPatterns()[kind].test(text);
		FIELDS_KEYWORD_CACHE.set(key, found);
	}
	return found;
}

function fieldsFinalAbbreviations() {
	if (!FIELDS_CACHE.finalAbbr) {
		const words = bibkitTable("abbreviations").title_final_abbreviations;
		FIELDS_CACHE.finalAbbr = pyRegex(`(?:^|\\s)(?:${words.map(fieldsEscape).join("|")})\\.$`);
	}
	return FIELDS_CACHE.finalAbbr;
}

// fields._OPENERS, fields._DASHES: what opens the next field, GOST's dash between fields.
const FIELD_OPENERS = "([«„“";
const FIELD_DASHES = "—–";

/** fields.strip_field: separators off both ends; a final period stays after an abbreviation. */
function stripField(text) {
	for (;;) {
		const before = text;
		text = pyStrip(text, " ,;:");
		if (text.endsWith(".") && !fieldsFinalAbbreviations().test(text)) text = pyRstrip(text, ". ,;:");
		// all of these are single UTF-16 units: the last unit is the last code point
		const last = text.slice(-1);
		if (text && (FIELD_OPENERS.includes(last) || (FIELD_DASHES.includes(last) && text.slice(-2, -1) === " "))) {
			text = text.slice(0, -1);
		}
		if (text && FIELD_DASHES.includes(text[0]) && text[1] === " ") text = text.slice(1);
		text = pyLstrip(text, ". ");
		if (text === before) return text;
	}
}
