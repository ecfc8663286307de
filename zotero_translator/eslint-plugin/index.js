"use strict";

// A Zotero translator starts with a bare JSON object (its header) and ends with
// "var testCases = [...]" written as JSON without a semicolon, neither of which is
// ordinary JavaScript style. zotero/translators lints them with its own plugin
// (.ci/eslint-plugin-zotero-translator), which is not published; this processor does the
// same thing as its processor.js: the header is wrapped in parentheses so that it parses as an
// expression, and the messages ESLint gives for the header and the JSON test cases are dropped.

const headers = new Map();

function findBlocks(text) {
	const lines = text.split("\n");
	const headerEnd = text.startsWith("{") ? lines.indexOf("}") + 1 : 0;
	const testStart = lines.findIndex(line => line.startsWith("/** BEGIN TEST CASES **/"));
	const testEnd = lines.findIndex(line => line.startsWith("/** END TEST CASES **/"));
	return {
		headerEnd, // 1-based line of the header's closing brace (0: no header)
		headerLength: headerEnd ? lines.slice(0, headerEnd).join("\n").length : 0,
		testStart: testStart + 1,
		testEnd: testEnd + 1,
	};
}

module.exports = {
	processors: {
		translator: {
			preprocess(text, filename) {
				const blocks = findBlocks(text);
				headers.set(filename, blocks);
				if (!blocks.headerEnd) return [text];
				const header = text.slice(0, blocks.headerLength);
				return [`(${header});${text.slice(blocks.headerLength)}`];
			},
			postprocess(messages, filename) {
				const blocks = headers.get(filename);
				const adjust = (position) => {
					if (position > blocks.headerLength + 1) return position - 3; // "(" and ");"
					if (position > 0) return position - 1;
					return position;
				};
				return [].concat(...messages).filter((m) => {
					if (!m.ruleId) return true;
					if (m.line <= blocks.headerEnd) return !["no-unused-expressions", "quote-props", "semi"].includes(m.ruleId);
					if (blocks.testStart && m.line >= blocks.testStart && m.line <= blocks.testEnd) {
						return !["semi", "quote-props", "lines-around-comment"].includes(m.ruleId);
					}
					return true;
				}).map((m) => {
					if (m.fix && blocks.headerEnd) m.fix.range = m.fix.range.map(adjust);
					return m;
				});
			},
			supportsAutofix: true,
		},
	},
};
