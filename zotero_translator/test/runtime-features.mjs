// The finder's line features computed by the translator runtime (runtime/text.js and
// runtime/finder_features.js), for tests/test_runtime_features.py to compare with Python's.
//
// stdin:  {"data": {table name: parsed bibkit/data JSON, …}, "documents": [{"id": …, "lines": […]}, …]}
// stdout: {id: {"index": […], "features": [[…], …]}, …}
//
// With --unicode (no stdin): how the runtime reads every code point (surrogates aside), for the
// test to compare with Python's str methods and re: {"classes": {name: [[first, last], …]},
// "fold": {code point: fold(character)} where it changes, "int": {code point: value} for Nd}.
//
// The runtime files are plain scripts (they are inlined into the translator later), so they are
// evaluated, as they are, in one vm context, and finderFeatures is read from it.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const RUNTIME = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "runtime");
const FILES = ["text.js", "finder_features.js"];

/** A vm context with the runtime files evaluated in it, in order. */
export function loadRuntime() {
	const context = vm.createContext({});
	for (const name of FILES) {
		const file = path.join(RUNTIME, name);
		vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
	}
	return context;
}

function main() {
	const input = JSON.parse(fs.readFileSync(0, "utf8"));
	const context = loadRuntime();
	// JSON parsed in this realm is handed to the context's function as is (plain data).
	const finderFeatures = vm.runInContext("finderFeatures", context);
	const out = {};
	for (const doc of input.documents) {
		const { index, features } = finderFeatures(doc.lines, input.data);
		out[doc.id] = { index: Array.from(index), features: Array.from(features, f => Array.from(f)) };
	}
	process.stdout.write(JSON.stringify(out));
}

/** Runs of consecutive code points for which test holds, as [first, last] pairs. */
function ranges(test) {
	const out = [];
	for (let cp = 0; cp < 0x110000; cp++) {
		if (cp >= 0xd800 && cp <= 0xdfff) continue;
		if (!test(String.fromCodePoint(cp))) continue;
		const last = out[out.length - 1];
		if (last && (last[1] === cp - 1 || (last[1] === 0xd7ff && cp === 0xe000))) last[1] = cp;
		else out.push([cp, cp]);
	}
	return out;
}

function unicode() {
	const rt = loadRuntime();
	const get = name => vm.runInContext(name, rt);
	const [pyRegex, pyStrip, isAlpha, isUpper, isDigit, isDecimal, fold, pyInt] = [
		"pyRegex", "pyStrip", "isAlpha", "isUpper", "isDigit", "isDecimal", "fold", "pyInt",
	].map(get);
	const regex = source => pyRegex(`^${source}$`);
	const classes = {
		strip: ch => pyStrip(ch) === "",
		reSpace: ch => regex(String.raw`\s`).test(ch),
		reNonSpace: ch => regex(String.raw`\S`).test(ch),
		reWord: ch => regex(String.raw`\w`).test(ch),
		reNonWord: ch => regex(String.raw`\W`).test(ch),
		reDecimal: ch => regex(String.raw`\d`).test(ch),
		reLetter: ch => regex(String.raw`[^\W\d_]`).test(ch),
		isalpha: isAlpha,
		isupper: isUpper,
		isdigit: isDigit,
		isdecimal: isDecimal,
	};
	const out = { classes: {}, fold: {}, int: {} };
	for (const [name, test] of Object.entries(classes)) out.classes[name] = ranges(test);
	for (let cp = 0; cp < 0x110000; cp++) {
		if (cp >= 0xd800 && cp <= 0xdfff) continue;
		const ch = String.fromCodePoint(cp);
		if (fold(ch) !== ch) out.fold[cp] = fold(ch);
		if (isDecimal(ch)) out.int[cp] = Number(pyInt(ch));
	}
	process.stdout.write(JSON.stringify(out));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	if (process.argv.includes("--unicode")) unicode();
	else main();
}
