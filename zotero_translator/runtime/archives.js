/* global bibkitTable */
/*
	Archival locators: bibkit/parse/archives.py (find the archive a note or entry names, parse its
	locator) and bibkit/archives/locator.py (the locator's canonical form and record id), with
	the helpers they import (turkish.lower, turkish.to_ascii).

	Results are what Python returns, as JSON gives them: an Archive or ArchivalLocator is a plain
	object with the dataclass's fields ({acronym, system, place, language}; {archive, system,
	levels, qualifier, raw}), tuples are arrays, None is null. A re.Match is returned as
	{start, end, text, groups}: start and end in code points (Python's string offsets, not UTF-16
	units), text the matched string, groups Python's m.groups() (null for a group that did not
	take part). Every offset a public function returns counts code points; inside, this file
	works in UTF-16 units and slices where Python slices, so the two agree.

	Regular expressions are written in Python's syntax (the table's labels are Python regexes
	too) and translated by archivePyRegex, because Python's \w, \d, \s and \b are Unicode-aware
	and JS's are ASCII even with the u flag. The translation is exact for the Unicode version
	both runtimes know; characters assigned after Python's Unicode database (14.0 for Python
	3.11) are letters or digits to JS and not to Python, and str.isupper (archiveIsUpper) differs
	for six characters whose Lowercase property Unicode 15 and 16 changed (U+0295, U+10FC,
	U+A7F2-A7F4, U+AB69), none of which an archive's name can hold.

	Public names are Python's in camelCase (find_archive → findArchive); private ones, the
	ports of Python's _helpers and of turkish.lower/to_ascii, start with "archive" so that
	the runtime files can be inlined into one script side by side.

	record_id romanises like turkish.to_ascii: bibkit's transliteration table, NFKD, then the
	anyascii package for what is left (combining marks of a non-zero class are dropped). This
	file reproduces anyascii for decimal digits of any script (their ASCII digit) and for the
	blocks of ARCHIVE_ANYASCII; any other character is dropped here where anyascii romanises it
	(Arabic, Hebrew, Indic letters and vowel signs, CJK, symbols of other blocks …).
	The parser's own locators never hold one (every letter its patterns accept is in the table);
	a locator that normalise builds for an unregistered archive takes the archive's name as
	written, and only there can the record id differ.
*/

