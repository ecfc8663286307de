/*
	Decoding with a bibkit model: the linear-chain CRF that python-crfsuite trained, as
	bibkit.crf.Model.weights exports it (labels in CRFsuite's id order, transitions[from][to],
	attributes[name][value] = [label id, weight × scale, label id, weight × scale, ...] for the
	attribute "name:value"; the weights are integers, and one division gives back the doubles
	Python reads from CRFsuite's 6-decimal dump).

	This is CRFsuite's own Viterbi (crf1d_context.c): a label's score at a position is the sum of
	the weights its attributes give it, there are no start or end transitions, and of equal scores
	the lowest label id wins (a strict comparison in a loop over ids in order).
*/

/** The flat [label id, weight × scale, …] of attribute "name:value", or null. */
function crfWeights(model, attribute) {
	const colon = attribute.indexOf(":");
	const name = colon < 0 ? attribute : attribute.slice(0, colon);
	if (!Object.prototype.hasOwnProperty.call(model.attributes, name)) return null;
	const values = model.attributes[name];
	const value = colon < 0 ? "" : attribute.slice(colon + 1);
	return Object.prototype.hasOwnProperty.call(values, value) ? values[value] : null;
}

/**
 * The best label sequence for a sequence of attribute lists (arrays of "name:value" strings),
 * by a model as bibkit.crf.Model.weights exports it. The weights are read where they are, not
 * copied: Zotero loads the translator afresh for each detection, and copying 56,000 weights cost
 * more than labelling a pasted list.
 */
function crfTag(model, sequence) {
	const size = model.labels.length;
	const steps = sequence.length;
	if (!steps) return [];
	const back = [];
	let previous = null;
	for (let t = 0; t < steps; t++) {
		const state = new Float64Array(size);
		for (const attribute of sequence[t]) {
			const flat = crfWeights(model, attribute);
			if (!flat) continue;
			// A division, not a product with 1 / scale: it gives back exactly the double Python reads.
			for (let k = 0; k < flat.length; k += 2) state[flat[k]] += flat[k + 1] / model.scale;
		}
		if (!previous) {
			previous = state;
			continue;
		}
		const current = new Float64Array(size);
		const from = new Int32Array(size);
		for (let j = 0; j < size; j++) {
			let best = -Infinity;
			let argmax = 0;
			for (let i = 0; i < size; i++) {
				const score = previous[i] + model.transitions[i][j];
				if (best < score) {
					best = score;
					argmax = i;
				}
			}
			current[j] = best + state[j];
			from[j] = argmax;
		}
		back.push(from);
		previous = current;
	}
	let last = 0;
	for (let j = 1; j < size; j++) {
		if (previous[last] < previous[j]) last = j;
	}
	const path = [last];
	for (let t = back.length - 1; t >= 0; t--) {
		last = back[t][last];
		path.push(last);
	}
	path.reverse();
	return path.map(id => model.labels[id]);
}
