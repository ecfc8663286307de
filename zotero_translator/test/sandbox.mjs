// Loads a Zotero import translator as Zotero does and runs it against a stand-in for the
// translator sandbox: the calls this translator makes, with Zotero's behaviour.
//
// - The file is split into its JSON header (parsed as Zotero's Translators reads metadata) and
//   evaluated whole as "var exports = {}, ZOTERO_TRANSLATOR_INFO = " + code in a fresh vm
//   context, which is how zotero/translate's Translate.Base._loadTranslator runs it.
// - Zotero.read follows Zotero.Translate.IO.String.read: read(n) returns the next n characters,
//   read() the next line without its CR/LF, and both return false once the input is used up.
//   detectImport and doImport each start from the beginning of the input.
// - new Zotero.Item(type) gives an item with creators/notes/tags/seeAlso/attachments arrays;
//   item.complete() hands it to the translation (collected here).
// - Zotero.Utilities (ZU) has the functions this translator uses, as in zotero/utilities:
//   trim and trimInternal.

import fs from "node:fs";
import vm from "node:vm";

/** The parts of a translator file: header (parsed), code, and the test cases (parsed JSON). */
export function readTranslator(path) {
	const code = fs.readFileSync(path, "utf8");
	// Zotero.Translators: the metadata is the JSON object at the start of the file.
	const headerMatch = /^\s*{[\S\s]*?}\s*?[\r\n]/.exec(code);
	if (!headerMatch) throw new Error(`${path}: no JSON header at the start of the file`);
	const header = JSON.parse(headerMatch[0]);
	const begin = code.indexOf("/** BEGIN TEST CASES **/");
	const end = code.indexOf("/** END TEST CASES **/");
	let testCases = [];
	let afterTests = "";
	if (begin >= 0 && end > begin) {
		const block = code.slice(begin + "/** BEGIN TEST CASES **/".length, end).trim();
		const json = block.replace(/^var testCases = /, "");
		testCases = JSON.parse(json);
		afterTests = code.slice(end + "/** END TEST CASES **/".length);
	}
	return { path, code, header, testCases, afterTests, headerText: headerMatch[0] };
}

/** Zotero.Translate.IO.String.read, over one string. */
function stringReader(input) {
	const string = typeof input === "string" ? input : "";
	let bytesRead = 0;
	let noCR;
	return {
		reset() {
			bytesRead = 0;
			noCR = undefined;
		},
		read(bytes) {
			if (bytesRead >= string.length) return false;
			if (bytes !== undefined) {
				const oldPointer = bytesRead;
				bytesRead += bytes;
				return string.substr(oldPointer, bytes);
			}
			// No size: read a line.
			const oldPointer = bytesRead;
			let lfIndex = string.indexOf("\n", bytesRead);
			if (lfIndex !== -1) {
				bytesRead = lfIndex + 1;
				if (string.length > lfIndex && string.substr(lfIndex - 1, 1) === "\r") lfIndex--;
				return string.substr(oldPointer, lfIndex - oldPointer);
			}
			if (!noCR) {
				const crIndex = string.indexOf("\r", bytesRead);
				if (crIndex === -1) {
					noCR = true;
				}
				else {
					bytesRead = crIndex + 1;
					return string.substr(oldPointer, crIndex - oldPointer - 1);
				}
			}
			bytesRead = string.length;
			return string.substr(oldPointer);
		},
	};
}

/** zotero/utilities Zotero.Utilities.trim and trimInternal. */
const utilities = {
	trim(s) {
		if (typeof s !== "string") throw new Error("trim: argument must be a string");
		s = s.replace(/^\s+/, "");
		return s.replace(/\s+$/, "");
	},
	trimInternal(s) {
		if (typeof s !== "string") throw new Error("trimInternal: argument must be a string");
		s = s.replace(/[\xA0\r\n\s]+/g, " ");
		return this.trim(s);
	},
};

/**
 * A sandbox with the translator loaded, reading `input`.
 * Returns { context, detect(), run(), read(text), items, debug }.
 *
 * Evaluating the translator (its tables and models) is what costs; `read(text)` gives the same
 * context another input, as a fresh Zotero translation would, so a test file loads it once.
 * The translator keeps no state between imports (translator.test.mjs checks that a reused
 * context imports as a fresh one does).
 */
export function loadSandbox(translator, input) {
	let reader = stringReader(input);
	const items = [];
	const debug = [];
	function Item(itemType) {
		this.itemType = itemType;
		this.creators = [];
		this.notes = [];
		this.tags = [];
		this.seeAlso = [];
		this.attachments = [];
	}
	Item.prototype.complete = function () {
		items.push(this);
	};
	const Zotero = {
		read: bytes => reader.read(bytes),
		debug: message => debug.push(String(message)),
		Item,
		Utilities: utilities,
	};
	const context = vm.createContext({ Zotero, Z: Zotero, ZU: utilities });
	vm.runInContext("var exports = {}, ZOTERO_TRANSLATOR_INFO = " + translator.code, context, {
		filename: translator.path,
	});
	return {
		context,
		items,
		debug,
		read(text) {
			reader = stringReader(text);
			debug.length = 0;
			return this;
		},
		detect() {
			reader.reset();
			return context.detectImport();
		},
		run() {
			reader.reset();
			items.length = 0;
			context.doImport();
			return items;
		},
	};
}

/** An item as Zotero's translator tester compares it: own fields, without functions. */
export function sanitizeItem(item) {
	const out = {};
	for (const key of Object.keys(item)) {
		if (typeof item[key] === "function") continue;
		out[key] = JSON.parse(JSON.stringify(item[key]));
	}
	for (const key of ["creators", "notes", "tags", "seeAlso", "attachments"]) out[key] = out[key] || [];
	return out;
}
