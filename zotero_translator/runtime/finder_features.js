// The finder's line features (bibkit/find/features.py), string for string, from the same data
// tables. Needs runtime/text.js (pyRegex, fold, tokenize, …) in the same scope.
//
// A plain script: top-level declarations only, so that it can be inlined into the translator.
// The patterns are bibkit's Python patterns verbatim, read by pyRegex; lengths and slices count
// code points (Python's len) and whitespace is Python's (str.strip), through text.js.

/* global pyRegex, pyStrip, pyLstrip, pyRstrip, pySplit, cpLength, cpPrefix, cpSlice, firstChar, lastChar, isAlpha, isAlnum, isUpper, isDigit, isDecimal, pyInt, compareCodePoints, fold, tokenize, lexiconPhrases, isYear */
/* exported finderFeatures, readMarker, headingClass */

// bibkit/find/features.py, verbatim.
const FINDER_PATTERNS = {
	mdHeading: String.raw`^[ \t]{0,3}#{1,6}[ \t]+`,
	boldLine: String.raw`^[ \t]*(\*\*|__)(.+?)\1[ \t]*:?[ \t]*$`,
	rule: String.raw`^[ \t]*(?:-{3,}|\*{3,}|_{3,}|(?:[-*_][ \t]){2,}[-*_]|\f+)[ \t]*$`,
	pageNumber: String.raw`^[ \t]*[-–—(\[]?[ \t]*(?:\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})[ \t]*[-–—)\]]?[ \t]*$`,
	year: String.raw`(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)`,
	page: String.raw`(?<![\w])(?:pp?|ss?|S|С|с|стр|sf)\.\s*\d`,
	initial: String.raw`(?<![\w])[^\W\d_]\.\s?(?:[^\W\d_]\.)?`,
	quote: String.raw`[“”«»\"„]`,
	italic: String.raw`(?<![\w*])\*[^*\s][^*]*\*(?!\*)|(?<![\w_])_[^_\s][^_]*_(?!_)`,
	url: String.raw`https?://|www\.|doi\.org|doi:`,
	inlineMarker: String.raw`\S(?:<sup>\s*\d{1,4}\s*</sup>|\[\^[^\]\s]{1,20}\](?!:)|[¹²³⁴-⁹⁰]{1,3})`,
	gluedMarker: String.raw`[^\W\d_][.,;:”\"»)]?\d{1,3}(?=\s|$)`,
	capsStart: String.raw`^[^\W\d_a-zçğıöşüа-яё]{2,}(?:[-'’][^\W\d_]+)?[,\s]`,
	inverted: String.raw`^[^\W\d_][^\W\d_'’-]{1,30}(?:\s[^\W\d_][^\W\d_'’-]{1,30})?,\s*[^\W\d_]`,
	mask: String.raw`\d+`,
	gost: "//",
	pinpointEnd: String.raw`(?:(?<![\w])(?:pp?|ss?|S|С|с|vr|л|l)\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?|,\s*\d{1,4}(?:[-–]\d{1,4})?)\s*\.?\s*$`,
	headingMarkup: "[*_#`]",
	headingNumber: String.raw`^(?:\d{1,2}|[IVXLC]{1,5}|[A-Z])[.)]\s+`,
	spaces: String.raw`\s+`,
};
// Evidence of a reference in the text after the marker, and of note markers inside the line.
const TEXT_FLAGS = [
	["page", "pg:1"],
	["initial", "ini:1"],
	["quote", "qt:1"],
	["italic", "it:1"],
	["url", "url:1"],
	["gost", "gost:1"],
	["capsStart", "cap1:1"],
	["inverted", "inv:1"],
];
const LINE_FLAGS = [["inlineMarker", "sup:1"], ["gluedMarker", "glue:1"]];
const NOTE_MARKERS = ["md", "sup", "unisup", "caret"];
// What the tables give (markers, heading words, phrase index), read once per data object.
const FINDER_STATE = new WeakMap();


function finderState(data) {
	let state = FINDER_STATE.get(data);
	if (state) return state;
	const re = {};
	for (const [name, source] of Object.entries(FINDER_PATTERNS)) re[name] = pyRegex(source);
	const markers = data.markers.markers.map(m => ({ kind: m.kind, group: m.group, re: pyRegex(m.pattern) }));
	const [source, target] = data.markers.superscript_digits;
	const superscripts = new Map();
	Array.from(source).forEach((ch, k) => superscripts.set(ch, Array.from(target)[k]));
	// _heading_words: the first class a folded word is listed under wins.
	const headingWords = new Map();
	for (const [kind, words] of Object.entries(data.headings)) {
		if (kind.startsWith("_")) continue;
		for (const word of words) {
			const key = fold(word);
			if (!headingWords.has(key)) headingWords.set(key, kind);
		}
	}
	const spec = data.features;
	state = { re, markers, superscripts, headingWords, spec, phrases: lexiconPhrases(name => data[name]) };
	FINDER_STATE.set(data, state);
	return state;
}

