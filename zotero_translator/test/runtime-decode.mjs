// Decodes sequences with the translator's CRF runtime, for the Python tests that compare it with
// python-crfsuite: stdin {"model": exported weights, "sequences": [[[attribute, ...], ...], ...]},
// stdout the label sequences as JSON.

import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const context = vm.createContext({});
vm.runInContext(fs.readFileSync(path.join(here, "..", "runtime", "crf.js"), "utf8"), context);
const input = JSON.parse(fs.readFileSync(0, "utf8"));
context.input = input;
const labels = vm.runInContext("input.sequences.map(s => crfTag(input.model, s))", context);
process.stdout.write(JSON.stringify(labels));
