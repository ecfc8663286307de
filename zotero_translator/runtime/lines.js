/*
	Labelled lines → notes and list entries: bibkit/find/lines.py (assemble, Block.add, line_glue).

	A note or entry starts at a note-start/ref-start line, whose marker readMarker reads, and runs
	on over its *-cont lines (also across page furniture and body text). Lines join as line_glue
	says: a hyphen at a line end before a small letter is dropped, number and code ranges and cut
	URLs join without a space, all else with one. The translator needs each block's text and first
	line; bibkit also keeps the pieces for its spans, which no Zotero item has a field for.
	Offsets here are UTF-16 units (JavaScript slices); every test on characters is Python's.
*/

/* global firstChar, cpSlice, isAlpha, isAlnum, isUpper, isLower, isDigit, isPySpace, pyRegex, pySplit, pyRstrip, readMarker */

const LINE_PATTERNS = {
	urlTail: String.raw`(?:https?://|www\.)\S*$`,
	codeTail: String.raw`(?<![\w.])[A-ZÇĞİÖŞÜ]{1,6}\.$`,
	codeHead: String.raw`^[A-ZÇĞİÖŞÜ]{2,}[.,]`,
	urlPart: String.raw`[/=_?&%\d]`,
};
const LINE_STARTS = { "note-start": "note", "ref-start": "ref" };
const LINE_CONTINUATIONS = { "note-cont": "note", "ref-cont": "ref" };

/** line_glue: [characters to drop from first's end, separator] for two lines of one text. */
function lineGlue(first, second) {
	if (!first || !second) return [0, ""];
	const tail = Array.from(cpSlice(first, -80));
	const last = tail[tail.length - 1];
	const head = firstChar(second);
	if (last === "-" && tail.length > 1) {
		const before = tail[tail.length - 2];
		if (
			isAlpha(before)
			&& isLower(head)
			&& !(isUpper(before) && tail.length > 2 && !isAlnum(tail[tail.length - 3]))
		) {
			return [1, ""];
		}
		if (
			(isDigit(before) || ("RР".includes(before) && (tail.length < 3 || !isAlnum(tail[tail.length - 3]))))
			&& isDigit(head)
		) {
			return [0, ""];
		}
	}
	const tailText = tail.join("");
	const word = tailText.slice(tailText.lastIndexOf(" ") + 1);
	if (pyRegex(LINE_PATTERNS.urlTail).test(word) && !isUpper(head) && !second.startsWith("(") && !second.startsWith("[")) {
		// A URL continues when it was cut after a separator or the next token looks like a URL part.
		// second.split(None, 1)[0]: second holds more than whitespace (Block.add strips it).
		const token = pySplit(second)[0] || "";
		if ("/-_=.?&".includes(last) || pyRegex(LINE_PATTERNS.urlPart).test(token)) return [0, ""];
	}
	if (pyRegex(LINE_PATTERNS.codeTail).test(tailText) && pyRegex(LINE_PATTERNS.codeHead).test(second)) {
		return [0, ""];
	}
	return [0, " "];
}

/** Block.add: characters start… of a source line, trimmed, joined to the block's text. */
function addToBlock(block, text, start) {
	const end = pyRstrip(text).length;
	while (start < end && isPySpace(text[start])) start++;
	if (start >= end) return;
	const chunk = text.slice(start, end);
	if (block.text) {
		// Python glues to its last part, the previous line's chunk, not to the whole text so far.
		const [drop, separator] = lineGlue(block.last, chunk);
		// Only an ASCII hyphen is ever dropped: one UTF-16 unit.
		if (drop) block.text = block.text.slice(0, -drop);
		block.text += separator;
	}
	block.text += chunk;
	block.last = chunk;
}

/**
 * assemble: the notes and entries of labelled lines, in order of their first line, each
 * { kind: "note"|"ref", marker, line (0-based), text, last (its last line's part) }. A *-cont line joins the last block of its
 * kind, even across body text; one with no block before it starts a block.
 */
function assembleBlocks(lines, labels, data) {
	const blocks = [];
	const last = {};
	lines.forEach((line, number) => {
		const label = labels[number];
		let kind = LINE_STARTS[label];
		if (kind !== undefined) {
			const marker = readMarker(line, data);
			const block = { kind, marker, line: number, text: "", last: "" };
			addToBlock(block, line, marker ? marker.end : 0);
			blocks.push(block);
			last[kind] = block;
			return;
		}
		kind = LINE_CONTINUATIONS[label];
		if (kind === undefined) return;
		let block = last[kind];
		if (block === undefined) {
			block = { kind, marker: null, line: number, text: "", last: "" };
			blocks.push(block);
			last[kind] = block;
		}
		// A continuation printed as a new list item after a page break keeps no bullet.
		const bullet = readMarker(line, data);
		addToBlock(block, line, bullet && bullet.kind === "bullet" ? bullet.end : 0);
	});
	return blocks;
}