/** bibkit.find.lines.read_marker: { kind, number, end, group } or null; end in UTF-16 units. */
function readMarker(line, data) {
	const state = finderState(data);
	for (const { kind, group, re } of state.markers) {
		const m = re.exec(line);
		if (m) {
			const number = Array.from(m[1] || "", ch => state.superscripts.get(ch) ?? ch).join("");
			return { kind, number, end: m[0].length, group };
		}
	}
	return null;
}

/** heading_class: bibliography, bibliography_parts, notes, end when the line is such a heading. */
function headingClass(line, data) {
	const { re, headingWords } = finderState(data);
	let text = pyStrip(line.replace(globalRegex("headingMarkup"), ""));
	text = pyStrip(pyRstrip(text.replace(re.headingNumber, ""), " :."));
	if (!text || cpLength(text) > 60) return "";
	return headingWords.get(fold(text.replace(globalRegex("spaces"), " "))) ?? "";
}

/** The global form of a pattern, for replace() and matchAll() (which ignore its lastIndex). */
function globalRegex(name) {
	return pyRegex(FINDER_PATTERNS[name], "g");
}

function lengthClass(size) {
	return size <= 4 ? "1" : size <= 20 ? "2" : size <= 60 ? "3" : size <= 120 ? "4" : "5";
}

function ending(line) {
	const trimmed = pyRstrip(line);
	const last = lastChar(trimmed);
	if (!last) return "none";
	if (isAlpha(last)) return "letter";
	if (isDigit(last)) return "digit";
	if (last === "-" && trimmed.length > 1 && isAlpha(lastChar(trimmed.slice(0, -1)))) return "hyphen";
	return '.,;:)]*"”»'.includes(last) ? last : "other";
}

function startClass(text) {
	const first = firstChar(pyLstrip(text, ' \t*_"“«('));
	if (!first) return "none";
	if (isDigit(first)) return "digit";
	if (isAlpha(first)) return isUpper(first) ? "upper" : "lower";
	return "punct";
}

function indentOf(line) {
	return line.length - pyLstrip(line, " \t").length;
}

/** Features of one line alone (those that need no neighbours), and the lexicon classes in it. */
function lineFeatures(state, data, line, markerKind, markerGroup, rest) {
	const { re } = state;
	const stripped = pyStrip(line);
	const size = cpLength(stripped);
	const end = ending(stripped);
	const feats = [`m:${markerKind}`, `mg:${markerGroup}`, `len:${lengthClass(size)}`, `e:${end}`];
	feats.push(`st:${startClass(rest)}`);
	const indent = indentOf(line);
	feats.push("ind:" + (indent === 0 ? "0" : indent < 4 ? "1" : "2"));
	if (re.mdHeading.test(line)) feats.push("h:md");
	else if (re.boldLine.test(line)) feats.push("h:bold");
	const cls = headingClass(stripped, data);
	if (cls) feats.push("hw:" + cls);
	const letters = Array.from(stripped).filter(isAlpha);
	if (letters.length > 3 && letters.every(isUpper)) feats.push("caps:1");
	if (size <= 60 && ![".", ",", ";"].includes(end)) feats.push("short:1");
	if (re.rule.test(line)) feats.push("rule:1");
	if (re.pageNumber.test(line)) feats.push("pn:1");
	let years = 0;
	// eslint-disable-next-line no-unused-vars
	for (const _ of rest.matchAll(globalRegex("year"))) years++;
	feats.push("yr:" + String(Math.min(years, 2)));
	for (const [name, flag] of TEXT_FLAGS) {
		if (re[name].test(rest)) feats.push(flag);
	}
	for (const [name, flag] of LINE_FLAGS) {
		if (re[name].test(stripped)) feats.push(flag);
	}
	const words = tokenize(cpPrefix(rest, 200)).map(t => fold(t.text));
	const classes = new Set();
	if (words.length) {
		const marks = state.phrases.mark(words);
		for (const m of marks) m.forEach(c => classes.add(c));
		const hits = marks.filter(m => m.length).length;
		const share = hits / words.length;
		feats.push("lex:" + (!hits ? "0" : share < 0.1 ? "1" : share < 0.25 ? "2" : "3"));
		for (const c of marks[0]) feats.push("fwk:" + c);
	}
	const alpha = words.filter(w => Array.from(w).some(isAlpha)).slice(0, state.spec.line.first_words);
	feats.push("fw:" + (alpha.length ? alpha.map(w => cpPrefix(w, 15)).join("|") : "-"));
	if (state.spec.line.last_word) feats.push(...lastWord(state, rest));
	return [feats, classes];
}

