// Labelled fields of one work → a CSL-JSON record (bibkit/parse/normalise.py), with what it needs
// of bibkit/read.py (repair_mojibake), bibkit/model.py (Name, Date, Record and their to_csl) and
// the glue of bibkit/parse/spans.py and bibkit/parse/label.py (runs, split_works, fields_of).
//
// A plain script: top-level declarations only, so that it can be inlined into the translator.
// Needs text.js (pyRegex, pyStrip …, tokenize), fields.js, names.js (parsePersons, looksTurkish,
// detectLanguage) and archives.js (findArchive, archiveByAcronym, parseFond, parseLocator,
// archiveEntry, canonicalLocation, recordId).
//
// Records are plain objects with the Python attribute names (container_title, number_of_pages,
// archival_forms …); names { family, given, literal }; dates { year, month, day, end_year }; an archival
// locator { archive, system, levels: [[label, value], …], qualifier, raw }. Python's None is null.
// Python indexes strings by code point, JavaScript by UTF-16 unit: where a position or a length
// is compared or a character is taken from the end, the code is written in code points.

// Record, Date and Persons keep the Python attribute names (container_title, end_year, et_al).
/* eslint camelcase: ["error", { "properties": "never" }] */
/* global bibkitTable, pyRegex, pyStrip, pyRstrip, pyInt, cpLength, cpPrefix, cpSlice, cpOffset, firstChar, lastChar, compareCodePoints, tokenize, YEAR, number, patterns, monthNumber, ordinalWords, normalisePlace, hasKeyword, stripField, lower, parsePersons, looksTurkish, detectLanguage, findArchive, archiveByAcronym, parseFond, parseLocator, archiveEntry, canonicalLocation, recordId */
/* exported repairMojibake, repair, cleanTitle, numberValue, dateValue, editionValue, pageValue, locatorValue, Fields, absorbPinpoint, isArchival, recordFromFields, recordOf, recordToCsl, nameToCsl, dateToCsl, runs, splitWorks, fieldsOf, archiveFirst, parseEntry, noteRecords */

