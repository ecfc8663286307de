// The labeller's token features, exactly as bibkit computes them (bibkit/parse/features.py, as
// bibkit/data/features.json "token" configures it): labellerFeatures(text, kind) is Python's
// sequence_features(tokenize(text), kind), a list of "name:value" strings per token.
//
// A plain script: top-level declarations only, so that it can be inlined into the translator.
// It reads the tokenizer, fold() and the phrase index from text.js, and the data tables only
// through bibkitTable(name), which the host defines.
// Where Python and JavaScript differ, and the port follows Python:
// - len() and slices (w[:24], w[-3:], w[4:]) count code points, JavaScript's length and slice()
//   UTF-16 units: an astral letter (𝔸) is one character in Python.
// - str.isalpha/isupper/islower/isdigit are Unicode-aware; the JavaScript tests are text.js's
//   isAlpha (\p{L}), isUpper, isLower and isDigit (Nd and the other Numeric_Type=Digit
//   characters, ² ①). A single character's isupper()/islower() is its Uppercase/Lowercase
//   property, not its category: ª is a lowercase letter (Lo), ǅ (Lt) neither upper nor lower;
//   isLower is pinned to Unicode 14.0, the version of the Python whose features trained the model.
// - int() of a 4-digit token reads the decimal digits of every script (١٩٩٠ is a year); a token
//   of other isdigit() characters (¹²³⁴, ①②③④) is no year, in Python (isdecimal) as here.
// - sorted() orders by code point (compareCodePoints), not by UTF-16 unit.

/* exported labellerFeatures, labellerWordFeatures, sequenceFeatures, stackedFeatures */
/* global bibkitTable, fold, tokenize, lexiconPhrases, cpLength, cpPrefix, cpSlice, firstChar, lastChar, isAlpha, isAlnum, isUpper, isLower, isDigit, isDecimal, isYear, compareCodePoints */

const LABELLER_ROMAN = "IVXLCDM";
const LABELLER_OPEN_QUOTES = { "“": "”", "«": "»", "„": "“", "‘": "’" };
const LABELLER_CLOSE_QUOTES = ["”", "»", "’"];
const LABELLER_BOUNDARIES = [",", ";", ":", "(", ")", "[", "]", "«", "»", "“", "”", "„"];
// Tokens after which a period ends a segment; Python tests `before in "”»\"')"`, a substring test.
const LABELLER_AFTER_PERIOD = "”»\"')";
const LABELLER_URL_STARTS = ["http", "www.", "doi:", "10."];

// Compiled lazily: the feature spec, the phrase index of its lexicons, and per-word caches (the
// lru_caches of features.py).
let labellerState = null;

function labellerSetup() {
	if (labellerState) return labellerState;
	const config = bibkitTable("features").token;
	labellerState = {
		config,
		phrases: lexiconPhrases(bibkitTable),
		// window slots as Python lists them: every (name, offset) in the spec's order
		slots: Object.entries(config.window).flatMap(([name, offsets]) => offsets.map(off => [name, off])),
		words: new Map(),
		windowed: new Map(),
	};
	return labellerState;
}

/** features.shape: Kurat → Xx, 1990 → d, a.g.e. → x.x.x., 375-413 → d-d (runs squeezed). */
function labellerShape(word) {
	const out = [];
	for (const ch of cpPrefix(word, 40)) {
		let c;
		if (isDigit(ch)) c = "d";
		else if (isAlpha(ch)) c = isUpper(ch) ? "X" : "x";
		else c = ch;
		if (!out.length || out[out.length - 1] !== c) out.push(c);
	}
	return out.join("");
}

function labellerRoman(word) {
	if (!word || cpLength(word) > 7) return false;
	for (const ch of word) {
		if (!LABELLER_ROMAN.includes(ch)) return false;
	}
	return true;
}

function labellerNumberClass(word) {
	if (isDigit(word)) {
		if (isYear(word)) return "year";
		return "n" + String(Math.min(cpLength(word), 4));
	}
	if (isDigit(firstChar(word))) {
		const parts = word.replace(/[–—/]/g, "-").split("-").filter(p => p);
		if (parts.length === 2 && parts.every(p => isDigit(p))) {
			if (parts.every(p => isYear(p))) return "yearrange";
			return "range";
		}
		if (word.includes(".") && word.split(".").length === 3) return "date";
		if (parts.length >= 3) return "compact";
		// A year with a letter that tells apart one author's works of that year (APA's 2016a).
		if (cpLength(word) === 5 && "abcdefghij".includes(lastChar(word)) && isYear(cpPrefix(word, 4))) {
			return "yearletter";
		}
		return "mixed";
	}
	if (labellerRoman(word)) return "roman";
	return "";
}

