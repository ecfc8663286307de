/* ================================================================ the Zotero side: src/zotero.js
	What bibkit.pipeline does for a pasted text, then CSL → Zotero items. Works a pasted list
	gives are its entries that read as references; works pasted notes give are their full
	citations (short forms, ibid. and a.g.e. name works given in full elsewhere), read only when
	no list was pasted with them, since a list names the works its notes cite. Records are not
	merged: Zotero has its own duplicate detection. */

/* global TABLES, MODELS, crfTag, finderFeatures, sequenceFeatures, stackedFeatures, assembleBlocks, cpLength, tokenize, archiveFirst, parseEntry, noteRecords */

// bibkit.parse.label.MAX_ENTRY_CHARS: no reference is longer (prose or junk).
const MAX_ENTRY_CHARS = 3000;
const MAX_NOTE_CHARS = 20000;

/** bibkit.find.label_lines: the finder's label for every line; blank lines are "blank". */
function lineLabels(lines) {
	const labels = lines.map(() => "blank");
	const { index, features } = finderFeatures(lines, TABLES);
	crfTag(MODELS.finder, features).forEach((label, k) => {
		labels[index[k]] = label;
	});
	return labels;
}

/** bibkit.parse.label.tag: the label of each token of a note or entry, by the labeller and then the relabeller. */
function tokenLabels(text, kind) {
	const tokens = tokenize(text);
	if (!tokens.length) return [];
	const features = sequenceFeatures(tokens, kind);
	const first = crfTag(MODELS.labeller, features);
	return crfTag(MODELS.relabeller, stackedFeatures(tokens, features, first));
}

/** bibkit.pipeline._is_reference: an archive, a title with one more field, or a name with a date or an imprint. */
function isReference(csl) {
	if (csl.archive || csl.archive_location) return true;
	const title = csl.title || "";
	const given = value => (Array.isArray(value) ? value.length > 0 : Boolean(value));
	if (!(title || csl["container-title"])) {
		return (given(csl.author) || given(csl.editor)) && (given(csl.issued) || given(csl.publisher) || given(csl["publisher-place"]));
	}
	const support = [csl.author, csl.editor, csl.issued, csl.publisher, csl["publisher-place"], title ? csl["container-title"] : "", csl.URL, csl.volume, csl.genre, csl.page];
	const words = title.split(/\s+/u).filter(Boolean).length;
	return support.some(given) && words <= 80;
}

/** A note's citation that gives a work in full, not a later short form of it (bibkit.parse.label._mention). */
function isFullCitation(csl) {
	if (csl.type === "manuscript" || !csl.title) return true;
	return ["issued", "publisher", "publisher-place", "container-title", "volume", "URL", "genre"].some(key => csl[key]);
}

/**
 * The works of a pasted text: { listed, cited, blocks } — CSL items of the list's entries and of
 * the notes' full citations, each with custom.line (1-based), and what was read as neither.
 */
function parseText(text) {
	const lines = text.split("\n");
	const blocks = assembleBlocks(lines, lineLabels(lines), TABLES);
	const listed = [];
	const cited = [];
	const skipped = [];
	let previous = null;
	for (const block of blocks) {
		const size = cpLength(block.text);
		if (block.kind === "ref") {
			if (size > MAX_ENTRY_CHARS) {
				skipped.push({ line: block.line + 1, text: block.text, reason: "too long for one reference" });
				continue;
			}
			const csl = parseEntry(block.text, tokenLabels(block.text, "ref"), block.line + 1, "list", previous);
			if (isReference(csl)) {
				listed.push(csl);
				previous = csl.author || null;
			}
			else {
				skipped.push({ line: block.line + 1, text: block.text, reason: "not recognised as a reference" });
			}
			continue;
		}
		if (size > MAX_NOTE_CHARS) {
			skipped.push({ line: block.line + 1, text: block.text, reason: "note too long to parse" });
			continue;
		}
		for (const work of noteRecords(block.text, tokenLabels(block.text, "note"), block.line + 1)) {
			if (work && isFullCitation(work.absorbed || work.record)) cited.push(work.absorbed || work.record);
		}
	}
	return { listed, cited, skipped, blocks };
}

/* ---------------------------------------------------------------- CSL → Zotero item
	The mapping follows zotero-schema's "csl" section (the one ZU.itemFromCSLJSON reads),
	restricted to the fields each item type has in Zotero 7. A value whose item type has no field
	for it goes into Extra as a "csl-variable: value" line, which Zotero and citeproc-js read back. */