const NORMALISE_PAIRS = { '"': '"', "“": "”", "«": "»", "„": "“", "‘": "’", "'": "'" };
// Python patterns (read by pyRegex), compiled on first use; the IGNORECASE ones ((?i) or
// re.IGNORECASE in Python) with pyRegex's flag "i".
const NORMALISE_SOURCES = {
	number: String.raw`(?<!\d)(\d{1,5}(?:\s*[-–—/]\s*\d{1,5})?)(?!\d)`
		+ String.raw`|(?<![\w])([IVXLC]{1,7}(?:\s*[-–—]\s*[IVXLC]{1,7})?)(?![\w])`,
	range: String.raw`(\d{1,5}[a-zа-я]?)\s*[-–—]+\s*(\d{1,5}[a-zа-я]?)`,
	digits: String.raw`\d+`,
	digit: String.raw`\d`,
	letters: String.raw`[^\W\d_]`,
	letterWords: String.raw`[^\W\d_]+\.?`,
	containerAfter: String.raw`\s+(?:içinde|İçinde)\s*$`,
	year: String.raw`(?<!\d)(${YEAR}|1[0-4]\d\d)(?!\d)`,
	yearRange: String.raw`(?<!\d)(${YEAR})\s*[-–—/]\s*(${YEAR}|\d\d)(?!\d)`,
	collectionNumber: String.raw`^(?P<t>.*?)[\s,;:.]*(?:(?:No|Nr|№|вып|Vyp|Sa|Sayı|Number|Vol|Dizi|Seri)\.?\s*:?\s*)?(?P<n>\d{1,5})\s*$`,
	cumulative: String.raw`^\s*(\d{1,5})\s*\((\d{1,5})\)\s*$`,
	ordinalDigits: String.raw`(\d{1,2})(?:\s*\.|st|nd|rd|th|-?е|-?e|-?ое|-?ье)?(?![\d])`,
	dash: String.raw`\s*[-–—]\s*`,
	joiner: String.raw`\s*(?:,|\bve\b|\band\b|\bи\b|&)\s*`,
	verso: String.raw`\s*(?:об\.?|ob\.?|verso)(?![\w])`,
	bareDoi: String.raw`(?<![\w/])(10\.\d{4,9}/\S+)`,
	// read.py: the broken-font-map and Latin-1 letters of Turkish text.
	fontmapChar: String.raw`(?<=[^\W\d_])[›¤](?=[^\W\d_]|\b)|‹(?=[^\W\d_])`,
	fontmapWord: String.raw`[^\W\d_]*(?:[›¤‹][^\W\d_]*)+|[^\W\d_]+fl\b`,
	latin1Char: String.raw`(?<=[^\W\d_])[ýþðÝÞÐ]|[ÝÞÐ](?=[^\W\d_])`,
};
const NORMALISE_SOURCES_I = {
	inContainer: String.raw`^\s*(?://|in\s*:|in\s|içinde\s*:?|в\s*(?:кн|сб)\.\s*:?|в\s*:|dans\s)\s*`,
	volumesCount: String.raw`^\s*(\d{1,3})\s+(?:vols?\.?|volumes|cilt|tomes?|т\.|тт\.)\s*$`,
	volumeKeyword: String.raw`(?<![\w])(?:vol|cilt|c|т|t|tom|band|bd)\.?\s*(?=[\dIVXLC])`,
	partWords: String.raw`kısım|part|teil|kitap|ч\.|chast|bölüm`,
	pageLabelBefore: String.raw`(?:^|[\s,(])(?:pp?|ss?|sf|с|сс|стр|str|p|page|pages|sayfa)\.?\s*$`,
	folio: String.raw`^(?:vrk?\.?|varak|yaprak|l\.|ll\.|л\.|лл\.|f\.|ff\.|fols?\.?|folio)`,
	column: String.raw`^(?:cols?\.|стб\.|sütun)`,
	volume: String.raw`^(?:vol\.|cilt|c\.|т\.)(?=\s*\d)`,
	locatorWords: String.raw`^(?:pp?\.|ss?\.|sf\.|sh\.|с\.|сс\.|стр\.|str\.|s|p|page|pages|sayfa|vrk?\.?|varak|yaprak|ll?\.|лл?\.|ff?\.|fols?\.?|cols?\.|стб\.)\s*`,
	issueWord: String.raw`^\s*(?:sayı|say|s\.|no\.?|№|nr\.?|вып\.)\s*:?`,
	fondWord: String.raw`(?:^|\W)(?:f|ф|fond|фонд)\W`,
	thesisWord: String.raw`thesis|dissertation|diss\.|дис|tez`,
};
const NORMALISE_LOCATOR_LABELS = ["folio", "column", "volume"];
const NORMALISE_LIGATURES = { ﬁ: "fi", ﬂ: "fl", ﬀ: "ff", ﬃ: "ffi", ﬄ: "ffl", "\u00ad": "", "\u200b": "" };
const NORMALISE_FONTMAP = { "›": "ı", "¤": "ğ", "‹": "İ" };
const NORMALISE_LATIN1 = { ý: "ı", þ: "ş", ð: "ğ", Ý: "İ", Þ: "Ş", Ð: "Ğ" };
const LABEL_OPENING = new Set(["author", "backref", "archive", "editor"]);
const LABEL_CLOSING = new Set(["pinpoint", "date", "pages", "locator", "url"]);
const LABEL_REPEATS = new Set(["author", "backref"]);
const LABEL_NOT_WORK = new Set(["sep", "commentary", "prefix", "number"]);
const LABEL_CITING = new Set(["author", "editor", "title", "container", "backref", "archive", "locator"]);
// RECORD_CSL_KEYS of bibkit/model.py: record attribute → CSL-JSON key.
const RECORD_CSL_KEYS = [
	["title", "title"],
	["container_title", "container-title"],
	["collection_title", "collection-title"],
	["volume_title", "volume-title"],
	["author", "author"],
	["editor", "editor"],
	["translator", "translator"],
	["container_author", "container-author"],
	["volume", "volume"],
	["issue", "issue"],
	["part", "part"],
	["edition", "edition"],
	["page", "page"],
	["number_of_pages", "number-of-pages"],
	["number_of_volumes", "number-of-volumes"],
	["collection_number", "collection-number"],
	["number", "number"],
	["publisher", "publisher"],
	["publisher_place", "publisher-place"],
	["issued", "issued"],
	["accessed", "accessed"],
	["original_date", "original-date"],
	["genre", "genre"],
	["medium", "medium"],
	["language", "language"],
	["archive", "archive"],
	["archive_location", "archive_location"],
	["archive_place", "archive-place"],
	["archive_collection", "archive_collection"],
	["url", "URL"],
	["doi", "DOI"],
	["isbn", "ISBN"],
	["note", "note"],
];
const RECORD_NAME_ATTRS = new Set(["author", "editor", "translator", "container_author"]);
const RECORD_DATE_ATTRS = new Set(["issued", "accessed", "original_date"]);
const NORMALISE_REGEX = new Map();

