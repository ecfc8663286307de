/* global bibkitTable, pyRegex, pyStrip, cpOffset, isUpper, lower, toAscii, alternation */
/*
	Archival locators: bibkit/parse/archives.py (find the archive a note or entry names, parse its
	locator) and bibkit/archives/locator.py (the locator's canonical form and record id). They
	use text.js (pyRegex, pyStrip, cpOffset, isUpper), names.js (turkish.lower, turkish.to_ascii)
	and fields.js (fields.alternation), as the Python modules import them.

	Results are what Python returns, as JSON gives them: an Archive or ArchivalLocator is a plain
	object with the dataclass's fields ({acronym, system, place, language}; {archive, system,
	levels, qualifier, raw}), tuples are arrays, None is null. A re.Match is returned as
	{start, end, text, groups}: start and end in code points (Python's string offsets, not UTF-16
	units), text the matched string, groups Python's m.groups() (null for a group that did not
	take part). Every offset a public function returns counts code points; inside, this file
	works in UTF-16 units and slices where Python slices, so the two agree.

	Regular expressions are written in Python's syntax (the table's labels are Python regexes
	too) and compiled by text.js's pyRegex, because Python's \w, \d, \s and \b are Unicode-aware
	and JS's are ASCII even with the u flag, and Python's re.IGNORECASE takes i, I, İ and ı for
	one letter. The translation is exact for the Unicode version both runtimes know; characters
	assigned after Python's Unicode database (14.0 for Python 3.11) are letters or digits to JS
	and not to Python.

	Public names are Python's in camelCase (find_archive → findArchive); private ones, the
	ports of Python's _helpers, start with "archive" so that the runtime files can be inlined
	into one script side by side.

	record_id romanises with names.js's toAscii (turkish.to_ascii), which carries anyascii's
	table for some blocks only; any other character is dropped there where anyascii romanises
	it (Arabic, Indic letters and vowel signs, CJK, symbols of other blocks …). The parser's own
	locators never hold one (every letter its patterns accept is in the table); a locator that
	normalise builds for an unregistered archive takes the archive's name as written, and only
	there can the record id differ.
*/

/**
 * A compiled Python regex: `search` for Python's pattern.search(text, pos) (a g-regex) and
 * `match` for pattern.match(text, pos) (a y-regex: anchored at pos, lookbehind sees before it).
 */
function archiveCompile(source, flags = "") {
	return { search: pyRegex(source, "g" + flags), match: pyRegex(source, "y" + flags) };
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
	let text = toAscii(pieces.join(" ")).toLowerCase();
	text = text.split("ob.").join("ob");
	return pyStrip(text.replace(/[^a-z0-9]+/g, "-"), "-");
}

// ---------------------------------------------------------------- the registry (parse/archives.py)

function archiveOf(entry) {
	return { acronym: entry.acronym, system: entry.system, place: entry.place, language: entry.language };
}

/**
 * bibkit.parse.archives._fold: how an alias is looked up. Not text.js's fold (bibkit.lexicon.fold,
 * which folds I, İ and ı to i and ё to е for the features): this one lower-cases the Turkish way
 * and squeezes whitespace.
 */
function archiveFold(text) {
	const lowered = lower(text.replace(/İ/g, "I"));
	return pyStrip(lowered.replace(pyRegex(String.raw`\s+`, "g"), " "), " .");
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
		// Longest first so that "TNA: PRO" wins over "TNA"; full names match case-insensitively.
		const source = String.raw`(?<![\w.])(?:` + alternation(aliases, String.raw`\s+`, true) + String.raw`)(?![\w])`;
		archiveRegistryCache = { byAlias, pattern: pyRegex(source, "gi") };
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
		start: cpOffset(text, match.start),
		end: cpOffset(text, match.end),
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
		if ([...found].length <= 6 && !isUpper(found.replace(/ /g, "").replace(/\./g, ""))) continue;
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
	return [parsed[0], parsed[1], cpOffset(text, parsed[2])];
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
	return result === null ? null : [result[0], cpOffset(text, result[1])];
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
 * parse_locator's work (archives._locate): [locator, where the archive's name starts, where the
 * name ends with its own acronym, where the locator ends] in UTF-16 units, or null.
 */
function archiveLocate(text) {
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
	const raw = pyStrip(text.slice(match.start, offset + end));
	const locator = archivalLocator(archive.acronym, archive.system, levels, qualifier, raw);
	return [locator, match.start, offset, offset + end];
}

/**
 * Find an archive and its locator in ``text``: [locator, where the archive's name starts, where
 * the locator ends] (code points), or null when ``text`` names no known archive or no locator
 * follows it.
 */
function parseLocator(text) {
	const located = archiveLocate(text);
	return located ? [located[0], cpOffset(text, located[1]), cpOffset(text, located[3])] : null;
}

/**
 * archive_entry: where the archive's name ends (code points, its own acronym included) when
 * ``text`` is nothing but an archive and a locator its grammar reads; null otherwise.
 */
function archiveEntry(text) {
	const located = archiveLocate(text);
	if (located === null || pyStrip(text.slice(0, located[1])) || pyStrip(text.slice(located[3]), " .,;")) return null;
	return cpOffset(text, located[2]);
}
