// Text helpers that reproduce bibkit's Python exactly (bibkit/tokens.py, bibkit/lexicon.py), for
// the features the translator computes from the same data tables as bibkit.
//
// A plain script: top-level declarations only, so that it can be inlined into the translator.
// Python and JavaScript read text differently, and every difference changes a feature string:
// - Python's re is Unicode-aware: \w is any letter or number (str.isalnum) or _, \d any decimal
//   digit (Nd), \s str.isspace(). JavaScript's \w and \d are ASCII even with flag u, and its \s
//   and trim() differ from str.isspace() (no \x1c-\x1f or \x85, but \ufeff). pyRegex translates.
// - len() and slices count code points, JavaScript's length and slice() UTF-16 units.
// - str.isdigit() also holds for superscript, circled and other digits that are not Nd.
// Every character class here was checked against Python 3.11 (Unicode 14.0) for each assigned
// code point (tests/test_runtime_features.py); characters assigned after that version may read
// differently in a JavaScript engine with a newer Unicode.

/* exported PY_SPACE, pyRegex, pyStrip, pyLstrip, pyRstrip, pySplit, isPySpace, cpLength, cpPrefix, cpSlice, cpOffset, firstChar, lastChar, isAlpha, isAlnum, isUpper, isLower, isDigit, isDecimal, isAscii, decimalValue, pyInt, isYear, compareCodePoints, fold, tokenize, stringsAt, PhraseIndex, lexiconPhrases */

// str.isspace() and Python's \s: the characters of bidirectional class WS, B or S, or category Zs.
const PY_SPACE = "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
// Python's \w: str.isalnum() (letters L*, numbers N*) and _.
const PY_WORD = "\\p{L}\\p{N}_";
// Python's \b: between a word character and a non-word one (or the start or end of the text).
const PY_BOUNDARY = `(?:(?<=[${PY_WORD}])(?![${PY_WORD}])|(?<![${PY_WORD}])(?=[${PY_WORD}]))`;
// str.isdigit() holds for Nd and for these digits (Numeric_Type=Digit): superscripts, subscripts,
// circled, parenthesized and dingbat digits, Ethiopic, Kharoshthi, Rumi, Brahmi, …
const PY_DIGIT = "\\p{Nd}\\u00b2\\u00b3\\u00b9\\u1369-\\u1371\\u19da\\u2070\\u2074-\\u2079\\u2080-\\u2089"
	+ "\\u2460-\\u2468\\u2474-\\u247c\\u2488-\\u2490\\u24ea\\u24f5-\\u24fd\\u24ff\\u2776-\\u277e"
	+ "\\u2780-\\u2788\\u278a-\\u2792\\u{10a40}-\\u{10a43}\\u{10e60}-\\u{10e68}\\u{11052}-\\u{1105a}"
	+ "\\u{1f100}-\\u{1f10a}";
// Characters a JavaScript u-mode regex needs escaped (as written in a Python pattern).
const REGEX_SYNTAX = "^$\\.*+?()[]{}|/";
// The letters Python's re.IGNORECASE takes for one another and JavaScript's flag i does not: İ
// lower-cases to i, and i and ı share the upper case I; under JavaScript's case folding İ and ı
// fold to nothing else. For every other letter the two agree (tests/test_runtime_archives.py
// checks that for the archive registry's letters over all of Unicode).
const PY_I_LETTERS = "iIıİ";
const PY_I_CODE_POINTS = [0x69, 0x49, 0x131, 0x130];
// The code points of the escapes \t \n \r \f \v.
const PY_CONTROL_ESCAPES = { t: 9, n: 10, r: 13, f: 12, v: 11 };
const PY_REGEX_CACHE = new Map();
const CHAR_TESTS = {
	space: new RegExp(`^[${PY_SPACE}]$`, "u"),
	alpha: /^\p{L}$/u,
	alnum: /^[\p{L}\p{N}]$/u,
	upper: /^\p{Uppercase}$/u,
	lower: /^\p{Lowercase}$/u,
	title: /^\p{Lt}$/u,
	decimal: /^\p{Nd}$/u,
	digit: new RegExp(`^[${PY_DIGIT}]$`, "u"),
};
// Letters whose Lowercase property changed after Unicode 14.0, the version of the Python (3.11)
// whose features trained the model: ʕ had it and lost it; ჼ ꟲ ꟳ ꟴ ꭩ gained it. isLower is pinned
// to 14.0, so that any engine's Unicode gives Python's answer for them.
const LOWER_IN_PYTHON = new Set(["\u0295"]);
const NOT_LOWER_IN_PYTHON = new Set(["\u10fc", "\ua7f2", "\ua7f3", "\ua7f4", "\uab69"]);
// fold() maps I-like letters and ё before lower(), as bibkit.lexicon does.
const FOLD_MAP = { İ: "i", I: "i", ı: "i", Ё: "е", ё: "е" };
// bibkit/tokens.py _TOKEN and _LINK_TAIL, verbatim (Python syntax, read by pyRegex).
const TOKEN_PATTERN = String.raw`(?P<link>(?:https?://|www\.)[^\s<>\"«»“”]+`
	+ String.raw`|(?:doi:\s?)?10\.\d{4,9}/[^\s<>\"«»“”]+)`
	+ String.raw`|(?:[^\W\d_]{1,3}\.){2,}`
	+ String.raw`|\d+(?:[-–—.:]\d+)+`
	+ String.raw`|[^\W_]+`
	+ String.raw`|\S`;