/** The compiled pattern `name` (flags "g" for matchAll and replace). */
function normaliseRegex(name, flags = "") {
	const key = name + "\u0000" + flags;
	let re = NORMALISE_REGEX.get(key);
	if (!re) {
		re = name in NORMALISE_SOURCES
			? pyRegex(NORMALISE_SOURCES[name], flags)
			: pyRegex(NORMALISE_SOURCES_I[name], "i" + flags);
		NORMALISE_REGEX.set(key, re);
	}
	return re;
}

// ------------------------------------------------------------------ read.py

/** read.repair_mojibake: [repaired text, number of repaired words]. */
function repairMojibake(text) {
	let count = 0;
	if (!/[›¤‹ýþðÝÞÐ]/.test(text)) return [text, 0];
	if ((text.match(normaliseRegex("fontmapChar", "g")) || []).length >= 2) {
		text = text.replace(normaliseRegex("fontmapWord", "g"), (word) => {
			count++;
			return Array.from(word.split("fl").join("ş"), c => NORMALISE_FONTMAP[c] || c).join("");
		});
	}
	if (!/[ışğİŞĞ]/.test(text) && (text.match(normaliseRegex("latin1Char", "g")) || []).length >= 2) {
		text = text.replace(normaliseRegex("latin1Char", "g"), (c) => {
			count++;
			return NORMALISE_LATIN1[c];
		});
	}
	return [text, count];
}

// ------------------------------------------------------------------ normalisers

/** normalise.repair: a field's text with PDF damage undone. */
function repair(text) {
	if (/[ﬁﬂﬀﬃﬄ\u00ad\u200b]/.test(text)) text = text.replace(/[ﬁﬂﬀﬃﬄ\u00ad\u200b]/g, c => NORMALISE_LIGATURES[c]);
	return repairMojibake(text)[0];
}

/** normalise.clean_title: markup and enclosing quotes stripped. */
function cleanTitle(text) {
	text = pyStrip(pyStrip(pyRstrip(pyStrip(text), " ,;:"), "*_"));
	// text[-2:-1] in "…": true for "" too (a one-character text), as in Python.
	if ((text.endsWith(".") || text.endsWith(",")) && "”»\"'*_".includes(cpSlice(text, -2, -1))) {
		text = pyRstrip(text.slice(0, -1), "*_");
	}
	if (!text) return text;
	const first = firstChar(text);
	const last = lastChar(text);
	const has = key => Object.prototype.hasOwnProperty.call(NORMALISE_PAIRS, key);
	if (cpLength(text) > 1 && has(first) && text.endsWith(NORMALISE_PAIRS[first])) {
		text = pyStrip(cpSlice(text, 1, -1));
	}
	else if (has(first) && !text.slice(first.length).includes(NORMALISE_PAIRS[first])) {
		text = pyStrip(text.slice(first.length));
	}
	else if (
		Object.values(NORMALISE_PAIRS).includes(last)
		&& !text.slice(0, -last.length).includes(last)
		&& !Object.entries(NORMALISE_PAIRS).some(([o, c]) => c === last && text.includes(o))
	) {
		text = pyStrip(text.slice(0, -last.length));
	}
	text = pyRstrip(pyStrip(text, "*_ "), " ,;:/");
	if ("’'”\"".includes(lastChar(text)) && cpSlice(text, -2, -1) === ".") {
		text = text.slice(0, -2) + text.slice(-1);
	}
	return stripField(text);
}

/** normalise.number_value: "Cilt XVIII" → "18", "Sayı 07" → "7". */
function numberValue(text) {
	const m = normaliseRegex("number").exec(text);
	return m ? number(m[1] || m[2]) : "";
}

function normaliseDate(year, month = null, day = null, endYear = null) {
	return { year, month, day, end_year: endYear };
}

/** normalise.date_value: the publication date in a date field, or null. */
function dateValue(text) {
	let m = patterns().date.exec(text);
	if (m) {
		const g = m.groups;
		for (const k of "12345") {
			if (g[`y${k}`]) {
				const name = g[`m${k}`];
				let month = name ? monthNumber(name) : (g[`mo${k}`] ? Number(pyInt(g[`mo${k}`])) : null);
				if (month !== null && !(month >= 1 && month <= 12)) month = null;
				const day = g[`d${k}`];
				return normaliseDate(Number(pyInt(g[`y${k}`])), month, day && month ? Number(pyInt(day)) : null);
			}
		}
	}
	m = normaliseRegex("yearRange").exec(text);
	if (m) {
		const [, start, end] = m;
		const endYear = cpLength(end) === 4 ? Number(pyInt(end)) : Number(pyInt(cpPrefix(start, 2) + end));
		return normaliseDate(Number(pyInt(start)), null, null, endYear > Number(pyInt(start)) ? endYear : null);
	}
	m = normaliseRegex("year").exec(text);
	if (!m) return null;
	let month = null;
	for (const word of text.match(normaliseRegex("letterWords", "g")) || []) {
		month = month || monthNumber(word);
	}
	return normaliseDate(Number(pyInt(m[1])), month);
}