// Python's \s (str.isspace): JS's \s lacks \x1c-\x1f and \x85 and adds \ufeff.
const ARCHIVE_PY_SPACE = String.raw`\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
// Python's \w (str.isalnum or "_").
const ARCHIVE_PY_WORD = String.raw`\p{L}\p{N}_`;
// Characters that are syntax in a JS u-regex; any other escaped punctuation is written bare,
// since u-mode rejects identity escapes such as \- outside a class, \& or \# (Python accepts them).
const ARCHIVE_JS_SYNTAX = "^$\\.*+?()[]{}|/";

/** A Python regex source (as bibkit writes it) as the source of a JS u-regex that means the same. */
function archivePyRegex(source) {
	const word = `[${ARCHIVE_PY_WORD}]`;
	let out = "";
	let inClass = false;
	const chars = [...source];
	for (let i = 0; i < chars.length; i++) {
		const ch = chars[i];
		if (ch === "\\") {
			const next = chars[++i];
			if (next === "d") out += String.raw`\p{Nd}`;
			else if (next === "D") out += String.raw`\P{Nd}`;
			else if (next === "w") out += inClass ? ARCHIVE_PY_WORD : word;
			else if (next === "s") out += inClass ? ARCHIVE_PY_SPACE : `[${ARCHIVE_PY_SPACE}]`;
			else if (next === "W" && !inClass) out += `[^${ARCHIVE_PY_WORD}]`;
			else if (next === "S" && !inClass) out += `[^${ARCHIVE_PY_SPACE}]`;
			else if (next === "b" && !inClass) out += `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`;
			else if (/^[0-9tnrfvxu]$/.test(next)) out += "\\" + next;
			else if (/^[\p{L}\p{N}]$/u.test(next)) throw new Error(`archivePyRegex: \\${next} is not translated`);
			else if (ARCHIVE_JS_SYNTAX.includes(next) || (inClass && next === "-")) out += "\\" + next;
			else out += next;
		}
		else if (inClass) {
			if (ch === "]") inClass = false;
			out += ch;
		}
		else if (ch === "[") {
			inClass = true;
			out += ch;
			if (chars[i + 1] === "^") out += chars[++i];
			// Python takes a "]" right after "[" as a literal.
			if (chars[i + 1] === "]") {
				out += "\\]";
				i++;
			}
		}
		else if (ch === "(" && chars[i + 1] === "?" && chars[i + 2] === "P" && chars[i + 3] === "<") {
			out += "(?<";
			i += 3;
		}
		else if (ch === ".") {
			// Python's "." excludes only \n; JS's excludes \r, \u2028 and \u2029 as well.
			out += "[^\\n]";
		}
		else if (ch === "$") {
			throw new Error("archivePyRegex: Python's $ also matches before a final newline");
		}
		else {
			out += ch;
		}
	}
	return out;
}

/**
 * A compiled Python regex: `search` for Python's pattern.search(text, pos) (a g-regex) and
 * `match` for pattern.match(text, pos) (a y-regex: anchored at pos, lookbehind sees before it).
 */
function archiveCompile(source, flags = "") {
	const js = archivePyRegex(source);
	return { search: new RegExp(js, "gu" + flags), match: new RegExp(js, "yu" + flags) };
}

function archiveSearch(pattern, text, pos = 0) {
	pattern.search.lastIndex = pos;
	return pattern.search.exec(text);
}

function archiveMatch(pattern, text, pos = 0) {
	pattern.match.lastIndex = pos;
	return pattern.match.exec(text);
}

/** Python's re.findall for a pattern with one group. */
function archiveFindAll(pattern, text) {
	const out = [];
	let pos = 0;
	for (;;) {
		const m = archiveSearch(pattern, text, pos);
		if (!m) return out;
		out.push(m[1] === undefined ? "" : m[1]);
		// An empty match moves one character on, as Python's findall does.
		pos = m.index + (m[0] ? m[0].length : String.fromCodePoint(text.codePointAt(m.index) || 0).length);
		if (pos > text.length) return out;
	}
}

/** Code points in text[0, index) (index in UTF-16 units): Python's offset of that position. */
function archiveCodePoints(text, index) {
	let count = 0;
	for (let i = 0; i < index; i++) {
		const unit = text.charCodeAt(i);
		if (unit < 0xd800 || unit > 0xdbff || i + 1 >= index) count++;
		else {
			const low = text.charCodeAt(i + 1);
			count++;
			if (low >= 0xdc00 && low <= 0xdfff) i++;
		}
	}
	return count;
}

let archiveSpaceCache = null;

/** Regexes of Python's whitespace: a run of it, and a run at either end. */
function archiveSpace() {
	if (archiveSpaceCache === null) {
		const space = `[${ARCHIVE_PY_SPACE}]+`;
		archiveSpaceCache = { run: new RegExp(space, "gu"), ends: new RegExp(`^${space}|${space}$`, "gu") };
	}
	return archiveSpaceCache;
}

/** Python's str.strip(chars); with no chars, str.strip() (Python's whitespace). */
function archiveStrip(text, chars) {
	if (chars === undefined) return text.replace(archiveSpace().ends, "");
	const units = [...text];
	let start = 0;
	let end = units.length;
	while (start < end && chars.includes(units[start])) start++;
	while (end > start && chars.includes(units[end - 1])) end--;
	return units.slice(start, end).join("");
}

/** Python's str.isupper: a cased character, and none lower-case or title-case. */
function archiveIsUpper(text) {
	let cased = false;
	for (const c of text) {
		if (/[\p{Lowercase}\p{Lt}]/u.test(c)) return false;
		if (!cased && /\p{Uppercase}/u.test(c)) cased = true;
	}
	return cased;
}

/** bibkit.turkish.lower(text) with turkish=True: I → ı, İ → i, then str.lower. */
function archiveTurkishLower(text) {
	return text.replace(/I/g, "ı").replace(/İ/g, "i").toLowerCase();
}

let archiveTransliterationCache = null;

/** bibkit.turkish._tables: the Latin fold and the Cyrillic romanisation, by character. */
function archiveTransliteration() {
	if (archiveTransliterationCache === null) {
		const data = bibkitTable("transliteration");
		const latin = new Map(Object.entries(data.latin_ascii));
		const cyrillic = new Map();
		for (const [k, v] of Object.entries(data.ascii)) {
			cyrillic.set(k, v);
			cyrillic.set(k.toUpperCase(), v.slice(0, 1).toUpperCase() + v.slice(1));
		}
		archiveTransliterationCache = { latin, cyrillic };
	}
	return archiveTransliterationCache;
}

/** The value of a decimal digit of any script: Unicode puts each script's 0-9 in a contiguous run. */
function archiveDigitValue(c) {
	let cp = c.codePointAt(0);
	let n = 0;
	while (cp > 0 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
		cp--;
		n++;
	}
	return String(n % 10);
}

// What the anyascii package (0.3) writes for the characters that reach it in turkish.to_ascii
// (left after bibkit's tables and NFKD, not marks, not digits), for the blocks of the scripts and
// symbols bibkit's tables and corpus hold: Latin-1 to Armenian (U+0080-058F), Georgian
// (10A0-10FF, 1C90-1CBF, 2D00-2D2F), Latin Extended Additional (1E00-1EFF), punctuation to
// mathematical operators (2000-22FF) and geometric shapes (25A0-25FF), and the characters these
// decompose to under NFKD (ℵ → א). Each row: the first code point of 32, then their
// romanisations separated by tabs. Generated from anyascii in Python;
// tests/test_runtime_archives.py checks every character of these blocks.
const ARCHIVE_ANYASCII = [
	[0x00a0, "\t!\tc\tGBP\t$\tY\t|\tS\t\t(C)\t\t<<\t!\t\t(R)\t\tdeg\t+-\t\t\t\t\tP\t-\t\t\t\t>>\t\t\t\t?"],
	[0x00c0, "\t\t\t\t\t\tAe\t\t\t\t\t\t\t\t\t\tD\t\t\t\t\t\t\t*\tO\t\t\t\t\t\tTh\tss"],
	[0x00e0, "\t\t\t\t\t\tae\t\t\t\t\t\t\t\t\t\td\t\t\t\t\t\t\t/\to\t\t\t\t\t\tth"],
	[0x0100, "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tD\td"],
	[0x0120, "\t\t\t\t\t\tH\th\t\t\t\t\t\t\t\t\t\ti\t\t\t\t\t\t\tq"],
	[0x0140, "\tL\tl\t\t\t\t\t\t\t\tNg\tng\t\t\t\t\t\t\tOe\toe"],
	[0x0160, "\t\t\t\t\t\tT\tt"],
	[0x0180, "b\tB\tB\tb\t6\t6\tO\tC\tc\tD\tD\tD\td\tz\tE\tE\tE\tF\tf\tG\tG\thw\tI\tI\tK\tk\tl\tl\tW\tN\tn\tO"],
	[0x01a0, "\t\tGh\tgh\tP\tp\tR\t2\t2\tSh\tsh\tt\tT\tt\tT\t\t\tU\tV\tY\ty\tZ\tz\tZh\t`\t`\tzh\tdz\t5\t5\tts\tw"],
	[0x01c0, "c\tx\tqc\tq\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\te"],
	[0x01e0, "\t\t\t\tG\tg\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tHw\tW"],
	[0x0200, "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tY\ty"],
	[0x0220, "N\td\tOu\tou\tZ\tz\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tl\tn\tt\tj\tdb\tqp\tA\tC\tc\tL\tT\ts"],
	[0x0240, "z\t'\t'\tB\tU\tA\tE\te\tJ\tj\tQ\tq\tR\tr\tY\ty\ta\ta\ta\tb\to\tc\td\td\te\te\ter\te\te\ter\to\tj"],
	[0x0260, "g\tg\tg\tg\tu\ty\th\th\ti\ti\ti\tl\tl\tl\tlzh\tw\tw\tm\tn\tn\tn\to\toe\tu\tf\tr\tr\tr\tr\tr\tr\ti"],
	[0x0280, "r\tr\ts\tsh\tj\ti\tsh\tt\tt\tu\tu\tv\ta\tw\ty\ty\tz\tz\tzh\tzh\t'\t`\tx\tq\tpc\tb\toe\tg\th\tj\tk\tl"],
	[0x02a0, "q\t'\t`\tdz\tdzh\tdz\tts\ttsh\ttc\tfng\tls\tlz\tww\t]]\ty\ty\t\t\t\t\t\t\t\t\t\t'\t''\t`\t'\t`\t'\t`"],
	[0x02c0, "'\t`\t<\t>\t^\tv\t^\t^\t'\t-\t'\t`\t,\t_\t`\t'\t:\t-\t'\t`\t+\t+\t+\t-\t\t\t\t\t\t\tr\tx"],
	[0x02e0, "\t\t\t\t\t5\t4\t3\t2\t1\t3\t7\t_\t=\t''\tv\t^\t<\t>\t.\t`\t``\t''\t~\t:\t'\t'\t,\t,\t_\t_\t<"],
	[0x0360, "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tH\th\tS\ts\t\t,\tW\tw\t\t\t\ts\ts.\ts.\t\tJ"],
	[0x0380, "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tA\tV\tG\tD\tE\tZ\tI\tTh\tI\tK\tL\tM\tN\tX\tO"],
	[0x03a0, "P\tR\t\tS\tT\tY\tF\tCh\tPs\tO\t\t\t\t\t\t\t\ta\tv\tg\td\te\tz\ti\tth\ti\tk\tl\tm\tn\tx\to"],
	[0x03c0, "p\tr\ts\ts\tt\ty\tf\tch\tps\to\t\t\t\t\t\t&\t\t\t\t\t\t\t\t&\tQ\tq\tSt\tst\tW\tw\tQ\tq"],
	[0x03e0, "S\ts\tSh\tsh\tF\tf\tX\tx\tH\th\tJ\tj\tC\tc\tTi\tti\t\t\t\tj\t\t\te\tSh\tsh\t\tS\ts\tr.\tS\tS.\tS."],
	[0x0400, "\t\tDj\t\tIe\tDz\tI\t\tJ\tLj\tNj\tC\t\t\t\tDzh\tA\tB\tV\tG\tD\tE\tZh\tZ\tI\t\tK\tL\tM\tN\tO\tP"],
	[0x0420, "R\tS\tT\tU\tF\tKh\tTs\tCh\tSh\tShch\t'\tY\t'\tE\tYu\tYa\ta\tb\tv\tg\td\te\tzh\tz\ti\t\tk\tl\tm\tn\to\tp"],
	[0x0440, "r\ts\tt\tu\tf\tkh\tts\tch\tsh\tshch\t'\ty\t'\te\tyu\tya\t\t\tdj\t\tie\tdz\ti\t\tj\tlj\tnj\tc\t\t\t\tdzh"],
	[0x0460, "O\to\tE\te\tIe\tie\tE\te\tIe\tie\tO\to\tIo\tio\tKs\tks\tPs\tps\tF\tf\tY\ty\t\t\tU\tu\tO\to\tO\to\tOt\tot"],
	[0x0480, "Q\tq\t1000\t\t\t\t\t\t100000\t1000000\tJh\tjh\t'\t'\tRh\trh\tG\tg\tGh\tgh\tGh\tgh\tJ\tj\tZ\tz\tQ\tq\tG\tg\tQ\tq"],
	[0x04a0, "Q\tq\tNg\tng\tNg\tng\tPh\tph\tW\tw\tS\ts\tTh\tth\tU\tu\tU\tu\tH\th\tTs\tts\tJ\tj\tC\tc\tH\th\tCh\tch\tCh\tch"],
	[0x04c0, "H\t\t\tQ\tq\tLh\tlh\tNg\tng\tNh\tnh\tDzh\tdzh\tMh\tmh\th\t\t\t\t\tAe\tae\t\t\tA\ta"],
	[0x04e0, "Dz\tdz\t\t\t\t\t\t\tO\to\t\t\t\t\t\t\t\t\t\t\t\t\tGh\tgh\t\t\tXh\txh\tX\tx\tH\th"],
	[0x0500, "D\td\tDj\tdj\tZj\tzj\tDz\tdz\tLj\tlj\tNj\tnj\tSj\tsj\tTj\ttj\tA\ta\tL\tl\tLkh\tlkh\tRkh\trkh\tA\ta\tQ\tq\tW\tw\tQ\tq"],
	[0x0520, "L\tl\tN\tn\tPh\tph\t'\t'\tNy\tny\tDzh\tdzh\tDch\tdch\tL\tl\t\tA\tB\tG\tD\tE\tZ\tE\tY\tT'\tZh\tI\tL\tKh\tTs\tK"],
	[0x0540, "H\tDz\tGh\tCh\tM\tY\tN\tSh\tO\tCh'\tP\tJ\tRr\tS\tV\tT\tR\tTs'\tW\tP'\tK'\tO\tF\t\t\t`\t'\t*\t!\t,\t?\t."],
	[0x0560, "a\ta\tb\tg\td\te\tz\te\ty\tt'\tzh\ti\tl\tkh\tts\tk\th\tdz\tgh\tch\tm\ty\tn\tsh\to\tch'\tp\tj\trr\ts\tv\tt"],
	[0x0580, "r\tts'\tw\tp'\tk'\to\tf\t\th\t.\t-\t\t\t*\t*\tDram"],
	[0x05c0, "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t'\tv\tg\td"],
	[0x10a0, "A\tB\tG\tD\tE\tV\tZ\tT\tI\tK'\tL\tM\tN\tO\tP'\tZh\tR\tS\tT'\tU\tP\tK\tGh\tQ'\tSh\tCh\tTs\tDz\tTs'\tCh'\tKh\tJ"],
	[0x10c0, "H\tE\tY\tW\tX\tO\t\tE\t\t\t\t\t\tAe\t\t\ta\tb\tg\td\te\tv\tz\tt\ti\tk'\tl\tm\tn\to\tp'\tzh"],
	[0x10e0, "r\ts\tt'\tu\tp\tk\tgh\tq'\tsh\tch\tts\tdz\tts'\tch'\tkh\tj\th\te\ty\tw\tx\to\tf\te\t`\tg\t`\t*\t\tae\t`\tw"],
	[0x1c80, "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tA\tB\tG\tD\tE\tV\tZ\tT\tI\tK'\tL\tM\tN\tO\tP'\tZh"],
	[0x1ca0, "R\tS\tT'\tU\tP\tK\tGh\tQ'\tSh\tCh\tTs\tDz\tTs'\tCh'\tKh\tJ\tH\tE\tY\tW\tX\tO\tF\tE\t`\tG\t`\t\t\tAe\t`\tW"],
	[0x1e80, "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\ts.\ts.\tSs\td"],
	[0x1ee0, "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tLl\tll\tV\tv\tY\ty"],
	[0x2000, "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t-\t\t-\t-\t-\t-\t||\t\t'\t'\t'\t'\t\"\t\"\t\"\t\""],
	[0x2020, "+\t++\t*\t*\t\t\t\t-\t \t \t\t\t\t\t\t\t%0\t%00\t'\t\t\t`\t\t\t^\t<\t>\t*\t\t!?\t\t_"],
	[0x2040, "-\t^\t***\t-\t/\t[\t]\t\t\t\t&\tP\t<\t>\t*\t;\t_\t**\t./.\t~\t_\t*\t:\t\t:\t*\t:\t:\t+\t:\t:"],
	[0x20a0, "CE\tC\tCr\tF\tL\tm\tN\tPts\t\tW\tNIS\td\tEUR\tK\tT\tDr\tPf\tP\tG\tA\tHRN\tC\tlt\tSm\tT\tRs\tTL\tM\tManat\tRb\tLari\tBTC"],
	[0x20c0, "Som"],
	[0x2100, "\t\t\t\tCL\t\t\t\tg\t\t\t\t\t\t\t\t\t\t\t\t#\t\t\t(P)\tp\t\t\t\t\t\tRx\tR"],
	[0x2120, "\t\t\tV\t\toz\t\tMho\t\ti\t\t\t\t\te\t\t\t\tF\t\t\t\t\t\t\t\tQ"],
	[0x2140, "\tG\tL\tL\tY\t\t\t\t\t\tPL\t&\tP\tA/S\tf\tSh"],
	[0x2180, "(|)\t|))\t((|))\tC\tc\t6\tL\t|)))\t(((|)))\t\t2\t3\t\t\t\t\t<\t^\t>\tv\t:left_right_arrow:\t:arrow_up_down:\t:arrow_upper_left:\t:arrow_upper_right:\t:arrow_lower_right:\t:arrow_lower_left:\t\t\t<\t>\t<\t^"],
	[0x21a0, ">\tv\t<\t>\t<\t^\t>\tv\t|\t:leftwards_arrow_with_hook:\t:arrow_right_hook:\t<\t>\t~\t\tv\t<\t>\t<\t>\tv\t<\t<\t>\t\\\t=\t<\t>\t<\t<\t^\t^"],
	[0x21c0, ">\t>\tv\tv\t=\t|\t=\t<\t^\t>\tv\t=\t=\t\t\t\t<\t^\t>\tv\t-\t|\t\\\t/\t\\\t/\t<\t>\t<\t>\t^\tv"],
	[0x21e0, "<\t^\t>\tv\t<\t>\t<\t^\t>\tv\t^\t^\t^\t^\t^\t^\t>\t\\\t\\\t|\t>\t|\t>\t<\t>\t-\t<\t>\t-\t<\t>\t-"],
	[0x2200, "V\tC\td\tE\t\t0\t^\tD\tE\t\tE\tE\t\tE\t#\tP\tU\tS\t-\t-+\t+\t/\t\\\t*\t*\t*\tsqrt\tcbrt\t4rt\t~\tinf\tL"],
	[0x2220, "<\t<\t<\t|\t\t||\t\t^\tv\t^\tv\tS\t\t\tS\t\t\tS\tS\tS\t:\t:\t:\t::\t_\t-:\t-\t~\t~\t~\t~\t~"],
	[0x2240, "~\t\t-~\t~\t\t~=\t=\t\t~\t\t~\t~\t~=\t=\t=\t=\t=\t=\t=\t=\t:=\t=:\t=\t=\t=\t=\t=\t=\t=\t=\t=\t="],
	[0x2260, "\t=\t\t=\t<=\t>=\t<=\t>=\t<\t>\t<<\t>>\t()\t\t\t\t\t\t<~\t>~\t\t\t=\t=\t\t\t<\t>\t<\t>\t<\t>"],
	[0x2280, "\t\t<\t>\t\t\t<\t>\t\t\t<\t>\tv\tv\tv\t[\t]\t[\t]\t^\tv\t+\t-\tx\t/\t.\to\t*\t=\t-\t+\t-"],
	[0x22a0, "x\t.\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t\t\t\t\t<\t>\t<\t>\t<\t>\t-\t-\t-\t+\tT\tv\t^\tv\t<\t/"],
	[0x22c0, "^\tv\t^\tv\t*\t*\t*\t*\t><\t><\t><\t>\t<\t~=\tv\t^\t<\t>\t^\tv\t+\t#\t<\t>\t<<<\t>>>\t=\t=\t=<\t=>\t<\t>"],
	[0x22e0, "\t\t\t\t[\t]\t<\t>\t<\t>\t\t\t\t\t|\t-\t/\t\\\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\tE"],
	[0x25a0, "#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t:black_small_square:\t:white_small_square:\t#\t#\t#\t#\t#\t#\t^\t^\t^\t^\t:arrow_forward:\t>\t>\t>\t>\t>\tv\tv\tv\tv"],
	[0x25c0, ":arrow_backward:\t<\t<\t<\t<\t<\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t(\t)\t*\t*\t*\t*\t*\t*\t*\t*"],
	[0x25e0, "*\t*\t/\t\\\t/\t\\\t*\t#\t#\t#\t#\t#\t^\t^\t^\t*\t#\t#\t#\t#\t*\t*\t*\t*\t/\t\\\t\\\t:white_medium_square:\t:black_medium_square:\t:white_medium_small_square:\t:black_medium_small_square:\t/"],
	[0x2d00, "a\tb\tg\td\te\tv\tz\tt\ti\tk'\tl\tm\tn\to\tp'\tzh\tr\ts\tt'\tu\tp\tk\tgh\tq'\tsh\tch\tts\tdz\tts'\tch'\tkh\tj"],
	[0x2d20, "h\te\ty\tw\tx\to\t\te\t\t\t\t\t\tae"],
];

