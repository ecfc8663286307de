// Prints, as JSON, the CSL items the translator builds, for bibkit's tests/test_translator.py to
// compare with the Python library's records field by field (every field, not only those a vector
// lists).
//
//   node test/dump.mjs            every vector input, keyed by "file#index"
//   node test/dump.mjs --stdin    a JSON array of texts on standard input → an array of results

import fs from "node:fs";
import { readTranslator, loadSandbox } from "./sandbox.mjs";
import { loadVectors, translatorCSL, TRANSLATOR } from "./vectors.mjs";

const sandbox = loadSandbox(readTranslator(TRANSLATOR), "");

if (process.argv.includes("--stdin")) {
	const texts = JSON.parse(fs.readFileSync(0, "utf8"));
	process.stdout.write(JSON.stringify(texts.map(text => translatorCSL(sandbox, text))));
}
else {
	const out = {};
	const seen = {};
	for (const vector of loadVectors()) {
		seen[vector.file] = (seen[vector.file] || 0) + 1;
		out[`${vector.file}#${seen[vector.file] - 1}`] = translatorCSL(sandbox, vector.input);
	}
	process.stdout.write(JSON.stringify(out));
}