function labellerScript(word) {
	let latin = 0;
	let cyrillic = 0;
	let digit = 0;
	for (const ch of word) {
		if (isDigit(ch)) {
			digit++;
		}
		else if (isAlpha(ch)) {
			if (ch >= "\u0400" && ch <= "\u04ff") cyrillic++;
			else latin++;
		}
	}
	if (latin && cyrillic) return "mix";
	if (cyrillic) return "cyr";
	if (latin) return "lat";
	return digit ? "dig" : "pun";
}

function labellerCaps(word) {
	const letters = Array.from(word).filter(ch => isAlpha(ch));
	if (!letters.length) return "none";
	if (letters.every(ch => isUpper(ch))) return letters.length > 1 ? "upper" : "single";
	const restLower = letters.slice(1).every(ch => isLower(ch));
	if (isUpper(letters[0])) return restLower ? "title" : "mixed";
	return restLower && isLower(letters[0]) ? "lower" : "mixed";
}

/** features.word_features: the features of a token's text alone (cached, as in Python). */
function labellerWordFeatures(word) {
	const state = labellerSetup();
	let feats = state.words.get(word);
	if (feats) return feats;
	const config = state.config;
	const folded = cpPrefix(fold(word), config.max_word);
	feats = ["w:" + folded, "s:" + labellerShape(word)];
	const size = cpLength(word);
	feats.push("l:" + (size === 1 ? "1" : size === 2 ? "2" : size <= 4 ? "3" : size <= 8 ? "5" : "9"));
	feats.push("c:" + labellerCaps(word));
	const number = labellerNumberClass(word);
	if (number) feats.push("n:" + number);
	feats.push("sc:" + labellerScript(word));
	if (size >= 3 && isAlpha(firstChar(word))) {
		for (const k of config.affixes) {
			if (k < size) {
				feats.push(`p${k}:` + cpPrefix(folded, k));
				feats.push(`x${k}:` + cpSlice(folded, -k));
			}
		}
	}
	if (word.includes(".") && size > 2 && lastChar(word) === ".") feats.push("abbr:1");
	if (LABELLER_URL_STARTS.some(s => word.startsWith(s))
			&& (word.includes("/") || cpSlice(word, 4).includes("."))) {
		feats.push("url:1");
	}
	state.words.set(word, feats);
	return feats;
}

/** features._windowed: the features a word lends its neighbours, by "name offset" slot. */
function labellerWindowed(word) {
	const state = labellerSetup();
	let out = state.windowed.get(word);
	if (out) return out;
	const feats = labellerWordFeatures(word);
	out = new Map();
	for (const [name, offsets] of Object.entries(state.config.window)) {
		if (name === "k") continue;
		const prefix = name + ":";
		let values = feats.filter(f => f.startsWith(prefix)).map(f => f.slice(prefix.length));
		if (!values.length) values = ["-"];
		for (const off of offsets) {
			out.set(`${name} ${off}`, values.map(v => `${name}[${off}]:${v}`));
		}
	}
	state.windowed.set(word, out);
	return out;
}