let archiveAnyAsciiCache = null;

/** anyascii(c) for a character of ARCHIVE_ANYASCII's blocks; "" for any other. */
function archiveAnyAscii(c) {
	if (archiveAnyAsciiCache === null) {
		const map = new Map();
		for (const [start, values] of ARCHIVE_ANYASCII) {
			const row = values.split("\t");
			for (let i = 0; i < row.length; i++) {
				if (row[i]) map.set(start + i, row[i]);
			}
		}
		archiveAnyAsciiCache = map;
	}
	return archiveAnyAsciiCache.get(c.codePointAt(0)) || "";
}

/** bibkit.turkish.to_ascii: bibkit's tables, NFKD, marks dropped, the rest as anyascii writes it (see top). */
function archiveToAscii(text) {
	const { latin, cyrillic } = archiveTransliteration();
	let folded = "";
	for (const c of text) folded += latin.has(c) ? latin.get(c) : c;
	let romanised = "";
	for (const c of folded) romanised += cyrillic.has(c) ? cyrillic.get(c) : c;
	const decomposed = romanised.normalize("NFKD");
	// eslint-disable-next-line no-control-regex
	if (/^[\x00-\x7f]*$/.test(decomposed)) return decomposed;
	let out = "";
	for (const c of decomposed) {
		// Python drops the marks of a non-zero combining class; ARCHIVE_ANYASCII has "" for them.
		if (c.codePointAt(0) < 128) out += c;
		else if (/\p{Nd}/u.test(c)) out += archiveDigitValue(c);
		else out += archiveAnyAscii(c);
	}
	return out;
}

