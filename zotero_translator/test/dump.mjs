// Prints, as JSON, the CSL items the translator builds for every vector input, keyed by
// "file#index". bibkit's tests/test_translator.py compares them with the Python library's
// records field by field (every field, not only those a vector lists).

import { readTranslator, loadSandbox } from "./sandbox.mjs";
import { loadVectors, translatorCSL, TRANSLATOR } from "./vectors.mjs";

const sandbox = loadSandbox(readTranslator(TRANSLATOR), "");
const out = {};
const seen = {};
for (const vector of loadVectors()) {
	seen[vector.file] = (seen[vector.file] || 0) + 1;
	out[`${vector.file}#${seen[vector.file] - 1}`] = translatorCSL(sandbox, vector.input);
}
process.stdout.write(JSON.stringify(out));