/** _last_word: a year, a number, or the lexicon classes of the line's last word. */
function lastWord(state, rest) {
	const words = tokenize(cpSlice(rest, -80)).map(t => t.text).filter(t => isAlnum(firstChar(t)));
	if (!words.length) return ["lw:none"];
	const last = words[words.length - 1];
	if (isDecimal(last)) return [isYear(last) ? "lw:year" : "lw:num"];
	const classes = state.phrases.mark(words.map(fold))[words.length - 1];
	return classes.length ? classes.map(c => "lw:" + c) : ["lw:word"];
}

/** What the document as a whole shows, given to every line (_document_kind); listMarked lines open with a list marker. */
function documentKind(state, data, lines, index, classes, listMarked) {
	const { re } = state;
	const out = new Set();
	let ends = 0;
	for (const i of index) {
		const line = lines[i];
		const cls = cpLength(line) <= 60 ? headingClass(pyStrip(line), data) : "";
		if (cls === "bibliography" || cls === "notes") out.add("dk:" + cls);
		if (re.pinpointEnd.test(line)) ends++;
		if (re.inlineMarker.test(line)) out.add("dk:inline");
	}
	if (classes.has("ibid") || classes.has("opcit")) out.add("dk:backref");
	const share = ends / index.length;
	out.add("dk:pin" + (share < 0.1 ? "0" : share < 0.3 ? "1" : "2"));
	// Footnote markers do not count: an unnumbered list often follows such notes.
	const marked = listMarked / index.length;
	out.add("dk:marked" + (marked < 0.2 ? "0" : marked < 0.6 ? "1" : "2"));
	const spaced = index.filter(i => i + 1 < lines.length && !pyStrip(lines[i + 1])).length / index.length;
	out.add("dk:spaced" + (spaced < 0.3 ? "0" : spaced < 0.7 ? "1" : "2"));
	return Array.from(out).sort(compareCodePoints);
}

/**
 * document_features: { index, features }, the indices of the non-blank lines and the feature
 * strings of each, in order. data maps table names to the parsed bibkit/data JSON files.
 */