// ---------------------------------------------------------------- bibkit/archives/locator.py

/** ArchivalLocator(archive, system, levels, qualifier="", raw="") as dataclasses.asdict gives it. */
function archivalLocator(archive, system, levels, qualifier = "", raw = "") {
	return { archive, system, levels, qualifier, raw };
}

/** ArchivalLocator.key(): the document's identity, equal whatever the notation. */
function archivalLocatorKey(locator) {
	return [locator.archive, ...locator.levels.map(([label, value]) => `${label}${value}`)];
}

const ARCHIVE_TURKISH_LABELS = [
	["k", "k."],
	["kt", "kt."],
	["d", "d."],
	["f", "f."],
	["g", "g."],
	["b", "b."],
	["no", "no."],
	["vr", "vr."],
	["yer", "yer"],
];

let archiveCanonicalLabelsCache = null;

/** locator._canonical_labels: a fond-shaped system's labels (one value, several); null for others. */
function archiveCanonicalLabels(system) {
	if (archiveCanonicalLabelsCache === null) archiveCanonicalLabelsCache = new Map();
	if (!archiveCanonicalLabelsCache.has(system)) {
		const systems = bibkitTable("archives").systems;
		const spec = Object.prototype.hasOwnProperty.call(systems, system) ? systems[system] : null;
		let labels = null;
		if (spec !== null && spec.shape === "fond") {
			labels = new Map(
				spec.levels.map(level => [
					level.level,
					[level.canonical, level.canonical_many === undefined ? level.canonical : level.canonical_many],
				])
			);
		}
		archiveCanonicalLabelsCache.set(system, labels);
	}
	return archiveCanonicalLabelsCache.get(system);
}

