// The shared vectors of tests/vectors/*.json (also run by bibkit's tests/test_vectors.py):
// each file holds one vector {name, input, records} or a list of them.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, "..", "..");
export const TRANSLATOR = path.resolve(HERE, "..", "Bibkit Reference List.js");
export const VECTOR_DIR = path.join(ROOT, "tests", "vectors");

export function loadVectors() {
	const vectors = [];
	for (const file of fs.readdirSync(VECTOR_DIR).filter(name => name.endsWith(".json")).sort()) {
		const data = JSON.parse(fs.readFileSync(path.join(VECTOR_DIR, file), "utf8"));
		for (const vector of Array.isArray(data) ? data : [data]) {
			vectors.push({ file, ...vector });
		}
	}
	return vectors;
}

/** The CSL items the translator imports from a text (its list's, or else its notes'), before they become Zotero items. */
export function translatorCSL(sandbox, text) {
	const parsed = sandbox.context.parseText(sandbox.context.normaliseInput(text));
	// JSON round trip: objects made in the sandbox's realm have that realm's prototypes.
	return JSON.parse(JSON.stringify(parsed.listed.length ? parsed.listed : parsed.cited));
}