// CSL type → Zotero item type (zotero-schema csl.types, first match).
const ZOTERO_TYPES = {
	book: "book",
	chapter: "bookSection",
	"article-journal": "journalArticle",
	"paper-conference": "conferencePaper",
	thesis: "thesis",
	"entry-encyclopedia": "encyclopediaArticle",
	"article-newspaper": "newspaperArticle",
	webpage: "webpage",
	report: "report",
	manuscript: "manuscript",
};

// Fields each item type has (Zotero 7 schema) among those this translator writes.
const ZOTERO_FIELDS = {
	book: ["title", "series", "seriesNumber", "volume", "numberOfVolumes", "edition", "place", "publisher", "date", "numPages", "language", "ISBN", "url", "accessDate", "archive", "archiveLocation", "extra"],
	bookSection: ["title", "bookTitle", "series", "seriesNumber", "volume", "numberOfVolumes", "edition", "place", "publisher", "date", "pages", "language", "ISBN", "url", "accessDate", "archive", "archiveLocation", "extra"],
	journalArticle: ["title", "publicationTitle", "volume", "issue", "pages", "date", "series", "seriesTitle", "language", "DOI", "url", "accessDate", "archive", "archiveLocation", "extra"],
	conferencePaper: ["title", "date", "proceedingsTitle", "place", "publisher", "volume", "pages", "series", "language", "DOI", "ISBN", "url", "accessDate", "archive", "archiveLocation", "extra"],
	thesis: ["title", "thesisType", "university", "place", "date", "numPages", "language", "url", "accessDate", "archive", "archiveLocation", "extra"],
	encyclopediaArticle: ["title", "encyclopediaTitle", "series", "seriesNumber", "volume", "numberOfVolumes", "edition", "place", "publisher", "date", "pages", "ISBN", "url", "accessDate", "language", "archive", "archiveLocation", "extra"],
	newspaperArticle: ["title", "publicationTitle", "place", "edition", "date", "pages", "language", "url", "accessDate", "archive", "archiveLocation", "extra"],
	webpage: ["title", "websiteTitle", "websiteType", "date", "url", "accessDate", "language", "extra"],
	report: ["title", "reportNumber", "reportType", "seriesTitle", "place", "institution", "date", "pages", "language", "url", "accessDate", "archive", "archiveLocation", "extra"],
	manuscript: ["title", "manuscriptType", "place", "date", "numPages", "language", "url", "accessDate", "archive", "archiveLocation", "extra"],
	document: ["title", "publisher", "date", "language", "url", "accessDate", "archive", "archiveLocation", "extra"]
};

// Creator types each item type has (Zotero 7 schema) among author, editor, translator.
const ZOTERO_CREATOR_TYPES = {
	book: ["author", "editor", "translator"],
	bookSection: ["author", "editor", "translator"],
	journalArticle: ["author", "editor", "translator"],
	conferencePaper: ["author", "editor", "translator"],
	thesis: ["author"],
	encyclopediaArticle: ["author", "editor", "translator"],
	newspaperArticle: ["author", "translator"],
	webpage: ["author", "translator"],
	report: ["author", "translator"],
	manuscript: ["author", "translator"],
	document: ["author", "editor", "translator"]
};

// CSL variable → Zotero fields, tried in order (zotero-schema csl.fields with base-field mappings).
const ZOTERO_FIELD_MAP = [
	["title", ["title"]],
	["container-title", ["publicationTitle", "bookTitle", "proceedingsTitle", "encyclopediaTitle", "websiteTitle"]],
	["collection-title", ["series", "seriesTitle"]],
	["volume", ["volume"]],
	["issue", ["issue"]],
	["edition", ["edition"]],
	["page", ["pages"]],
	["number-of-pages", ["numPages"]],
	["number-of-volumes", ["numberOfVolumes"]],
	["collection-number", ["seriesNumber"]],
	["number", ["reportNumber"]],
	["publisher", ["publisher", "university", "institution"]],
	["publisher-place", ["place"]],
	["genre", ["thesisType", "reportType", "manuscriptType", "websiteType"]],
	["language", ["language"]],
	["archive", ["archive"]],
	["archive_location", ["archiveLocation"]],
	["URL", ["url"]],
	["DOI", ["DOI"]],
	["ISBN", ["ISBN"]]
];
const ZOTERO_NAME_ROLES = ["author", "editor", "translator", "container-author"];