/** features._context: quotes, brackets, italics, position, semicolons, years seen. */
function labellerContext(tokens, bins) {
	const n = tokens.length;
	const out = [];
	let quoteClose = "";
	let plainQuote = false;
	let paren = 0;
	let square = 0;
	let italic = false;
	let semis = 0;
	let yearSeen = false;
	for (let i = 0; i < n; i++) {
		const tok = tokens[i];
		const t = tok.text;
		const isOpen = Object.prototype.hasOwnProperty.call(LABELLER_OPEN_QUOTES, t);
		const feats = [tok.space ? "sp:1" : "sp:0", "pos:" + Math.floor(i * bins / n), "semi:" + Math.min(semis, 3)];
		const opens = isOpen || (t === '"' && !plainQuote);
		if (quoteClose || plainQuote || opens) feats.push("q:1");
		if (paren || t === "(") feats.push("br:1");
		if (square || t === "[") feats.push("sq:1");
		if (italic || t === "*" || t === "_") feats.push("it:1");
		if (yearSeen) feats.push("yr:1");
		if (i === 0) feats.push("first:1");
		if (i === n - 1) feats.push("last:1");
		out.push(feats);
		// state after this token
		if (isOpen && !quoteClose) {
			quoteClose = LABELLER_OPEN_QUOTES[t];
		}
		else if (quoteClose && t === quoteClose) {
			quoteClose = "";
		}
		else if (LABELLER_CLOSE_QUOTES.includes(t) && quoteClose) {
			quoteClose = "";
		}
		else if (t === '"') {
			plainQuote = !plainQuote;
		}
		else if (t === "(") {
			paren++;
		}
		else if (t === ")" && paren) {
			paren--;
		}
		else if (t === "[") {
			square++;
		}
		else if (t === "]" && square) {
			square--;
		}
		else if ((t === "*" || t === "_") && (italic || !tok.space || (i + 1 < n && !tokens[i + 1].space))) {
			italic = !italic;
		}
		else if (t === ";") {
			semis++;
		}
		if (isDigit(t) && isYear(t)) yearSeen = true;
	}
	return out;
}

/** features._segment_starts: where the segments between separators start. */
function labellerSegmentStarts(tokens) {
	const starts = new Set([0]);
	const n = tokens.length;
	for (let i = 0; i < n - 1; i++) {
		const t = tokens[i].text;
		if (LABELLER_BOUNDARIES.includes(t) || (t === "/" && tokens[i + 1].text === "/")) {
			starts.add(i + 1);
		}
		else if (t === "." && tokens[i + 1].space && i > 0) {
			const before = tokens[i - 1].text;
			if (cpLength(before) >= 3 || isDigit(before) || LABELLER_AFTER_PERIOD.includes(before)) starts.add(i + 1);
		}
	}
	return Array.from(starts).sort((a, b) => a - b);
}

/** features._segments: each token's segment, its index and size and what it holds. */
function labellerSegments(tokens, words, lexicon, config) {
	const n = tokens.length;
	const out = tokens.map(() => []);
	if (!config) return out;
	const starts = labellerSegmentStarts(tokens).concat([n]);
	const want = config.features;
	for (let k = 0; k < starts.length - 1; k++) {
		const a = starts[k];
		const b = starts[k + 1];
		const size = b - a;
		const feats = ["sg:" + Math.min(k, config.max_index)];
		if (want.includes("size")) {
			feats.push("sgl:" + (size === 1 ? "1" : size <= 2 ? "2" : size <= 5 ? "5" : size <= 10 ? "9" : "x"));
		}
		if (want.includes("lexicon")) {
			const classes = new Set();
			for (let i = a; i < b; i++) lexicon[i].forEach(c => classes.add(c));
			for (const c of Array.from(classes).sort(compareCodePoints)) feats.push("sgk:" + c);
		}
		const letters = [];
		for (let i = a; i < b; i++) {
			for (const f of words[i]) {
				if (f === "c:title" || f === "c:upper" || f === "c:lower") letters.push(f);
			}
		}
		if (letters.length && want.includes("case")) {
			const upper = letters.filter(w => w !== "c:lower").length;
			feats.push("sgc:" + (upper === letters.length ? "T" : upper === 0 ? "L" : "M"));
		}
		if (want.includes("year")) {
			let year = false;
			for (let i = a; i < b; i++) {
				if (words[i].includes("n:year")) year = true;
			}
			if (year) feats.push("sgy:1");
		}
		for (let i = a; i < b; i++) out[i].push(...feats);
		out[a].push("sgf:1");
	}
	return out;
}

/** features.sequence_features(tokenize(text), kind), for a caller that has only the text. */
function labellerFeatures(text, kind) {
	return sequenceFeatures(tokenize(text), kind);
}

/**
 * features.sequence_features(tokens, kind): the features of every token of one note (kind
 * "note") or list entry ("ref"), as arrays of "name:value" strings.
 */