/** ``f. 159, op. 2, d. 57, l. 3``, ``DH.KMS, 50-1/12``, ``030.18.1.2, yer 12.45.7``, ``FO 371/4158, f. 12``. */
function canonicalLocation(locator) {
	const fondLabels = archiveCanonicalLabels(locator.system);
	const turkish = new Map(ARCHIVE_TURKISH_LABELS);
	const parts = [];
	for (const [label, value] of locator.levels) {
		if (fondLabels !== null) {
			const [one, many] = fondLabels.has(label) ? fondLabels.get(label) : [label, label];
			parts.push(`${/[-,]/.test(value) ? many : one} ${value}`);
		}
		else if (label === "code" || label === "num" || label === "ref") {
			parts.push(value);
		}
		else if (label === "yer") {
			parts.push(`yer ${value}`);
		}
		else if ((label === "f" || label === "ff") && locator.system === "british") {
			parts.push(`${label}. ${value}`);
		}
		else {
			parts.push(`${turkish.has(label) ? turkish.get(label) : label} ${value}`);
		}
	}
	return parts.join(", ");
}

/** A stable, readable id: ``rgaspi-495-154-12-3``, ``boa-dh-kms-50-1-12``, ``tna-fo-371-4158-12``. */
function recordId(locator) {
	const pieces = [locator.archive, ...locator.levels.map(([, value]) => value)];
	// to_ascii's result is ASCII, so JS's toLowerCase is Python's lower().
	let text = archiveToAscii(pieces.join(" ")).toLowerCase();
	text = text.split("ob.").join("ob");
	return archiveStrip(text.replace(/[^a-z0-9]+/g, "-"), "-");
}

// ---------------------------------------------------------------- the registry (parse/archives.py)

function archiveOf(entry) {
	return { acronym: entry.acronym, system: entry.system, place: entry.place, language: entry.language };
}

/** Python's re.escape(ch) for one literal outside a class, in JS u-syntax. */
function archiveEscape(ch) {
	return ARCHIVE_JS_SYNTAX.includes(ch) ? "\\" + ch : ch;
}

// Python's re.IGNORECASE (Unicode) matches a letter by its simple lower-case mapping, and with
// extra cases that make i and dotless ı one letter; JS's i flag matches by case folding, under
// which İ and ı are letters of their own. For every other letter of the registry the two agree
// (tests/test_runtime_archives.py checks that over all of Unicode).
const ARCHIVE_I_FAMILY = "iIİı";

/** A literal of a case-insensitive Python pattern, for a JS pattern with the i flag. */
function archiveCaseless(ch) {
	return ARCHIVE_I_FAMILY.includes(ch) ? `[${ARCHIVE_I_FAMILY}]` : archiveEscape(ch);
}

function archiveCompareCodePoints(a, b) {
	return a.codePointAt(0) - b.codePointAt(0);
}

/**
 * fields.alternation(markers, space, fold=True) for a pattern compiled with re.IGNORECASE: a trie
 * of the lower-cased markers (a letter whose lower case is two code points, İ, stays as it is).
 */
function archiveAlternation(markers, space) {
	const trie = new Map();
	for (const marker of new Set(markers)) {
		let node = trie;
		for (const c of marker) {
			const low = c.toLowerCase();
			const ch = [...low].length === 1 ? low : c;
			if (!node.has(ch)) node.set(ch, new Map());
			node = node.get(ch);
		}
		node.set("", new Map());
	}
	const emit = (node) => {
		const keys = [...node.keys()].filter(k => k).sort(archiveCompareCodePoints);
		const branches = keys.map(ch => (ch === " " ? space : archiveCaseless(ch)) + emit(node.get(ch)));
		if (!branches.length) return "";
		const body = branches.length === 1 ? branches[0] : "(?:" + branches.join("|") + ")";
		return node.has("") ? `(?:${body})?` : body;
	};
	const first = [...trie.keys()].filter(k => k).sort(archiveCompareCodePoints);
	if (first.length < 4 || first.includes(" ")) return emit(trie);
	const inClass = ch => (ARCHIVE_I_FAMILY.includes(ch) ? ARCHIVE_I_FAMILY : "\\^-[]".includes(ch) ? "\\" + ch : ch);
	return "(?=[" + first.map(inClass).join("") + "])" + emit(trie);
}

/** bibkit.parse.archives._fold: how an alias is looked up. */
function archiveFold(text) {
	const lowered = archiveTurkishLower(text.replace(/İ/g, "I"));
	return archiveStrip(lowered.replace(archiveSpace().run, " "), " .");
}

let archiveRegistryCache = null;

/** Alias (folded) → archive, and one regex finding any alias as a whole word. */
function archiveRegistry() {
	if (archiveRegistryCache === null) {
		const byAlias = new Map();
		const aliases = [];
		for (const entry of bibkitTable("archives").archives) {
			const archive = archiveOf(entry);
			for (const alias of new Set([entry.acronym, ...entry.aliases, ...Object.values(entry.names)])) {
				byAlias.set(archiveFold(alias), archive);
				aliases.push(alias);
			}
		}
		const word = `[${ARCHIVE_PY_WORD}]`;
		const space = `[${ARCHIVE_PY_SPACE}]+`;
		// Built in JS syntax directly (not through archivePyRegex): the alternation escapes for JS.
		const source = `(?<![${ARCHIVE_PY_WORD}.])(?:${archiveAlternation(aliases, space)})(?!${word})`;
		archiveRegistryCache = { byAlias, pattern: new RegExp(source, "giu") };
	}
	return archiveRegistryCache;
}

let archiveSeriesCodesCache;

/** Archives recognisable by their own reference shape: TNA's ``FO 371/9058`` needs no name. */
function archiveSeriesCodes() {
	if (archiveSeriesCodesCache === undefined) {
		archiveSeriesCodesCache = null;
		for (const entry of bibkitTable("archives").archives) {
			const codes = entry.series_codes;
			if (codes && codes.length) {
				// Python's sorted(key=len, reverse=True) is stable, as JS's sort is.
				const alternation = [...codes].sort((a, b) => [...b].length - [...a].length).join("|");
				const source = String.raw`(?<![\w/])(?:` + alternation + String.raw`)(?=\s+\d{1,4}\s*/\s*\d)`;
				archiveSeriesCodesCache = { archive: archiveOf(entry), pattern: archiveCompile(source) };
				break;
			}
		}
	}
	return archiveSeriesCodesCache;
}

