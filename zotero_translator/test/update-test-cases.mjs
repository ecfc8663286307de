// Rewrites the expected items of the translator's own test cases from what it imports now, as
// Zotero's Scaffold does with "Update". Review the diff before committing: the test cases are
// only worth something if each item was checked against its input by eye.
//
//   node test/update-test-cases.mjs            rewrite the items of the existing cases
//   node test/update-test-cases.mjs FILE...     also add one case per FILE (its text is the input)

import fs from "node:fs";
import { readTranslator, loadSandbox, sanitizeItem } from "./sandbox.mjs";
import { TRANSLATOR } from "./vectors.mjs";

const FIRST_KEYS = ["itemType", "title", "creators"];
const LAST_KEYS = ["attachments", "tags", "notes", "seeAlso"];

/** An item with Zotero's usual key order: type, title, creators, fields A-Z, then the lists. */
function ordered(item) {
	const fields = Object.keys(item).filter(k => !FIRST_KEYS.includes(k) && !LAST_KEYS.includes(k)).sort();
	const out = {};
	for (const key of [...FIRST_KEYS, ...fields, ...LAST_KEYS]) {
		if (key in item) out[key] = item[key];
	}
	return out;
}

const translator = readTranslator(TRANSLATOR);
const inputs = translator.testCases.map(testCase => testCase.input);
for (const file of process.argv.slice(2)) inputs.push(fs.readFileSync(file, "utf8"));
const cases = inputs.map((input) => {
	const items = loadSandbox(translator, input).run().map(item => ordered(sanitizeItem(item)));
	return { type: "import", input, items };
});
const begin = "/** BEGIN TEST CASES **/";
const end = "/** END TEST CASES **/";
const code = translator.code;
const block = `${begin}\nvar testCases = ${JSON.stringify(cases, null, "\t")}\n${end}\n`;
fs.writeFileSync(TRANSLATOR, code.slice(0, code.indexOf(begin)) + block);
console.log(`${cases.length} test cases, ${cases.reduce((n, c) => n + c.items.length, 0)} items`);