const LINK_TAIL_PATTERN = String.raw`[.,;:)\]}»”’'\"]+$`;


/**
 * A JavaScript RegExp (flag u, plus `flags`) that matches as Python's re does with `source`.
 *
 * Translates the Python syntax bibkit's patterns use: \s \S \d \D \w \W \b (Unicode in Python),
 * `.` (not \n), `$` (also before a final \n), (?P<name>…), {,n}, `\"`-style escapes of characters
 * JavaScript does not allow escaped in u-mode, and classes such as [^\W\d_] (a word character
 * that is not a digit or _). Anything else it does not know it refuses, rather than guess.
 * Flag "i" stands for Python's re.IGNORECASE, which takes i, I, İ and ı for one letter: each of
 * them, alone or in a class, is matched as all four (JavaScript's own flag i does the rest).
 * Compiled regexes are cached by source and flags: a global or sticky one is shared, so set its
 * lastIndex before each exec (matchAll and replace do not depend on it).
 */
function pyRegex(source, flags = "") {
	// By flags, then by source: a key made by concatenation would be a new string to hash at
	// every call, and some sources (the archive registry) are thousands of characters long.
	let byFlags = PY_REGEX_CACHE.get(flags);
	if (!byFlags) {
		byFlags = new Map();
		PY_REGEX_CACHE.set(flags, byFlags);
	}
	let re = byFlags.get(source);
	if (!re) {
		re = new RegExp(translatePattern(source, flags.includes("i")), "u" + flags);
		byFlags.set(source, re);
	}
	return re;
}

