// The Zotero translator's size and speed on a 3 KB list, as Zotero runs it: the file loaded
// afresh in a sandbox (zotero_translator/test/sandbox.mjs), then detectImport and doImport.
// The list is the first 3,000 characters (whole lines) of the seed article's reference list.
//
//   node bench/translator_speed.mjs [RUNS]

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readTranslator, loadSandbox } from "../zotero_translator/test/sandbox.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const file = path.join(root, "zotero_translator", "Bibkit Reference List.js");
const seed = fs.readFileSync(path.join(root, "references", "korkmaz2018.md"), "utf8");
const start = seed.indexOf("ALİYEF");
let list = seed.slice(start, start + 3000);
list = list.slice(0, list.lastIndexOf("\n") + 1);
const runs = Number(process.argv[2] || 5);
console.log(`translator ${(fs.statSync(file).size / 1e6).toFixed(2)} MB; list ${Buffer.byteLength(list)} bytes`);
for (let k = 0; k < runs; k++) {
	const t0 = performance.now();
	const sandbox = loadSandbox(readTranslator(file), list);
	const t1 = performance.now();
	const detected = sandbox.detect();
	const t2 = performance.now();
	const items = sandbox.run().length;
	const t3 = performance.now();
	console.log(`run ${k + 1}: load ${(t1 - t0).toFixed(0)} ms, detectImport ${(t2 - t1).toFixed(0)} ms (${detected}), doImport ${(t3 - t2).toFixed(0)} ms (${items} items)`);
}
