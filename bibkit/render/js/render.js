'use strict';
// bibkit's bridge to citeproc-js: read one JSON request on stdin, write one JSON answer on stdout.
// With --serve: one request per line, one answer per line ({"answer": …} or {"error": message}),
// so that many renderings share one node and one loaded citeproc-js (bibkit's tests, batches).
//
// Request:  {style: CSL XML, lang: "tr-TR" | null, localesDir: dir of locales-xx-XX.xml,
//            format: "text" | "html" | "markdown", items: [CSL-JSON], citations: [CSL citation
//            objects in note order], bibliography: bool}
// Answer:   {styleClass, lang, citations: [{citationID, noteIndex, text, positions, error}],
//            bibliography: {entries: [{id, text}], error} | null, warnings: [str]}
//
// Citations go through processCitationCluster one at a time, in note order, each with the ones
// before it as citationsPre: that is how a word processor feeds citeproc-js, so the style's
// first/subsequent/ibid logic sees the article's real sequence, and a citation that throws is
// reported without losing the others.

const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const POSITIONS = ['first', 'subsequent', 'ibid', 'ibid-with-locator', 'subsequent'];

// Markdown output: the plain-text format with emphasis as Markdown and Markdown's own
// punctuation escaped, so a title holding `*` or `_` cannot turn into emphasis.
function markdownFormat() {
  const fmt = Object.assign({}, CSL.Output.Formats.text);
  fmt.text_escape = (text) => (text || '').replace(/([\\`*_<])/g, '\\$1');
  fmt['@font-style/italic'] = '*%%STRING%%*';
  fmt['@font-style/oblique'] = '*%%STRING%%*';
  fmt['@font-weight/bold'] = '**%%STRING%%**';
  fmt['@vertical-align/sup'] = '<sup>%%STRING%%</sup>';
  fmt['@vertical-align/sub'] = '<sub>%%STRING%%</sub>';
  return fmt;
}

function makeEngine(req, items) {
  const sys = {
    retrieveLocale(lang) {
      try {
        return fs.readFileSync(path.join(req.localesDir, `locales-${lang}.xml`), 'utf8');
      } catch (e) {
        return false;
      }
    },
    retrieveItem(id) {
      return items.get(String(id));
    },
  };
  if (req.format === 'markdown') {
    CSL.Output.Formats.markdown = markdownFormat();
  }
  // forceLang only when the user chose a locale: otherwise the style's default-locale wins.
  const engine = new CSL.Engine(sys, req.style, req.lang || undefined, Boolean(req.lang));
  engine.setOutputFormat(req.format);
  return engine;
}

function positionsOf(engine, citationID) {
  const entry = engine.registry.citationreg.citationById[citationID];
  if (!entry || !entry.sortedItems) {
    return [];
  }
  return entry.sortedItems.map(([, item]) => ({
    id: String(item.id),
    position: item.position === undefined ? null : POSITIONS[item.position] || String(item.position),
  }));
}

// citeproc-js upper-cases with the cited work's language first (CSL.citeStart), so under an
// English locale a Turkish work's "ibid." comes out with a dotted "İ". The term belongs to the
// locale, so it is cased by the locale's rules.
function fixTermCase(engine, text) {
  const lang = String(engine.opt.lang || '').split('-')[0];
  const term = engine.getTerm('ibid');
  if (!text || lang === 'tr' || lang === 'az' || !term || term[0] !== 'i') {
    return text;
  }
  return text.split('\u0130' + term.slice(1)).join('I' + term.slice(1));
}

function renderCitations(engine, citations) {
  const texts = new Map();
  const errors = new Map();
  const done = [];
  for (const citation of citations) {
    try {
      const [status, updates] = engine.processCitationCluster(citation, done, []);
      for (const [, text, citationID] of updates) {
        texts.set(citationID, text);
      }
      for (const err of (status && status.citation_errors) || []) {
        errors.set(citation.citationID, err.message || String(err));
      }
      done.push([citation.citationID, citation.properties.noteIndex]);
    } catch (e) {
      errors.set(citation.citationID, e && e.message ? e.message : String(e));
    }
  }
  return citations.map((c) => ({
    citationID: c.citationID,
    noteIndex: c.properties.noteIndex,
    text: texts.has(c.citationID) ? fixTermCase(engine, texts.get(c.citationID)) : null,
    positions: positionsOf(engine, c.citationID),
    error: errors.get(c.citationID) || null,
  }));
}

function renderBibliography(engine, items) {
  // The article's bibliography lists every record, cited in a note or not.
  const cited = new Set(Object.keys(engine.registry.registry));
  engine.updateUncitedItems([...items.keys()].filter((id) => !cited.has(id)));
  let result;
  try {
    result = engine.makeBibliography();
  } catch (e) {
    return { entries: [], error: e && e.message ? e.message : String(e) };
  }
  if (!result) {
    return null; // the style has no <bibliography>
  }
  const [params, entries] = result;
  return {
    entries: entries.map((text, i) => ({ id: String(params.entry_ids[i][0]), text: text.trim() })),
    error: null,
  };
}

function render(req) {
  const items = new Map(req.items.map((item) => [String(item.id), item]));
  const warnings = [];
  // citeproc-js reports style and data problems through console.log; keep stdout for the answer.
  console.log = (...args) => warnings.push(args.join(' '));
  const engine = makeEngine(req, items);
  return {
    styleClass: engine.opt.class,
    lang: engine.opt.lang,
    citations: renderCitations(engine, req.citations),
    bibliography: req.bibliography ? renderBibliography(engine, items) : null,
    warnings,
  };
}

function serve() {
  const lines = require('readline').createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    let reply;
    try {
      reply = { answer: render(JSON.parse(line)) };
    } catch (e) {
      // The one-shot mode's stderr: citeproc-js's message as an "Error: …" line.
      reply = { error: `Error: ${e && e.message ? e.message : String(e)}` };
    }
    process.stdout.write(JSON.stringify(reply) + '\n');
  });
}

if (process.argv.includes('--serve')) {
  serve();
} else {
  process.stdout.write(JSON.stringify(render(JSON.parse(fs.readFileSync(0, 'utf8')))));
}