/** A JS match as the internal match: UTF-16 offsets, groups as Python's m.groups(). */
function archiveMatchObject(m) {
	return {
		start: m.index,
		end: m.index + m[0].length,
		text: m[0],
		groups: m.slice(1).map(g => (g === undefined ? null : g)),
	};
}

/** The internal match with Python's (code point) offsets. */
function archivePublicMatch(text, match) {
	return {
		start: archiveCodePoints(text, match.start),
		end: archiveCodePoints(text, match.end),
		text: match.text,
		groups: match.groups,
	};
}

function archiveFindNamed(text) {
	const { byAlias, pattern } = archiveRegistry();
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
		const found = m[0];
		const key = archiveFold(found);
		if (!byAlias.has(key)) continue;
		// Acronyms must be written in capitals: "pro" or "boa" in running text are words.
		if ([...found].length <= 6 && !archiveIsUpper(found.replace(/ /g, "").replace(/\./g, ""))) continue;
		return [byAlias.get(key), archiveMatchObject(m)];
	}
	return null;
}

/** find_archive with UTF-16 offsets. */
function archiveFind(text) {
	const found = archiveFindNamed(text);
	if (found !== null) return found;
	const coded = archiveSeriesCodes();
	if (coded !== null && text.includes("/")) {
		const m = archiveSearch(coded.pattern, text);
		// The code is part of the locator: an empty match just before it.
		if (m) return [coded.archive, { start: m.index, end: m.index, text: "", groups: [] }];
	}
	return null;
}

/** The first archive named in ``text``: [archive, match] or null. */
function findArchive(text) {
	const found = archiveFind(text);
	return found === null ? null : [{ ...found[0] }, archivePublicMatch(text, found[1])];
}

let archiveUnregisteredCache = null;

/** An archive missing from the registry, named by its acronym before a fond (``ЦГАИПД. Ф. 1728``). */
function archiveUnregisteredRussian(text) {
	if (!(text.includes("f.") || text.includes("F.") || text.includes("ф.") || text.includes("Ф."))) return null;
	if (archiveUnregisteredCache === null) {
		archiveUnregisteredCache = archiveCompile(
			String.raw`(?<![\w])([A-ZА-ЯЁ]{2,10}(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё]{1,9})?)[.,]\s*(?=(?:f|F|ф|Ф)\.\s*(?:[RРР]-?)?\d)`
		);
	}
	const m = archiveSearch(archiveUnregisteredCache, text);
	if (!m) return null;
	return [{ acronym: m[1], system: "russian", place: "", language: "ru" }, archiveMatchObject(m)];
}

function archiveByAcronym(acronym) {
	const { byAlias } = archiveRegistry();
	const key = archiveFold(acronym);
	return byAlias.has(key) ? { ...byAlias.get(key) } : null;
}

// ---------------------------------------------------------------- fond/opis/delo/list

const ARCHIVE_NUM = String.raw`\d{1,6}(?:[a-zа-я](?![a-zа-я]))?`;
const ARCHIVE_VERSO = String.raw`(?:\s*(?:ob\.?|об\.?|verso|v\.|obr\.?)(?![\w]))?`;
const ARCHIVE_FOLIO = String.raw`${ARCHIVE_NUM}${ARCHIVE_VERSO}(?:\s*[-–—]\s*${ARCHIVE_NUM}${ARCHIVE_VERSO})?`;
const ARCHIVE_FOLIOS = String.raw`${ARCHIVE_FOLIO}(?:\s*,\s*${ARCHIVE_FOLIO})*`;
// What follows a unit's label, by the kind of value the systems table names.
const ARCHIVE_VALUES = {
	fond: String.raw`(?:[RРrр]\s*[-‐–]?\s*)?${ARCHIVE_NUM}`,
	number: ARCHIVE_NUM,
	folios: ARCHIVE_FOLIOS,
};

let archivePatternsCache = null;

/** The module's fixed patterns, compiled on first use. */
function archivePatterns() {
	if (archivePatternsCache === null) {
		const codePart = String.raw`(?:[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜa-zçğıöşü]{0,7}|\d{1,2}|d|\([A-ZÇĞİÖŞÜ.]{1,10}\))`;
		archivePatternsCache = {
			compact: archiveCompile(
				String.raw`(?<![\w.-])(?P<f>(?:[RРrр]-?)?\d{1,6})\s*-\s*(?P<op>\d{1,5})\s*-\s*(?P<d>\d{1,6})`
				+ String.raw`(?:\s*-\s*(?P<l>\d{1,5}${ARCHIVE_VERSO}))?(?![\w-])`
			),
			qualifier: archiveCompile(String.raw`^\s*(\(\s*[\w.]{1,8}\s*\))`),
			between: archiveCompile(String.raw`[\s,.;:]*`),
			verso: archiveCompile(String.raw`\s*(?:ob\.?|об\.?|verso|v\.|obr\.?)(?![\w])`),
			dash: archiveCompile(String.raw`\s*[-–—]\s*`),
			comma: archiveCompile(String.raw`\s*,\s*`),
			zeros: archiveCompile(String.raw`(?<!\d)0+(?=\d)`),
			fond: archiveCompile(String.raw`([RРrр])\s*[-‐–]?\s*(\d.*)`),
			ottomanCode: archiveCompile(String.raw`(?<![\w.])([A-ZÇĞİÖŞÜ]{1,6}(?:\.${codePart}){0,6})(?![\w])`),
			turkishToken: archiveCompile(
				ARCHIVE_TURKISH_LEVELS.map(
					([n, label]) => String.raw`(?P<${n}>${label})\s*(?P<${n}v>[\d.]+[a-z]?(?:\s*[-/]\s*[\d.]+[a-z]?)*)`
				).join("|")
			),
			separators: archiveCompile(String.raw`^[\s,.;:]*`),
			slash: archiveCompile(String.raw`\s*([-/])\s*`),
			tail: archiveCompile(String.raw`\s*,\s*(\d{1,5}[ab]?)(?![\w/-]|\.\d)`),
			fondKodu: archiveCompile(String.raw`Fon(?:\s*Kodu)?\s*:\s*([\d.]+\d)|Fon\s*Kodu\s*([\d.]+\d)`),
			bareNumbers: archiveCompile(
				String.raw`[\s,)\]]*(\d{1,6}(?:-\d{1,4})?(?:\s*/\s*\d{1,6}[a-z]?)?)(?![\w/-]|\.\d)`
			),
			spaces: archiveCompile(String.raw`\s+`),
			bcaCode: archiveCompile(
				String.raw`(?<![\w.])(\d{3}(?:\.\d{1,4}){1,8})(?:\s*(?:/|,)\s*(\d{1,4}(?:\.\d{1,5}){1,6}))?(?![\w])`
			),
			secondCode: archiveCompile(String.raw`\s*,\s*(\d{1,4}(?:\.\d{1,5}){1,6})(?![\w])`),
			ataseCode: archiveCompile(String.raw`(?<![\w.])([A-ZÇĞİÖŞÜ]{2,6}(?:\.[A-ZÇĞİÖŞÜ]{1,6})*)(?![\w])`),
			tnaRef: archiveCompile(
				String.raw`(?<![\w])([A-Z]{1,5})\s+(\d{1,4})\s*/\s*(\d{1,6}[A-Z]?)((?:\s*/\s*[A-Z]?\d{1,6}[A-Za-z]?)?)(?![\w])`
			),
			tnaFolio: archiveCompile(
				String.raw`^\s*,?\s*(ff?\.|fols?\.|folios?|p\.|pp\.)\s*(\d+[rv]?(?:\s*[-–]\s*\d+[rv]?)?)`
			),
			tnaDash: archiveCompile(String.raw`\s*[-–]\s*`),
			ownAcronym: archiveCompile(String.raw`\s*\(\s*[A-ZÇĞİÖŞÜА-Я]{2,8}\s*\)`),
		};
	}
	return archivePatternsCache;
}

