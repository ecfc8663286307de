// Calls functions of the translator's runtime (zotero_translator/runtime/*.js) for the Python
// tests that compare them with bibkit: stdin {"files": ["crf.js", ...], "tables": {name: json},
// "calls": [["functionName", [arg, ...]], ...]}, stdout the results as a JSON array.
// The runtime reads bibkit's data tables through bibkitTable(name), which the translator's build
// defines over its embedded tables and this runner over the tables it is given. An argument that
// is the string "$TABLES" stands for the object of all tables (for functions that take it).

import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";

const runtime = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "runtime");
const input = JSON.parse(fs.readFileSync(0, "utf8"));
const context = vm.createContext({ tables: input.tables || {} });
vm.runInContext("function bibkitTable(name) { return tables[name]; }", context);
for (const file of input.files) {
	vm.runInContext(fs.readFileSync(path.join(runtime, file), "utf8"), context, { filename: file });
}
context.calls = input.calls;
const results = vm.runInContext(
	"calls.map(([name, args]) => { const f = globalThis[name] || eval(name); "
	+ "return f(...args.map(a => (a === '$TABLES' ? tables : a))); })",
	context
);
process.stdout.write(JSON.stringify(results === undefined ? null : results));