/** A CSL date as a Zotero date string: 2002, 2002-11, 2002-11-05, 1991-1993. */
function zoteroDate(date) {
	const first = date["date-parts"][0].map(function (part, i) {
		return i === 0 ? String(part) : String(part).padStart(2, "0");
	}).join("-");
	const second = date["date-parts"][1];
	return second ? first + "-" + second[0] : first;
}

/** The Zotero item (as plain fields) for one CSL item. */
function cslToZotero(csl) {
	const itemType = ZOTERO_TYPES[csl.type] || "document";
	const fields = ZOTERO_FIELDS[itemType];
	const item = { itemType: itemType, creators: [] };
	const extra = [];
	for (const mapping of ZOTERO_FIELD_MAP) {
		const value = csl[mapping[0]];
		if (!value) continue;
		const field = mapping[1].find(function (name) {
			return fields.includes(name);
		});
		if (field) item[field] = value;
		else extra.push(mapping[0] + ": " + value);
	}
	for (const role of ZOTERO_NAME_ROLES) {
		for (const name of csl[role] || []) {
			const creatorType = ZOTERO_CREATOR_TYPES[itemType].includes(role) ? role : "contributor";
			if (name.literal) item.creators.push({ lastName: name.literal, fieldMode: 1, creatorType: creatorType });
			else item.creators.push({ firstName: name.given || "", lastName: name.family, creatorType: creatorType });
		}
	}
	if (csl.issued) item.date = zoteroDate(csl.issued);
	if (csl.accessed) item.accessDate = zoteroDate(csl.accessed);
	if (csl["original-date"]) extra.push("original-date: " + zoteroDate(csl["original-date"]));
	// CSL variables Zotero 7 has no field for: Extra lines, as citeproc-js reads them.
	for (const key of ["volume-title", "part", "medium", "archive-place", "archive_collection", "note"]) {
		if (csl[key]) extra.push((key === "part" ? "part-number" : key) + ": " + csl[key]);
	}
	if (extra.length) item.extra = extra.join("\n");
	return item;
}


/* ---------------------------------------------------------------- detectImport / doImport */