/** normalise.edition_value: "2. Baskı" → "2", "İkinci Baskı" → "2". */
function editionValue(text) {
	const m = normaliseRegex("ordinalDigits").exec(text);
	if (m) return String(pyInt(m[1]));
	const low = lower(text);
	for (const [word, value] of ordinalWords()) {
		if (pyRegex(`(?<!\\w)${word}(?!\\w)`).test(low)) return String(value);
	}
	return stripField(pyStrip(text, "()[] "));
}

/** normalise.page_value: [page range, page count] of a pages field. */
function pageValue(text) {
	const ranges = Array.from(text.matchAll(normaliseRegex("range", "g")));
	if (ranges.length) return [ranges.map(r => `${r[1]}-${r[2]}`).join(", "), ""];
	const digits = text.match(normaliseRegex("digits", "g"));
	if (!digits) return ["", ""];
	const m = normaliseRegex("digit").exec(text);
	if (m && normaliseRegex("pageLabelBefore").test(text.slice(0, m.index))) return [digits[0], ""];
	return ["", digits[digits.length - 1]];
}

/** normalise.locator_value: [locator, label] of a pinpoint. */
function locatorValue(text) {
	text = pyStrip(text, " ,.;:()");
	let label = "page";
	for (const name of NORMALISE_LOCATOR_LABELS) {
		if (normaliseRegex(name).test(text)) {
			label = name;
			break;
		}
	}
	let value = pyStrip(text.replace(normaliseRegex("locatorWords"), ""), " ,.;:");
	value = value.replace(normaliseRegex("verso", "g"), "ob.");
	value = value.replace(normaliseRegex("dash", "g"), "-");
	value = value.replace(normaliseRegex("joiner", "g"), ", ");
	return [value, label];
}

// ------------------------------------------------------------------ Fields

/** normalise.Fields: the text of each label in one work, in order. */
function Fields() {
	const texts = new Map();
	const order = [];
	return {
		texts,
		order,
		add(label, text) {
			text = repair(text);
			if (!texts.has(label)) texts.set(label, []);
			texts.get(label).push(text);
			order.push([label, text]);
		},
		beforeAndAfter(label, mark) {
			const before = [];
			const after = [];
			let seen = false;
			for (const [name, text] of order) {
				seen = seen || mark.has(name);
				if (name === label) (seen ? after : before).push(text);
			}
			return [before, after];
		},
		get(label) {
			return texts.get(label) || [];
		},
		first(label) {
			const values = texts.get(label);
			return values && values.length ? values[0] : "";
		},
		has(...labels) {
			return labels.some(label => texts.has(label));
		},
	};
}

// ------------------------------------------------------------------ model.py

function normaliseRecord(source, line, raw) {
	return {
		id: "", type: "book", title: "", container_title: "", collection_title: "", volume_title: "",
		author: [], editor: [], translator: [], container_author: [],
		volume: "", issue: "", part: "", edition: "", page: "", number_of_pages: "", number_of_volumes: "",
		collection_number: "", number: "", publisher: "", publisher_place: "",
		issued: null, accessed: null, original_date: null,
		genre: "", medium: "", language: "", archive: "", archive_location: "", archive_place: "",
		archive_collection: "", url: "", doi: "", isbn: "", note: "",
		locator: null, source, line, raw, et_al: false, issue_cumulative: "", qualifier: "", archival_forms: [],
	};
}

/** Name.to_csl. */
function nameToCsl(name) {
	if (name.literal) return { literal: name.literal };
	const out = { family: name.family };
	if (name.given) out.given = name.given;
	return out;
}

/** Date.to_csl. */
function dateToCsl(date) {
	const first = [date.year];
	if (date.month) {
		first.push(date.month);
		if (date.day) first.push(date.day);
	}
	const parts = [first];
	if (date.end_year && date.end_year !== date.year) parts.push([date.end_year]);
	return { "date-parts": parts };
}