function sequenceFeatures(tokens, kind) {
	if (!tokens.length) return [];
	const state = labellerSetup();
	const config = state.config;
	const texts = tokens.map(t => t.text);
	const words = texts.map(labellerWordFeatures);
	const windows = texts.map(labellerWindowed);
	const folded = words.map(w => w[0].slice(2));
	const lexicon = state.phrases.mark(folded);
	const context = labellerContext(tokens, config.position_bins);
	const segments = labellerSegments(tokens, words, lexicon, config.segments);
	const n = tokens.length;
	const kindFeature = "kind:" + kind;
	const out = [];
	for (let i = 0; i < n; i++) {
		const feats = words[i].slice();
		for (const c of lexicon[i]) feats.push("k:" + c);
		feats.push(...context[i], ...segments[i], kindFeature);
		for (const [name, off] of state.slots) {
			const j = i + off;
			if (j < 0 || j >= n) {
				feats.push(`${name}[${off}]:${off < 0 ? "BOS" : "EOS"}`);
			}
			else if (name === "k") {
				if (lexicon[j].length) feats.push(...lexicon[j].map(c => `k[${off}]:${c}`));
				else feats.push(`k[${off}]:-`);
			}
			else {
				feats.push(...windows[j].get(`${name} ${off}`));
			}
		}
		for (const off of config.bigrams) { // the word with its neighbour before (-1) or after (+1)
			const j = i + off;
			const other = j >= 0 && j < n ? folded[j] : j < 0 ? "BOS" : "EOS";
			feats.push(off < 0 ? `b[${off}]:${other}|${folded[i]}` : `b[${off}]:${folded[i]}|${other}`);
		}
		out.push(feats);
	}
	return out;
}

/**
 * features.stacked_features(tokens, features, labels): the relabeller's features of each token,
 * its own (features) and what the first pass said (labels) of it, its neighbours, its segment and
 * the segments around it, and which fields it found before (pb:) and after (pa:) the segment
 * within its work.
 */
function stackedFeatures(tokens, features, labels) {
	const n = tokens.length;
	if (!n) return [];
	const seen = bibkitTable("features").stack.seen;
	const starts = labellerSegmentStarts(tokens).concat([n]);
	const segmentOf = new Array(n).fill(0);
	const segmentLabels = [];
	for (let k = 0; k < starts.length - 1; k++) {
		// Python's Counter.most_common(1): the commonest label, of equals the first found
		const counts = new Map();
		for (let i = starts[k]; i < starts[k + 1]; i++) {
			segmentOf[i] = k;
			if (Array.from(tokens[i].text).some(isAlnum)) counts.set(labels[i], (counts.get(labels[i]) || 0) + 1);
		}
		let best = "-";
		let most = 0;
		for (const [label, count] of counts) {
			if (count > most) {
				best = label;
				most = count;
			}
		}
		segmentLabels.push(best);
	}
	// A note may cite several works: the fields before and after a segment are those of its own
	// work, which ends where the first pass put a work separator (";") at a segment's end.
	const endsWork = new Set(bibkitTable("features").stack.ends_work);
	const opensWork = segmentLabels.map((_, k) => k === 0 || endsWork.has(labels[starts[k] - 1]));
	// What each segment lends its tokens, once per segment: its label, its neighbours', and the
	// fields before and after it (running unions, so a long note stays linear).
	const last = segmentLabels.length - 1;
	const after = segmentLabels.map(() => new Set());
	for (let k = last - 1; k >= 0; k--) {
		if (!opensWork[k + 1]) after[k] = new Set([...after[k + 1], segmentLabels[k + 1]]);
	}
	let before = new Set();
	const lent = segmentLabels.map((label, k) => {
		if (opensWork[k]) before = new Set();
		const feats = [
			"ps:" + label,
			"ps[-1]:" + (k ? segmentLabels[k - 1] : "BOS"),
			"ps[1]:" + (k < last ? segmentLabels[k + 1] : "EOS"),
		];
		for (const field of seen) {
			if (before.has(field)) feats.push("pb:" + field);
			if (after[k].has(field)) feats.push("pa:" + field);
		}
		before.add(label);
		return feats;
	});
	const out = [];
	for (let i = 0; i < n; i++) {
		const feats = features[i].slice();
		feats.push("pl:" + labels[i]);
		feats.push("pl[-1]:" + (i ? labels[i - 1] : "BOS"));
		feats.push("pl[1]:" + (i < n - 1 ? labels[i + 1] : "EOS"));
		feats.push(...lent[segmentOf[i]]);
		out.push(feats);
	}
	return out;
}