function finderFeatures(lines, data) {
	const state = finderState(data);
	const { re } = state;
	const index = [];
	lines.forEach((line, i) => {
		if (pyStrip(line)) index.push(i);
	});
	if (!index.length) return { index: [], features: [] };
	let classes = new Set();
	// Sizes are numbers: sort numerically (JavaScript's default sort compares strings).
	const sizes = index.map(i => cpLength(pyStrip(lines[i]))).sort((a, b) => a - b);
	const median = sizes[Math.floor(sizes.length / 2)] || 1;
	// The width the text was wrapped at, if it was: most wrapped lines come close to it.
	const widths = index.map(i => cpLength(pyRstrip(lines[i]))).sort((a, b) => a - b);
	const width = widths[Math.floor((index.length * 9) / 10)];
	// Wrapped text has most of its lines close to that width; a list of one-line entries has not.
	// A paste of a few lines proves nothing either way: wrapping needs four lines close to the width.
	const full = widths.filter(size => size * 20 >= width * 17).length;
	const wrapped = full >= 4 && full * 5 >= index.length * 2;
	const mask = globalRegex("mask");
	const masked = new Map();
	for (const i of index) {
		const stripped = pyStrip(lines[i]);
		if (cpLength(stripped) < 4) continue;
		const key = stripped.replace(mask, "#");
		masked.set(key, (masked.get(key) || 0) + 1);
	}
	const features = [];
	let lastNumber = null;
	let lastHeading = "none";
	let sinceHeading = 0;
	let unfinished = false;
	let prevIndent = 0;
	const total = index.length;
	// How much of the document is spaced (items separated by blank lines), over the lines before the last.
	const gaps = index.slice(0, -1).filter(i => !pyStrip(lines[i + 1])).length / Math.max(1, total - 1);
	const spacing = gaps < 0.3 ? "0" : gaps < 0.7 ? "1" : "2";
	let previousEnd = "none";
	let listMarked = 0;
	index.forEach((i, k) => {
		const line = lines[i];
		const marker = readMarker(line, data);
		const kind = marker ? marker.kind : "none";
		if (marker && !NOTE_MARKERS.includes(kind)) listMarked++;
		const rest = marker ? line.slice(marker.end) : line;
		const [feats, lineClasses] = lineFeatures(state, data, line, kind, marker ? marker.group : "none", rest);
		// A line that opens like an entry right after a line that ended a sentence.
		if ((previousEnd === "." || previousEnd === ")") && (feats.includes("cap1:1") || feats.includes("inv:1"))) {
			feats.push("fresh:1");
		}
		previousEnd = ending(pyStrip(line));
		// Would this line's first word have fitted on the line above? Then that line ended where its text did.
		// Wrapping never crosses a blank line.
		if (k && wrapped && index[k - 1] === i - 1) {
			const fits = cpLength(pyRstrip(lines[i - 1])) + 1 + cpLength(pySplit(line)[0]) <= width;
			feats.push("fit:" + (fits ? "1" : "0"));
		}
		lineClasses.forEach(c => classes.add(c));
		const stripped = pyStrip(line);
		const size = cpLength(stripped);
		const ratio = size / median;
		feats.push("rl:" + (ratio < 0.5 ? "0" : ratio < 0.9 ? "1" : ratio < 1.15 ? "2" : "3"));
		if (marker && isDecimal(marker.number)) {
			// int(): digits of any script; BigInt, as a number may be longer than a double holds.
			const number = pyInt(marker.number);
			if (lastNumber !== null && number === lastNumber + 1n) feats.push("mn:next");
			else if (number === 1n) feats.push("mn:one");
			else if (lastNumber !== null && number === lastNumber) feats.push("mn:same");
			else feats.push("mn:other");
			lastNumber = number;
		}
		const before = i === 0 || !pyStrip(lines[i - 1]);
		if (before) feats.push("bb:1");
		// The document's end is no blank line between two items.
		const after = k + 1 === total ? "E" : !pyStrip(lines[i + 1]) ? "A" : "-";
		if (after === "E") feats.push("ba:end");
		else if (after === "A") feats.push("ba:1");
		feats.push(`sp:${spacing}${before ? "B" : "-"}${after}`);
		if ((masked.get(stripped.replace(mask, "#")) || 0) >= 2 && size >= 4) feats.push("rep:1");
		const indent = indentOf(line);
		feats.push("di:" + (indent === prevIndent ? "=" : indent > prevIndent ? "+" : "-"));
		prevIndent = indent;
		feats.push("lh:" + lastHeading);
		feats.push("dh:" + (sinceHeading === 0 ? "0" : sinceHeading < 3 ? "1" : sinceHeading < 15 ? "2" : "3"));
		if (unfinished) feats.push("unf:1");
		// k * 10 // total, in integers.
		feats.push(`pos:${(k * 10 - ((k * 10) % total)) / total}`);
		features.push(feats);
		const heading = size <= 60 ? headingClass(stripped, data) : "";
		if (heading || re.mdHeading.test(line)) {
			lastHeading = heading || "other";
			sinceHeading = 0;
		}
		else {
			sinceHeading++;
		}
		if (!NOTE_MARKERS.includes(kind) && size >= 30) {
			unfinished = ![".", "?", "!", ")", '"', "”", "»"].includes(ending(stripped));
		}
	});
	const wanted = state.spec.line.document || [];
	if (wanted.length) {
		// f[3:].rstrip("012") names the document feature: dk:pin1 → pin.
		const whole = documentKind(state, data, lines, index, classes, listMarked)
			.filter(f => wanted.includes(pyRstrip(f.slice(3), "012")));
		for (const feats of features) feats.push(...whole);
	}
	return { index, features: windowed(state, features) };
}

/** The window features: each named feature of the neighbours, written name[offset]:value. */
function windowed(state, features) {
	const window = state.spec.line.window;
	const n = features.length;
	const values = features.map((feats) => {
		const byName = new Map();
		for (const f of feats) {
			const colon = f.indexOf(":");
			const name = colon < 0 ? f : f.slice(0, colon);
			const value = colon < 0 ? "" : f.slice(colon + 1);
			if (Object.prototype.hasOwnProperty.call(window, name)) {
				if (!byName.has(name)) byName.set(name, []);
				byName.get(name).push(value);
			}
		}
		return byName;
	});
	return features.map((feats, i) => {
		const row = feats.slice();
		for (const [name, offsets] of Object.entries(window)) {
			for (const off of offsets) {
				const j = i + off;
				if (j >= 0 && j < n) {
					for (const v of values[j].get(name) || ["-"]) row.push(`${name}[${off}]:${v}`);
				}
				else {
					row.push(`${name}[${off}]:${j < 0 ? "BOS" : "EOS"}`);
				}
			}
		}
		return row;
	});
}