/** Record.to_csl: the record as a CSL-JSON item (bibkit's own data under custom). */
function recordToCsl(record) {
	const out = { id: record.id, type: record.type };
	for (const [attr, key] of RECORD_CSL_KEYS) {
		const value = record[attr];
		if (!value || (Array.isArray(value) && !value.length)) continue;
		if (RECORD_NAME_ATTRS.has(attr)) out[key] = value.map(nameToCsl);
		else if (RECORD_DATE_ATTRS.has(attr)) out[key] = dateToCsl(value);
		else out[key] = value;
	}
	// The attributes of Record this port has: merging and the pipeline's are not ported.
	const custom = { source: record.source };
	if (record.line) custom.line = record.line;
	if (record.raw) custom.raw = record.raw;
	if (record.et_al) custom.et_al = true;
	if (record.issue_cumulative) custom.issue_cumulative = record.issue_cumulative;
	if (record.qualifier) custom.qualifier = record.qualifier;
	if (record.archival_forms.length) custom.archival_forms = record.archival_forms.slice();
	out.custom = {};
	for (const k of Object.keys(custom).sort(compareCodePoints)) out.custom[k] = custom[k];
	return out;
}

/** Name.from_csl, for the previous record's names (CSL or bibkit's, both have these fields). */
function normaliseName(data) {
	return { family: data.family || "", given: data.given || "", literal: data.literal || "" };
}

// ------------------------------------------------------------------ the record

function normaliseNames(texts, turkishRules, record) {
	const names = [];
	let ditto = false;
	for (const text of texts) {
		const persons = parsePersons(text, turkishRules);
		names.push(...persons.names.map(normaliseName));
		ditto = ditto || persons.ditto;
		if (persons.et_al) record.et_al = true;
	}
	return [names, ditto];
}

function normalisePlain(text) {
	return stripField(pyStrip(pyStrip(text, " ,;:"), " ()[]*_"));
}

function normaliseContainer(text) {
	text = text.replace(normaliseRegex("inContainer"), "");
	text = text.replace(normaliseRegex("containerAfter"), "");
	return cleanTitle(text);
}

function normaliseCollection(text, record) {
	text = pyStrip(text, " ()[],.;");
	const m = normaliseRegex("collectionNumber").exec(text);
	if (m && pyStrip(m.groups.t, " ,;:.-")) {
		record.collection_title = cleanTitle(m.groups.t);
		record.collection_number = m.groups.n;
	}
	else {
		record.collection_title = cleanTitle(text);
	}
}

function normaliseVolume(text, record) {
	const count = normaliseRegex("volumesCount").exec(text);
	if (count) {
		record.number_of_volumes = count[1];
		return;
	}
	const part = normaliseRegex("partWords").exec(text);
	let numbers = Array.from(text.matchAll(normaliseRegex("number", "g")));
	if (part && numbers.length > 1) {
		// "III. Cilt I. Kısım": the number next to the part word is the part. Distances in code
		// points, as Python measures them.
		const partStart = cpOffset(text, part.index);
		const partEnd = cpOffset(text, part.index + part[0].length);
		const distance = (m) => {
			const start = cpOffset(text, m.index);
			const end = cpOffset(text, m.index + m[0].length);
			return Math.min(Math.abs(end - partStart), Math.abs(start - partEnd));
		};
		let nearest = numbers[0];
		for (const m of numbers) {
			if (distance(m) < distance(nearest)) nearest = m;
		}
		record.part = number(nearest[1] || nearest[2]);
		numbers = numbers.filter(m => m !== nearest);
	}
	const keyed = normaliseRegex("volumeKeyword").exec(text);
	if (keyed) {
		const after = numbers.filter(m => m.index >= keyed.index + keyed[0].length);
		if (after.length) numbers = after;
	}
	if (numbers.length) record.volume = number(numbers[0][1] || numbers[0][2]);
}

function normaliseIssue(text, record) {
	text = pyStrip(text, " ,.;:");
	const cumulative = normaliseRegex("cumulative").exec(text.replace(normaliseRegex("issueWord"), "").replace(normaliseRegex("locatorWords"), ""));
	if (cumulative) {
		record.issue = number(cumulative[1]);
		record.issue_cumulative = cumulative[2];
		return;
	}
	record.issue = numberValue(text);
}

function normaliseUrl(text, record) {
	const p = patterns();
	const doi = p.doi.exec(text);
	if (doi) record.doi = pyRstrip(doi.groups.d, ".,;)");
	const url = p.url.exec(text);
	if (url && !(doi && url.groups.u.includes("doi.org"))) {
		record.url = pyRstrip(url.groups.u, ".,;)");
	}
	else if (!doi) {
		const bare = normaliseRegex("bareDoi").exec(text);
		if (bare) record.doi = pyRstrip(bare[1], ".,;)");
	}
	const rest = url ? text.slice(url.index + url[0].length) : text;
	const said = p.accessed.exec(text);
	let accessed = said || url ? dateValue(rest) : null;
	if (accessed === null && said && url && said.index + said[0].length <= url.index) {
		// "Geliş tarihi 27 Mart 2024 (https://…)": the date stands between the words and the link.
		accessed = dateValue(text.slice(said.index + said[0].length, url.index));
	}
	if (accessed !== null && (url || doi)) record.accessed = accessed;
}

