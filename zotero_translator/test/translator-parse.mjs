// Reads texts with the built translator, for bibkit's tests that compare it with bibkit:
// stdin {"texts": [...]}, stdout for each text {"listed": [CSL], "cited": [CSL], "detect": bool}
// (the works of its reference list and of its notes, as parseText gives them, and detectImport).

import fs from "node:fs";
import { readTranslator, loadSandbox } from "./sandbox.mjs";
import { TRANSLATOR } from "./vectors.mjs";

const translator = readTranslator(TRANSLATOR);
const { texts } = JSON.parse(fs.readFileSync(0, "utf8"));
// One context for every text (the translator keeps no state between imports).
const sandbox = loadSandbox(translator, "");
const out = texts.map((text) => {
	sandbox.read(text);
	const parsed = sandbox.context.parseText(sandbox.context.normaliseInput(text));
	// JSON round trip: objects made in the sandbox's realm have that realm's prototypes.
	return JSON.parse(JSON.stringify({ listed: parsed.listed, cited: parsed.cited, detect: sandbox.detect() }));
});
process.stdout.write(JSON.stringify(out));