// Formats other translators own; their input is never a reference list.
const OTHER_FORMATS = [
	/^\s*TY {1,2}- /m, // RIS
	/^\s*@[A-Za-z]+\s*[{(]/m, // BibTeX
	/^\s*[[{]\s*["{[]/, // JSON (CSL JSON, Zotero API JSON)
	/^\s*</, // XML, HTML
	/^=(?:LDR|\d{3})\s/m, // MARC in MarcEdit's text form
	// Tagged MARC: a control field, or a data field's tag, indicators and first subfield code
	// ("245 10 |a …"); a tag alone is a note number ("101 ALİYEF Hamit, …").
	/^(?:(?:LDR|00\d) +\S|\d{3}(?: {1,2}[\d_ #\\]{0,2})? {0,3}[|$‡][a-z0-9])/m,
	/^%[A-Z0-9] \S/m, // Refer/BibIX
	/^(?:PMID|TI|AU|FAU|PT|DP)\s*- /m, // MEDLINE
	/^(?:PT|AU|TI|SO|PY|ER)(?: |$)/m // Web of Science tagged
];
const DETECT_SAMPLE = 20000;

/** True when the text is in a format another translator reads. */
function isOtherFormat(text) {
	const head = text.split("\n").slice(0, 50).join("\n");
	const matched = OTHER_FORMATS.slice(0, 4).some(function (re) {
		return re.test(head);
	});
	if (matched) return true;
	// Tagged formats: most non-blank lines begin with a tag.
	const lines = head.split("\n").filter(function (line) {
		return line.trim();
	});
	const tagged = lines.filter(function (line) {
		return OTHER_FORMATS.slice(4).some(function (re) {
			return re.test(line);
		});
	});
	return lines.length > 0 && tagged.length >= Math.max(2, lines.length / 2);
}

// Lines the finder reads as a list's or notes' (headings included).
const CITING_LINES = new Set(["ref-start", "ref-cont", "refs-head", "note-start", "note-cont", "notes-head"]);
// Labels that are no part of a work (bibkit.parse.label._NOT_WORK, and a back-reference), and
// those that cite one (_CITING).
const NOT_CITING = new Set(["sep", "commentary", "prefix", "number", "backref", "pinpoint"]);
const CITING_WORK_LABELS = new Set(["author", "editor", "title", "container", "archive", "locator"]);
// How many of the first notes and entries are read to decide; a reference has no more words.
const DETECT_BLOCKS = 8;
const MAX_REFERENCE_WORDS = 90;

/**
 * Strong evidence, from the labeller's labels alone, that an entry or one work of a note is a
 * reference and not a sentence: an archive with a locator, or a title with three of name, date,
 * imprint, container with its numbers, link, numbers of its own — or two when they are a name
 * and a date. Detection reads labels, not records: the normalisers' first use (their patterns
 * compiled, their tables indexed) would cost more than the rest of detection together.
 */
function isStrongLabelling(labels, words) {
	const has = new Set(labels);
	if (has.has("archive") && has.has("locator")) return true;
	if (!has.has("title") || words > MAX_REFERENCE_WORDS) return false;
	const named = ["author", "editor", "translator"].some(label => has.has(label));
	const dated = has.has("date");
	const numbered = ["volume", "issue", "pages"].some(label => has.has(label));
	const signals = [
		named,
		dated,
		has.has("publisher") || has.has("place"),
		has.has("container") && numbered,
		has.has("url"),
		numbered || has.has("edition") || has.has("genre"),
	].filter(Boolean).length;
	return signals >= 3 || (signals >= 2 && named && dated);
}

/**
 * detectImport's decision: is this mostly a reference list (or notes)? Most of the text, by
 * characters, is on the finder's list and note lines — stray page numbers, headings and a short
 * paragraph do not matter, numbering of any width is the finder's to read — and most of the text
 * of the first entries and notes that name a work is in those that name it as a reference does
 * (by characters, so that a line the finder split from its entry, "London: Tauris.", weighs little).
 */
function detectReferenceList(text) {
	text = normaliseInput(text);
	if (!text.trim() || isOtherFormat(text)) return false;
	const lines = text.split("\n");
	const labels = lineLabels(lines);
	let citing = 0;
	let total = 0;
	lines.forEach((line, k) => {
		const size = line.trim().length;
		total += size;
		if (CITING_LINES.has(labels[k])) citing += size;
	});
	if (!total || citing < 0.5 * total) return false;
	let strong = 0;
	let read = 0;
	for (const block of assembleBlocks(lines, labels, TABLES).slice(0, DETECT_BLOCKS)) {
		const size = block.text.length;
		if (cpLength(block.text) > (block.kind === "ref" ? MAX_ENTRY_CHARS : MAX_NOTE_CHARS)) continue;
		const labelled = tokenLabels(block.text, block.kind);
		// As parseEntry reads an entry: an archive with a locator its grammar reads whole.
		const tokenLabelsOf = block.kind === "ref" ? archiveFirst(block.text, tokenize(block.text), labelled) : labelled;
		// A note that names no work (ibid. alone, a comment) says nothing either way.
		const citing = tokenLabelsOf.filter(label => !NOT_CITING.has(label));
		if (block.kind === "note" && !citing.some(label => CITING_WORK_LABELS.has(label))) continue;
		read += size;
		if (isStrongLabelling(citing, block.text.split(/\s+/u).length)) strong += size;
	}
	return strong > 0 && strong >= 0.5 * read;
}

/** Text as bibkit.read.decode gives it: no byte-order mark, CRLF and CR → LF, NFC. */
function normaliseInput(text) {
	return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}

/** The whole input, read as Zotero gives it: Zotero.read(n) returns chunks, then false. */
function readAll() {
	let parts = [];
	let chunk;
	while ((chunk = Zotero.read(65536)) !== false) parts.push(chunk);
	return parts.join("");
}

function detectImport() {
	let text = Zotero.read(DETECT_SAMPLE);
	if (!text) return false;
	const more = Zotero.read(1);
	// Judge complete lines only: a sample cut inside an entry would look like a broken entry.
	if (more !== false && text.includes("\n")) text = text.slice(0, text.lastIndexOf("\n"));
	return detectReferenceList(text);
}

function doImport() {
	const parsed = parseText(normaliseInput(readAll()));
	for (const skipped of parsed.skipped) {
		Zotero.debug(`bibkit: ${skipped.reason} (line ${skipped.line}): ${skipped.text}`);
	}
	for (const csl of parsed.listed.length ? parsed.listed : parsed.cited) {
		const fields = cslToZotero(csl);
		const item = new Zotero.Item(fields.itemType);
		for (const key of Object.keys(fields)) {
			if (key === "itemType") continue;
			if (key === "creators") item.creators = fields.creators;
			else item[key] = key === "extra" ? fields[key] : ZU.trimInternal(fields[key]);
		}
		item.complete();
	}
}