/** Python's pattern.sub(replacement, text) for a replacement without group references. */
function archiveSub(pattern, replacement, text) {
	pattern.search.lastIndex = 0;
	return text.replace(pattern.search, () => replacement);
}

let archiveFondLevelsCache = null;

/** The units of a fond-shaped system, each with one pattern for its labels and value. */
function archiveFondLevels(system) {
	if (archiveFondLevelsCache === null) archiveFondLevelsCache = new Map();
	if (!archiveFondLevelsCache.has(system)) {
		const levels = bibkitTable("archives").systems[system].levels.map((level) => {
			const labels = level.labels.join("|");
			const pattern = archiveCompile(`(?:${labels})\\s*(?P<value>${ARCHIVE_VALUES[level.value]})`);
			return { name: level.level, kind: level.value, pattern };
		});
		archiveFondLevelsCache.set(system, levels);
	}
	return archiveFondLevelsCache.get(system);
}

function archiveStripZeros(value) {
	return archiveSub(archivePatterns().zeros, "", value);
}

/** ``003`` → ``3``; ``5-7 об.`` → ``5-7ob.``; ``17 ob`` → ``17ob.``; ``11, 12`` kept as a list. */
function archiveNormaliseFolio(value) {
	const p = archivePatterns();
	value = archiveSub(p.verso, "ob.", value);
	value = archiveSub(p.dash, "-", value);
	value = archiveSub(p.comma, ", ", value);
	return archiveStripZeros(value);
}

/** ``Р-1235`` (Cyrillic Er) and ``R 1235`` → ``R-1235``; leading zeros go. */
function archiveNormaliseFond(value) {
	const m = archiveMatch(archivePatterns().fond, value, 0);
	if (m) return "R-" + archiveStripZeros(m[2]);
	return archiveStripZeros(value);
}

function archiveNormalise(kind, value) {
	if (kind === "fond") return archiveNormaliseFond(value);
	if (kind === "folios") return archiveNormaliseFolio(value);
	return archiveStripZeros(value);
}

/** The earliest labelled unit in ``text`` (the largest unit first where two start together). */
function archiveFirstUnit(text, levels) {
	let best = null;
	levels.forEach((level, index) => {
		const m = archiveSearch(level.pattern, text);
		if (m && (best === null || m.index < best[1].index)) best = [index, m];
	});
	return best;
}

/** parse_fond with the end in UTF-16 units. */
function archiveParseFond(text, system) {
	const p = archivePatterns();
	const levels = archiveFondLevels(system);
	let found = new Map();
	const first = archiveFirstUnit(text, levels);
	let end = 0;
	if (first !== null) {
		const [index, m] = first;
		found.set(levels[index].name, m.groups.value);
		end = m.index + m[0].length;
		for (;;) {
			const pos = archiveMatch(p.between, text, end);
			const at = pos.index + pos[0].length;
			let next = null;
			for (const level of levels) {
				if (found.has(level.name)) continue;
				next = archiveMatch(level.pattern, text, at);
				if (next) {
					found.set(level.name, next.groups.value);
					end = next.index + next[0].length;
					break;
				}
			}
			if (!next) break;
		}
	}
	if (!found.has("f") || found.size < 2) {
		const compact = archiveSearch(p.compact, text);
		if (!compact) return null;
		found = new Map(Object.entries(compact.groups).filter(([, v]) => v));
		end = compact.index + compact[0].length;
	}
	const out = levels
		.filter(level => found.has(level.name))
		.map(level => [level.name, archiveNormalise(level.kind, found.get(level.name))]);
	let qualifier = "";
	const q = archiveSearch(p.qualifier, text.slice(end));
	if (q) {
		qualifier = q[1];
		end += q.index + q[0].length;
	}
	return [out, qualifier, end];
}

/**
 * Levels of a fond/opis/delo/list locator of ``system`` in ``text``, the qualifier after it
 * (``(ob.)``), and where it ends (in code points): [levels, qualifier, end] or null.
 */
function parseFond(text, system = "russian") {
	const parsed = archiveParseFond(text, system);
	if (parsed === null) return null;
	return [parsed[0], parsed[1], archiveCodePoints(text, parsed[2])];
}

// ---------------------------------------------------------------- Turkish and British archives

const ARCHIVE_TURKISH_LEVELS = [
	["yer", String.raw`Yer(?:\s*No)?\s*:`],
	["k", String.raw`Klasör(?:\s*No\.?)?\s*:?|Kls\.?|K\.(?=\s*\d)`],
	["kt", String.raw`Kutu(?:\s*No\.?)?\s*:?`],
	["d", String.raw`Dosya(?:\s*No\.?)?\s*:?|Dos\.|[Dd]\.(?=\s*\d)`],
	["f", String.raw`Fihrist(?:\s*No\.?)?\s*:?|Fih\.|F\.(?=\s*\d)`],
	["g", String.raw`Gömlek(?:\s*No\.?)?\s*:?|Göm\.|[Gg]\.(?=\s*\d)`],
	["b", String.raw`Belge(?:\s*No\.?)?\s*:?`],
	["no", String.raw`No\s*[:.]?|Nr\.|Sıra\s*No\s*:?`],
	["vr", String.raw`vr\.|varak|Varak|s\.`],
];

/** Whether all of ``text`` is separators: re.fullmatch(r"[\s,.;:]*", text). */
function archiveOnlySeparators(text) {
	const m = archiveMatch(archivePatterns().separators, text, 0);
	return m[0].length === text.length;
}