/**
 * normalise.absorb_pinpoint: move a note's pinpoint into an archival record's locator when it
 * continues the locator's hierarchy. `record` is what recordOf returns; returns whether the
 * pinpoint was absorbed.
 */
function absorbPinpoint(record, pinpoint) {
	const locator = record.locator;
	const forms = record.archival_forms;
	if (locator === null || !pinpoint || !forms.length) return false;
	const longer = parseLocator(`${forms[0]}, ${pinpoint}`);
	if (longer === null || longer === undefined) return false;
	const extended = longer[0];
	const n = locator.levels.length;
	if (extended.archive !== locator.archive
		|| JSON.stringify(extended.levels.slice(0, n)) !== JSON.stringify(locator.levels)) {
		return false;
	}
	if (extended.levels.length <= n) return false;
	record.locator = extended;
	record.archive_location = canonicalLocation(extended);
	record.archival_forms = [extended.raw];
	record.id = recordId(extended);
	return true;
}

function normaliseArchival(fields, record) {
	const archiveText = pyStrip(fields.get("archive").join(" "), " ,.;:");
	const locatorText = fields.get("locator").join(" ");
	const combined = pyStrip(`${archiveText}, ${locatorText}`, " ,");
	const parsed = combined ? parseLocator(combined) : null;
	let locator = parsed ? parsed[0] : null;
	if (locator === null && locatorText) {
		const levels = parseFond(locatorText);
		if (levels && normaliseRegex("fondWord").test(locatorText)) {
			const name = stripField(archiveText) || "archive";
			locator = { archive: name, system: "russian", levels: levels[0], qualifier: levels[1], raw: combined };
		}
	}
	if (locator !== null) {
		const known = archiveByAcronym(locator.archive);
		record.locator = locator;
		record.archive = locator.archive;
		record.archive_location = canonicalLocation(locator);
		record.archive_place = known ? known.place : "";
		record.language = known ? known.language : record.language;
		record.archival_forms = [locator.raw || combined];
		if (locator.qualifier) record.qualifier = locator.qualifier;
		record.id = recordId(locator);
		return;
	}
	const found = archiveText ? findArchive(archiveText) : null;
	record.archive = found ? found[0].acronym : stripField(pyStrip(archiveText, " ()[]"));
	if (found) record.archive_place = found[0].place;
	record.archive_location = stripField(locatorText);
	if (combined) record.archival_forms = [combined];
}

/** normalise.is_archival: whether the fields describe an archival document. */
function isArchival(fields) {
	if (fields.get("locator").some(text => normaliseRegex("digits").test(text))) return true;
	return fields.has("archive") && !fields.has("publisher", "place", "container", "pages", "volume");
}

function normaliseType(fields, record) {
	if (record.archive || record.archive_location) return "manuscript";
	const genre = fields.get("genre").join(" ");
	if ((genre && patterns().thesis.test(genre)) || normaliseRegex("thesisWord").test(genre)) return "thesis";
	const container = record.container_title;
	if (container) {
		if (hasKeyword("encyclopedia", container)) return "entry-encyclopedia";
		if (hasKeyword("proceedings", container)) return "paper-conference";
		if (record.issue || hasKeyword("journal", container)) return "article-journal";
		if (record.editor.length || record.publisher || record.publisher_place) return "chapter";
		return "article-journal";
	}
	if (record.url && !(record.publisher || record.publisher_place || record.volume || record.page)) return "webpage";
	return "book";
}

/**
 * normalise.record_from_fields, as the record object (with its archival locator, for
 * absorbPinpoint). `fields` is a Fields() or the [label, text] pairs in the order Fields.add
 * receives them; `previousAuthors` the names of the record before it in the list (its CSL
 * `author`, which a ditto dash stands for), or null when there is none.
 */