function translatePattern(source, ignoreCase) {
	let out = "";
	let i = 0;
	while (i < source.length) {
		const ch = source[i];
		if (ch === "\\") {
			const [text, next] = translateEscape(source, i, false);
			out += text;
			i = next;
		}
		else if (ch === "[") {
			const [text, next] = translateClass(source, i, ignoreCase);
			out += text;
			i = next;
		}
		else if (ch === ".") {
			out += "[^\\n]";
			i++;
		}
		else if (ch === "$") {
			// Python's $ (no MULTILINE) matches at the end and before a newline that ends the text.
			out += "(?=\\n?$)";
			i++;
		}
		else if (ch === "(" && source[i + 1] === "?") {
			const named = /^\(\?P?<([A-Za-z_]\w*)>/.exec(source.slice(i, i + 40));
			if (named) {
				// A group's name is copied as it is (not read as letters to match).
				out += `(?<${named[1]}>`;
				i += named[0].length;
			}
			else if (/^\(\?(?::|=|!|<=|<!)/.test(source.slice(i, i + 4))) {
				out += "(?";
				i += 2;
			}
			else {
				throw new Error(`pyRegex: unsupported group at ${i} in ${source}`);
			}
		}
		else if (ch === "{") {
			// A quantifier ({m}, {m,}, {,n}, {m,n}); Python reads any other { as a literal.
			const m = /^\{(\d*)(,?)(\d*)\}/.exec(source.slice(i));
			if (m && (m[1] || m[3])) {
				out += "{" + (m[1] || "0") + m[2] + m[3] + "}";
				i += m[0].length;
			}
			else {
				out += "\\{";
				i++;
			}
		}
		else if (ch === "}" || ch === "]") {
			out += "\\" + ch;
			i++;
		}
		else if (ignoreCase && PY_I_LETTERS.includes(ch)) {
			out += `[${PY_I_LETTERS}]`;
			i++;
		}
		else {
			out += ch;
			i++;
		}
	}
	return out;
}

/** One escape at source[i] (a backslash): [JavaScript text, index after it]. */
function translateEscape(source, i, inClass) {
	const c = source[i + 1];
	if (c === undefined) throw new Error(`pyRegex: trailing backslash in ${source}`);
	const classes = {
		s: inClass ? PY_SPACE : `[${PY_SPACE}]`,
		d: "\\p{Nd}",
		w: inClass ? PY_WORD : `[${PY_WORD}]`,
	};
	if (c in classes) return [classes[c], i + 2];
	if (!inClass && "SDW".includes(c)) {
		const negated = { S: `[^${PY_SPACE}]`, D: "\\P{Nd}", W: `[^${PY_WORD}]` };
		return [negated[c], i + 2];
	}
	// In a class, Python's \b is a backspace, which no pattern here means.
	if (!inClass && c === "b") return [PY_BOUNDARY, i + 2];
	if (c in PY_CONTROL_ESCAPES) return ["\\" + c, i + 2];
	if (c === "x") return [source.slice(i, i + 4), i + 4];
	if (c === "u") return [source.slice(i, i + 6), i + 6];
	if (c === "U") return [`\\u{${source.slice(i + 2, i + 10)}}`, i + 10];
	if (!inClass && /[1-9]/.test(c)) return ["\\" + c, i + 2];
	if (/[\p{L}\p{N}_]/u.test(c)) throw new Error(`pyRegex: unsupported escape \\${c} in ${source}`);
	// Any other character escaped stands for itself; u-mode allows only syntax characters escaped.
	if (REGEX_SYNTAX.includes(c) || (inClass && c === "-")) return ["\\" + c, i + 2];
	return [c, i + 2];
}

/** The character an escape in a class stands for (a code point), or null for \s, \d, \w. */
function escapedCodePoint(source, i) {
	const c = source[i + 1];
	if (c in PY_CONTROL_ESCAPES) return PY_CONTROL_ESCAPES[c];
	if (c === "x") return parseInt(source.slice(i + 2, i + 4), 16);
	if (c === "u") return parseInt(source.slice(i + 2, i + 6), 16);
	if (c === "U") return parseInt(source.slice(i + 2, i + 10), 16);
	return "sdw".includes(c) ? null : source.codePointAt(i + 1);
}

/** The character class at source[i] ("["): [JavaScript text, index after it]. */
function translateClass(source, i, ignoreCase) {
	let j = i + 1;
	const negated = source[j] === "^";
	if (negated) j++;
	if (source[j] === "]") throw new Error(`pyRegex: class starting with ] in ${source}`);
	let items = "";
	let nonWord = false;
	// What the class holds, as [first, last] code points (\s, \d, \w aside), for flag i.
	const ranges = [];
	// A character that may start a range (the last item, when it is one character), and a range
	// waiting for its last character.
	let single = null;
	let from = null;
	while (j < source.length && source[j] !== "]") {
		let cp;
		if (source[j] === "\\") {
			const c = source[j + 1];
			if (c === "W" && negated && !nonWord) {
				nonWord = true;
				j += 2;
				continue;
			}
			if ("SDW".includes(c)) throw new Error(`pyRegex: unsupported \\${c} in a class in ${source}`);
			cp = escapedCodePoint(source, j);
			const [text, next] = translateEscape(source, j, true);
			items += text;
			j = next;
		}
		else {
			cp = source.codePointAt(j);
			const ch = String.fromCodePoint(cp);
			items += ch === "[" ? "\\[" : ch;
			j += ch.length;
			if (ch === "-" && single !== null && from === null && source[j] !== "]") {
				// a-z: the next character ends the range the last one starts.
				from = single;
				single = null;
				continue;
			}
		}
		if (from !== null) {
			ranges.push([from, cp === null ? from : cp]);
			from = null;
			single = null;
		}
		else {
			if (cp !== null) ranges.push([cp, cp]);
			single = cp;
		}
	}
	if (j >= source.length) throw new Error(`pyRegex: unterminated class in ${source}`);
	if (from !== null) ranges.push([from, from]);
	if (ignoreCase && ranges.some(([a, b]) => PY_I_CODE_POINTS.some(cp => a <= cp && cp <= b))) {
		// In front, where they cannot end a range (a literal - that led the class is escaped).
		items = PY_I_LETTERS + (items[0] === "-" ? "\\" + items : items);
	}
	if (!nonWord) return [`[${negated ? "^" : ""}${items}]`, j + 1];
	// [^\W…]: a word character that is none of the others.
	if (!items) return [`[${PY_WORD}]`, j + 1];
	const others = items[0] === "^" ? "\\" + items : items;
	return [`(?:(?![${others}])[${PY_WORD}])`, j + 1];
}

/** str.strip(chars): without chars, Python's whitespace (which trim() does not match). */
function pyStrip(text, chars) {
	return pyRstrip(pyLstrip(text, chars), chars);
}

/** str.lstrip(chars). The characters stripped are all in the BMP, so UTF-16 units do. */
function pyLstrip(text, chars) {
	const strip = chars === undefined ? isPySpace : ch => chars.includes(ch);
	let start = 0;
	while (start < text.length && strip(text[start])) start++;
	return text.slice(start);
}

/** str.rstrip(chars). */
function pyRstrip(text, chars) {
	const strip = chars === undefined ? isPySpace : ch => chars.includes(ch);
	let end = text.length;
	while (end > 0 && strip(text[end - 1])) end--;
	return text.slice(0, end);
}

/** str.split() without arguments: the runs of text between Python's whitespace, no empty ones. */
function pySplit(text) {
	return text.split(pyRegex("\\s+")).filter(w => w);
}

/** str.isspace() of one character (a UTF-16 unit will do: Python's whitespace is all in the BMP). */
function isPySpace(ch) {
	return CHAR_TESTS.space.test(ch);
}

/** len(text): code points, not UTF-16 units (a lone surrogate counts as one, as in Python). */
function cpLength(text) {
	let n = 0;
	// eslint-disable-next-line no-unused-vars
	for (const _ of text) n++;
	return n;
}

/** text[:n] in code points. */
function cpPrefix(text, n) {
	let units = 0;
	let count = 0;
	for (const ch of text) {
		if (count === n) break;
		units += ch.length;
		count++;
	}
	return text.slice(0, units);
}

/** Python's text[start:end] in code points; negative indices count from the end, end may be left out. */
function cpSlice(text, start, end) {
	return Array.from(text).slice(start, end).join("");
}

/** The code point offset (Python's) of the UTF-16 offset `unit` in text. */
function cpOffset(text, unit) {
	return cpLength(text.slice(0, unit));
}

/** text[:1], a whole code point. */
function firstChar(text) {
	return text ? String.fromCodePoint(text.codePointAt(0)) : "";
}

/** text[-1:], a whole code point. */
function lastChar(text) {
	if (!text) return "";
	const n = text.length;
	const low = text.charCodeAt(n - 1);
	const high = n > 1 ? text.charCodeAt(n - 2) : 0;
	const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
	return text.slice(pair ? n - 2 : n - 1);
}

/** str.isalpha() of one character: its category is L*. */
function isAlpha(ch) {
	return CHAR_TESTS.alpha.test(ch);
}

/** str.isalnum() of one character: its category is L* or N*. */
function isAlnum(ch) {
	return CHAR_TESTS.alnum.test(ch);
}

/**
 * str.isupper(): a cased character (Python's cased letters have the Uppercase or Lowercase
 * property: Ⓐ, ª, ʰ, not only Lu and Ll), and none lower case or titlecase (Lt). Of one
 * character: its Uppercase property.
 */
function isUpper(text) {
	let cased = false;
	for (const ch of text) {
		if (isLower(ch) || CHAR_TESTS.title.test(ch)) return false;
		if (!cased && CHAR_TESTS.upper.test(ch)) cased = true;
	}
	return cased;
}

/**
 * str.islower() of one character: its Lowercase property (ª and ʰ too, not only Ll), as of
 * Unicode 14.0 (see LOWER_IN_PYTHON).
 */
function isLower(ch) {
	if (LOWER_IN_PYTHON.has(ch)) return true;
	if (NOT_LOWER_IN_PYTHON.has(ch)) return false;
	return CHAR_TESTS.lower.test(ch);
}

/** str.isdigit() of a string: not empty, and every character a digit (Nd or Numeric_Type=Digit). */
function isDigit(text) {
	if (!text) return false;
	for (const ch of text) {
		if (!CHAR_TESTS.digit.test(ch)) return false;
	}
	return true;
}

/** str.isdecimal(): not empty, and every character Nd (what int() and Python's \d accept). */
function isDecimal(text) {
	if (!text) return false;
	for (const ch of text) {
		if (!CHAR_TESTS.decimal.test(ch)) return false;
	}
	return true;
}

/** str.isascii(): every character below U+0080 (true for ""). */
function isAscii(text) {
	// eslint-disable-next-line no-control-regex
	return /^[\x00-\x7f]*$/.test(text);
}

/**
 * int(ch) of a decimal digit (Nd) of any script. Nd digits come in runs of ten from zero, so a
 * digit's value is its distance from the start of its run, modulo 10.
 */
function decimalValue(ch) {
	const cp = ch.codePointAt(0);
	let start = cp;
	while (start > 0 && CHAR_TESTS.decimal.test(String.fromCodePoint(start - 1))) start--;
	return (cp - start) % 10;
}

/**
 * int(text) of a string of digits, as a BigInt (a marker's number may have 20 digits). Python's
 * int() reads the decimal digits of every script (decimalValue); it fails on the other
 * str.isdigit() characters (², ①), and so does this.
 */
function pyInt(text) {
	let ascii = "";
	for (const ch of text) {
		if (!isDecimal(ch)) throw new Error(`invalid literal for int() with base 10: ${JSON.stringify(text)}`);
		ascii += String(decimalValue(ch));
	}
	return BigInt(ascii);
}

/** parse.features.is_year: a four-digit year of the span references cite (1500–2099). */
function isYear(word) {
	if (cpLength(word) !== 4 || !isDecimal(word)) return false;
	const value = pyInt(word);
	return value >= 1500n && value <= 2099n;
}

/** Python's string order (code points); JavaScript's < compares UTF-16 units. */
function compareCodePoints(a, b) {
	if (a === b) return 0;
	const x = Array.from(a);
	const y = Array.from(b);
	for (let k = 0; k < Math.min(x.length, y.length); k++) {
		if (x[k] !== y[k]) return x[k].codePointAt(0) - y[k].codePointAt(0);
	}
	return x.length - y.length;
}

/** bibkit.lexicon.fold: I, İ, ı → i; ё → е; then lower() (the same full mapping, final sigma too). */
function fold(text) {
	return text.replace(/[İIıЁё]/g, ch => FOLD_MAP[ch]).toLowerCase();
}

/**
 * bibkit.tokens.tokenize: the tokens of text, each { text, start, end, space }, with start and end
 * in code points as in Python. A URL or DOI gives up the punctuation that ends it, one token each.
 */
function tokenize(text) {
	const out = [];
	const tail = pyRegex(LINK_TAIL_PATTERN);
	let prevEnd = 0;
	// Code point offsets, counted from UTF-16 offsets as the matches go.
	let unit = 0;
	let point = 0;
	const pointAt = (target) => {
		while (unit < target) {
			const cp = text.codePointAt(unit);
			unit += cp > 0xffff ? 2 : 1;
			point++;
		}
		return point;
	};
	for (const m of text.matchAll(pyRegex(TOKEN_PATTERN, "g"))) {
		const word = m[0];
		const start = pointAt(m.index);
		const startUnit = m.index;
		const end = pointAt(m.index + word.length);
		if (m.groups.link !== undefined) {
			const t = tail.exec(word);
			if (t && t.index > 0) {
				const cut = start + cpLength(word.slice(0, t.index));
				out.push({ text: word.slice(0, t.index), start, end: cut, space: start > prevEnd || start === 0 });
				let k = cut;
				for (const ch of text.slice(startUnit + t.index, startUnit + word.length)) {
					out.push({ text: ch, start: k, end: k + 1, space: false });
					k++;
				}
				prevEnd = end;
				continue;
			}
		}
		out.push({ text: word, start, end, space: start > prevEnd || start === 0 });
		prevEnd = end;
	}
	return out;
}

function ownValue(node, key) {
	return Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
}

function isObject(node) {
	return node !== null && typeof node === "object" && !Array.isArray(node);
}

/**
 * bibkit.lexicon.strings_at: the strings at path in the tables (data maps a table's name to its
 * parsed JSON): ["abbreviations", "ibid"], ["months", "*"]. A dict gives its keys not starting
 * with _; JavaScript lists integer-like keys first, which no caller depends on (phrase lookup
 * does not depend on order).
 */
function stringsAt(data, path) {
	const table = ownValue(data, path[0]);
	if (table === undefined) throw new Error(`no data table ${path[0]}`);
	const out = [];
	walkStrings(table, path.slice(1), out);
	return out;
}

function walkStrings(node, rest, out) {
	if (typeof node === "string") {
		out.push(node);
	}
	else if (Array.isArray(node)) {
		for (const item of node) {
			if (isObject(item) && rest.length) walkStrings(ownValue(item, rest[0]) ?? [], rest.slice(1), out);
			else walkStrings(item, rest, out);
		}
	}
	else if (isObject(node)) {
		if (!rest.length) {
			out.push(...Object.keys(node).filter(k => !k.startsWith("_")));
		}
		else if (rest[0] === "*") {
			for (const [k, value] of Object.entries(node)) {
				if (!k.startsWith("_")) walkStrings(value, rest.slice(1), out);
			}
		}
		else {
			walkStrings(ownValue(node, rest[0]) ?? [], rest.slice(1), out);
		}
	}
}

/**
 * bibkit.lexicon.phrases: the PhraseIndex of the feature specification's lexicons, the tables read
 * with tableOf(name). `names` limits it to some classes: a token's membership in a class depends
 * only on that class's phrases, so such an index marks them as the whole one does.
 */
function lexiconPhrases(tableOf, names = null) {
	const lexicons = tableOf("features").lexicons;
	// stringsAt reads from an object of tables by name: the tables the lexicons name, each once.
	const data = Object.create(null);
	const classes = {};
	for (const name of names || Object.keys(lexicons)) {
		const strings = [];
		for (const source of lexicons[name]) {
			if (!(source[0] in data)) data[source[0]] = tableOf(source[0]);
			strings.push(...stringsAt(data, source));
		}
		classes[name] = strings;
	}
	return PhraseIndex(classes);
}

/**
 * bibkit.lexicon.PhraseIndex: phrases by class ({ name: [phrase, …] }), looked up by their first
 * folded token. A plain function returning { mark }, so that the file holds declarations only.
 */
function PhraseIndex(classes) {
	const index = new Map();
	for (const [name, phrases] of Object.entries(classes)) {
		for (const phrase of phrases) {
			const words = tokenize(phrase).map(t => fold(t.text));
			if (!words.length) continue;
			if (!index.has(words[0])) index.set(words[0], []);
			index.get(words[0]).push({ words, name });
		}
	}
	for (const [first, entries] of index) {
		entries.sort((a, b) => b.words.length - a.words.length || compareCodePoints(a.name, b.name));
		const seen = new Set();
		index.set(first, entries.filter((e) => {
			const key = JSON.stringify([e.words, e.name]);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		}));
	}
	// mark(folded): for each folded token, the sorted classes of the listed phrases that cover it.
	return {
		mark(folded) {
			const n = folded.length;
			const hits = new Array(n).fill(null);
			for (let i = 0; i < n; i++) {
				const entries = index.get(folded[i]);
				if (!entries) continue;
				for (const { words, name } of entries) {
					const size = words.length;
					if (size === 1 || (i + size <= n && words.every((w, k) => folded[i + k] === w))) {
						for (let k = i; k < Math.min(i + size, n); k++) {
							if (hits[k] === null) hits[k] = new Set();
							hits[k].add(name);
						}
					}
				}
			}
			return hits.map(h => (h ? Array.from(h).sort(compareCodePoints) : []));
		},
	};
}