/** _levels_from_tokens, with the end in UTF-16 units. */
function archiveLevelsFromTokens(text) {
	const p = archivePatterns();
	const levels = [];
	const seen = new Set();
	let end = 0;
	let pos = 0;
	for (let m = archiveSearch(p.turkishToken, text, pos); m; m = archiveSearch(p.turkishToken, text, pos)) {
		pos = m.index + m[0].length;
		const name = ARCHIVE_TURKISH_LEVELS.map(([n]) => n).find(n => m.groups[n] !== undefined);
		if (seen.has(name)) break;
		if ((levels.length || end) && !archiveOnlySeparators(text.slice(end, m.index))) break;
		if (!levels.length && !end && !archiveOnlySeparators(text.slice(0, m.index))) break;
		seen.add(name);
		// re.sub(r"\s*([-/])\s*", r"\1", value).rstrip(".")
		const value = m.groups[name + "v"].replace(p.slash.search, "$1").replace(/\.+$/, "");
		levels.push([name, value]);
		end = m.index + m[0].length;
	}
	// İSNAD ends a BOA reference with the folio or page alone: "Gömlek No. 7, 440a."
	if (levels.length) {
		const tail = archiveMatch(p.tail, text.slice(end), 0);
		if (tail && !seen.has("vr")) {
			levels.push(["vr", tail[1]]);
			end += tail[0].length;
		}
	}
	return [levels, end];
}

/** parse_ottoman with the end in UTF-16 units. */
function archiveParseOttoman(text) {
	const p = archivePatterns();
	const code = archiveSearch(p.ottomanCode, text);
	if (!code) return null;
	const out = [["code", code[1]]];
	let end = code.index + code[0].length;
	const bare = archiveMatch(p.bareNumbers, text, end);
	if (bare) {
		out.push(["num", archiveSub(p.spaces, "", bare[1])]);
		end = bare.index + bare[0].length;
	}
	const [levels, used] = archiveLevelsFromTokens(text.slice(end));
	if (!levels.length && !bare) return null;
	out.push(...levels);
	return [out, end + used];
}

/** parse_republican with the end in UTF-16 units. */
function archiveParseRepublican(text) {
	const p = archivePatterns();
	const fond = archiveSearch(p.fondKodu, text);
	const out = [];
	let restAt;
	if (fond) {
		out.push(["code", fond[1] || fond[2]]);
		restAt = fond.index + fond[0].length;
	}
	else {
		const bare = archiveSearch(p.bcaCode, text);
		if (!bare) return null;
		out.push(["code", bare[1]]);
		if (bare[2]) out.push(["yer", bare[2]]);
		restAt = bare.index + bare[0].length;
	}
	let [levels, end] = archiveLevelsFromTokens(text.slice(restAt));
	if (!levels.length && !fond && out.length === 1) {
		// "BCA, 030.18.1.2, 12.45.7": the place number without its label.
		const second = archiveMatch(p.secondCode, text.slice(restAt), 0);
		if (second) {
			out.push(["yer", second[1]]);
			end = second[0].length;
		}
	}
	out.push(...levels);
	return [out, restAt + end];
}

/** parse_atase with the end in UTF-16 units. */
function archiveParseAtase(text) {
	const p = archivePatterns();
	const start = archiveSearch(p.turkishToken, text);
	if (!start) return null;
	const prefix = text.slice(0, start.index);
	const codes = archiveFindAll(p.ataseCode, prefix).filter(c => !["ATASE", "TBMM", "TBMMA"].includes(c));
	const [levels, end] = archiveLevelsFromTokens(text.slice(start.index));
	if (!levels.length) return null;
	const out = codes.length ? [["code", codes[codes.length - 1]]] : [];
	out.push(...levels);
	return [out, start.index + end];
}

/** parse_british with the end in UTF-16 units. */
function archiveParseBritish(text) {
	const p = archivePatterns();
	const m = archiveSearch(p.tnaRef, text);
	if (!m) return null;
	const out = [["ref", `${m[1]} ${m[2]}/${m[3]}${m[4].replace(/ /g, "")}`]];
	let end = m.index + m[0].length;
	const folio = archiveSearch(p.tnaFolio, text.slice(end));
	if (folio) {
		const label = folio[1].startsWith("ff") || folio[2].includes("-") ? "ff" : "f";
		out.push([label, archiveSub(p.tnaDash, "-", folio[2])]);
		end += folio.index + folio[0].length;
	}
	return [out, end];
}

/** A parser's [levels, end] with the end in code points, as Python returns it. */
function archivePublicLevels(text, result) {
	return result === null ? null : [result[0], archiveCodePoints(text, result[1])];
}

/** BOA: a fond code (``DH.KMS``) then Dosya/Gömlek/No./folio: [levels, end] or null. */
function parseOttoman(text) {
	return archivePublicLevels(text, archiveParseOttoman(text));
}

/** BCA: ``Fon Kodu`` and ``Yer No``: [levels, end] or null. */
function parseRepublican(text) {
	return archivePublicLevels(text, archiveParseRepublican(text));
}

/** ATASE: a collection code, then Klasör/Kutu/Dosya/Fihrist/Gömlek/Belge: [levels, end] or null. */
function parseAtase(text) {
	return archivePublicLevels(text, archiveParseAtase(text));
}

/** TNA: ``FO 371/4158`` with an optional folio: [levels, end] or null. */
function parseBritish(text) {
	return archivePublicLevels(text, archiveParseBritish(text));
}

/** The shape of a system's hierarchy (the systems table). */
function archiveShape(system) {
	return bibkitTable("archives").systems[system].shape;
}

/**
 * Find an archive and its locator in ``text``: [locator, where the archive's name starts, where
 * the locator ends] (code points), or null when ``text`` names no known archive or no locator
 * follows it.
 */
function parseLocator(text) {
	const found = archiveFind(text) || archiveUnregisteredRussian(text);
	if (found === null) return null;
	const [archive, match] = found;
	// "Başbakanlık Osmanlı Arşivi (BOA), …": the acronym after the full name is not a fond code.
	const skip = archiveMatch(archivePatterns().ownAcronym, text, match.end);
	const offset = skip ? skip.index + skip[0].length : match.end;
	const rest = text.slice(offset);
	let qualifier = "";
	let levels;
	let end;
	const shape = archiveShape(archive.system);
	if (shape === "fond") {
		const parsed = archiveParseFond(rest, archive.system);
		if (parsed === null) return null;
		[levels, qualifier, end] = parsed;
	}
	else {
		const parsers = {
			ottoman: archiveParseOttoman,
			republican: archiveParseRepublican,
			atase: archiveParseAtase,
			british: archiveParseBritish,
		};
		const result = parsers[shape](rest);
		if (result === null) return null;
		[levels, end] = result;
	}
	const raw = archiveStrip(text.slice(match.start, offset + end));
	const locator = archivalLocator(archive.acronym, archive.system, levels, qualifier, raw);
	return [locator, archiveCodePoints(text, match.start), archiveCodePoints(text, offset + end)];
}