function recordOf(fields, raw, source = "list", line = 0, previousAuthors = null) {
	if (Array.isArray(fields)) {
		const order = fields;
		fields = Fields();
		for (const [label, text] of order) fields.add(label, text);
	}
	const record = normaliseRecord(source, line, pyStrip(raw));
	const titleText = fields.get("title").join(" ") + " " + fields.get("container").join(" ");
	const detected = detectLanguage(titleText, "");
	const turkishRules = looksTurkish(raw) || detected === "tr" || detected === "az";
	// Names after the title are the container's authors.
	let [own, containerAuthors] = fields.beforeAndAfter("author", new Set(["title", "container"]));
	if (!own.length) [own, containerAuthors] = [containerAuthors, []];
	let [names, ditto] = normaliseNames(own, turkishRules, record);
	if (ditto && previousAuthors !== null && previousAuthors !== undefined) names = previousAuthors.map(normaliseName);
	record.author = names;
	record.container_author = normaliseNames(containerAuthors, turkishRules, record)[0];
	let editors = normaliseNames(fields.get("editor"), turkishRules, record)[0];
	const translators = normaliseNames(fields.get("translator"), turkishRules, record)[0];
	if (fields.has("editor") && !editors.length && record.author.length) {
		[editors, record.author] = [record.author, []];
	}
	record.editor = editors;
	record.translator = translators;
	record.title = fields.get("title").map(cleanTitle).filter(t => t)
.join(". ");
	record.container_title = fields.get("container").map(normaliseContainer).filter(c => c)
.join(". ");
	// "…Dergisi, Atatürk Özel Sayısı": a special issue's name after the journal's.
	const issueNameAt = record.container_title.lastIndexOf(", ");
	if (issueNameAt > 0 && patterns().specialIssue.test(record.container_title.slice(issueNameAt + 2))) {
		record.volume_title = cleanTitle(record.container_title.slice(issueNameAt + 2));
		record.container_title = record.container_title.slice(0, issueNameAt);
	}
	for (const text of fields.get("collection").slice(0, 1)) normaliseCollection(text, record);
	for (const text of fields.get("volume").slice(0, 1)) normaliseVolume(text, record);
	for (const text of fields.get("issue").slice(0, 1)) normaliseIssue(text, record);
	if (record.issue && !record.volume && !record.issue_cumulative
		&& !normaliseRegex("letters").test(fields.first("issue"))) {
		// A bare number after a journal is its volume.
		[record.volume, record.issue] = [record.issue, ""];
	}
	// A list entry has no pinpoint: a range the labeller called one is the work's own pages.
	for (const text of fields.get("pages").concat(source === "list" ? fields.get("pinpoint") : [])) {
		const [page, count] = pageValue(text);
		record.page = record.page || page;
		record.number_of_pages = record.number_of_pages || count;
	}
	// The last date is the edition's.
	for (const text of fields.get("date").slice().reverse()) {
		record.issued = dateValue(text);
		if (record.issued !== null) break;
	}
	if (fields.has("edition")) record.edition = editionValue(fields.first("edition"));
	const places = fields.get("place").map(p => normalisePlace(normalisePlain(p))).filter(p => p);
	record.publisher_place = Array.from(new Set(places)).join("; ");
	record.publisher = fields.get("publisher").map(normalisePlain).filter(p => p)
.join("; ");
	for (const text of fields.get("genre")) {
		if (patterns().electronic.test(text)) record.medium = stripField(pyStrip(text, "[]() "));
		else if (!record.genre) record.genre = stripField(pyStrip(text, "[]() "));
	}
	for (const text of fields.get("url")) normaliseUrl(text, record);
	for (const text of fields.get("other")) {
		const isbn = patterns().isbn.exec(text);
		if (isbn) record.isbn = isbn.groups.n;
		else if (patterns().specialIssue.test(text) && !record.volume_title) record.volume_title = cleanTitle(text);
	}
	if (isArchival(fields)) normaliseArchival(fields, record);
	record.type = normaliseType(fields, record);
	if (!record.language) {
		record.language = detectLanguage(pyStrip(`${record.title} ${record.container_title}`), "");
	}
	return record;
}

/** normalise.record_from_fields(…).to_csl(): the CSL-JSON item the labelled fields describe. */
function recordFromFields(fields, raw, source = "list", line = 0, previousAuthors = null) {
	return recordToCsl(recordOf(fields, raw, source, line, previousAuthors));
}

// ------------------------------------------------------------------ spans.py and label.py

/** spans.runs: consecutive tokens with one label ({ label, first, last, start, end }, code points). */
function runs(tokens, labels) {
	if (tokens.length !== labels.length) throw new Error("runs: as many labels as tokens are needed");
	const out = [];
	tokens.forEach((tok, i) => {
		const label = labels[i];
		const last = out[out.length - 1];
		if (last && last.label === label) out[out.length - 1] = { label, first: last.first, last: i, start: last.start, end: tok.end };
		else out.push({ label, first: i, last: i, start: tok.start, end: tok.end });
	});
	return out;
}

/** label.split_works: the works ({ runs, start, end }) of a note, or the one work of an entry. */
function splitWorks(allRuns, kind) {
	const works = [];
	let current = { runs: [], start: 0, end: 0 };
	const close = () => {
		if (current.runs.length) works.push(current);
		current = { runs: [], start: 0, end: 0 };
	};
	for (const run of allRuns) {
		if (kind === "ref") {
			if (!LABEL_NOT_WORK.has(run.label)) current.runs.push(run);
			continue;
		}
		const seen = new Set(current.runs.map(r => r.label));
		if (run.label === "sep" || run.label === "commentary") {
			close();
			continue;
		}
		if (run.label === "prefix") {
			if (Array.from(seen).some(l => !LABEL_NOT_WORK.has(l))) close();
			continue;
		}
		if (LABEL_NOT_WORK.has(run.label)) continue;
		const last = current.runs.length ? current.runs[current.runs.length - 1].label : "";
		const complete = Array.from(seen).some(l => LABEL_CLOSING.has(l))
			|| (seen.has("title") && (seen.has("place") || seen.has("publisher") || seen.has("container")));
		if ((LABEL_OPENING.has(run.label) && LABEL_CLOSING.has(last))
			|| (LABEL_REPEATS.has(run.label) && seen.has(run.label) && complete)) {
			close();
		}
		current.runs.push(run);
	}
	close();
	for (const work of works) {
		work.start = work.runs[0].start;
		work.end = work.runs[work.runs.length - 1].end;
	}
	return works;
}

/** label.fields_of: the Fields of one work of text (run offsets in code points). */
function fieldsOf(text, work) {
	const chars = Array.from(text);
	const fields = Fields();
	for (const run of work.runs) fields.add(run.label, chars.slice(run.start, run.end).join(""));
	return fields;
}

/**
 * label.archive_first: an entry that is an archive and a locator its grammar reads whole is
 * labelled so, whatever the labeller said; anything else in it, or a locator the labeller
 * found with nothing it could not name (other), keeps the labels.
 */
function archiveFirst(text, tokens, labels) {
	const found = labels.includes("locator") && !labels.includes("other");
	const split = found ? null : archiveEntry(text);
	if (split === null) return labels;
	const out = [];
	for (const token of tokens) {
		// Punctuation after the name is the name's, as the annotation tags it.
		const wordless = !/[\p{L}\p{N}]/u.test(token.text);
		out.push(token.start < split || (wordless && out[out.length - 1] === "archive") ? "archive" : "locator");
	}
	return out;
}

/**
 * label.parse_entry with the labels given (one per token of tokenize(text), text.js): the
 * entry's CSL-JSON record.
 */
function parseEntry(text, labels, line = 0, source = "list", previousAuthors = null, tokens = null) {
	tokens = tokens || tokenize(text);
	const works = splitWorks(runs(tokens, archiveFirst(text, tokens, labels)), "ref");
	const fields = works.length ? fieldsOf(text, works[0]) : Fields();
	return recordFromFields(fields, text, source, line, previousAuthors);
}

/**
 * The records of a note's works, as label._mention makes them (labels given, one per token):
 * for each work, { start, end, raw, record, absorbed, locator, label }, where record is
 * record_from_fields' CSL item, absorbed the item after absorbPinpoint took the pinpoint into
 * its archival locator (null when it did not), locator and label the pinpoint's (emptied when
 * absorbed); null for a work that
 * cites nothing or is a back-reference (a.g.e., ibid.), which resolution handles.
 */
function noteRecords(text, labels, line = 0, tokens = null) {
	const out = [];
	for (const work of splitWorks(runs(tokens || tokenize(text), labels), "note")) {
		const fields = fieldsOf(text, work);
		const labelsOfWork = new Set(work.runs.map(r => r.label));
		if (fields.has("backref") || !Array.from(labelsOfWork).some(l => LABEL_CITING.has(l))) {
			out.push(null);
			continue;
		}
		const raw = cpSlice(text, work.start, work.end);
		const pinpoints = fields.get("pinpoint");
		let [locator, label] = pinpoints.length ? locatorValue(pinpoints.join(" ")) : ["", ""];
		const record = recordOf(fields, raw, "note", line);
		const csl = recordToCsl(record);
		const absorbed = pinpoints.length > 0 && absorbPinpoint(record, pinpoints.join(" "));
		if (absorbed) [locator, label] = ["", ""];
		out.push({ start: work.start, end: work.end, raw, record: csl, absorbed: absorbed ? recordToCsl(record) : null, locator, label });
	}
	return out;
}
