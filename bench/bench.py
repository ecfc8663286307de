"""bibkit's speed and scale: throughput, peak memory and the time of every stage, by input size.

    .venv/bin/python bench/bench.py                 # 1k, 10k, 100k and 1M entries (about 45 minutes)
    .venv/bin/python bench/bench.py --quick         # 1k and 10k only
    .venv/bin/python bench/bench.py --sizes 1000,5000 --skip-cli --skip-jobs --no-profile

Workloads (inputs from bench/generate.py, seeded, so every run reads the same bytes):

* reference lists: N entries, one a line, in documents of at most --doc-entries entries;
* articles: N notes in Markdown articles of about 40 notes each, with their reference lists;
* one growing document: a single article with 250 … 2000 notes (growth inside one document);
* the command line: ``bibkit --help`` and ``bibkit parse references/korkmaz2018.md``;
* ``--jobs``: 200 generated articles parsed with 1 and 2 worker processes.

Each size runs in a fresh process, so its peak memory is its own. Stages are the library's
functions called as bibkit.pipeline calls them: read = bibkit.read.decode, segment =
bibkit.find.find (the finder), parse = bibkit.parse.label.parse_entry / parse_note (labeller + rules),
resolve = bibkit.resolve.resolve, merge = bibkit.merge.merge + bibkit.keys.assign_ids, export =
bibkit.export.write_file for each format, into a temporary directory. Above --parse-cap items, parse (and, for articles, every
per-document stage) runs on the first --parse-cap items and is extrapolated (marked ``~``);
merging and export always run for real on the full number of records, built by replicating the
parsed records with varied names, titles and archival numbers.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import math
import os
import platform
import pstats
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generate as gen  # noqa: E402

from bibkit.collector import cycles_unchecked  # noqa: E402
from bibkit.export import FORMATS  # noqa: E402
from bibkit.export import write as export_write  # noqa: E402
from bibkit.export import write_file as export_file  # noqa: E402
from bibkit.find import find as segment  # noqa: E402  (the finder: line model and assembly)
from bibkit.keys import assign_ids  # noqa: E402
from bibkit.merge import merge  # noqa: E402
from bibkit.model import Mention, Name, Record  # noqa: E402
from bibkit.parse.label import parse_entry, parse_note  # noqa: E402
from bibkit.read import decode  # noqa: E402
from bibkit.resolve import resolve  # noqa: E402

DEFAULT_SIZES = (1_000, 10_000, 100_000, 1_000_000)
QUICK_SIZES = (1_000, 10_000)
NOTES_PER_ARTICLE = 40
STAGES = ("read", "segment", "parse", "resolve", "merge", "ids", "export")

# --------------------------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------------------------


class Clock:
    """Seconds spent per stage, summed over calls."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start


def _status_kib(field: str) -> int | None:
    """A field of /proc/self/status in KiB (VmRSS, VmHWM), or None off Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


class Peaks:
    """Peak resident memory of the whole process and of single stages.

    Linux: VmHWM of /proc/self/status, reset per stage with ``clear_refs`` (5), the running
    maximum kept across resets. (getrusage's maxrss is not used on Linux: a child inherits its
    parent's high-water mark across fork and exec.) Elsewhere: getrusage, no stage peaks.
    """

    def __init__(self) -> None:
        self.linux = _status_kib("VmHWM") is not None
        self.overall_kib = 0
        self.stage_mib: dict[str, float] = {}

    def _hwm(self) -> int:
        return _status_kib("VmHWM") or 0

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Record the peak RSS while the block runs (including memory already held)."""
        can_reset = self.linux and self._reset()
        try:
            yield
        finally:
            if can_reset:
                hwm = self._hwm()
                self.overall_kib = max(self.overall_kib, hwm)
                self.stage_mib[name] = max(self.stage_mib.get(name, 0.0), hwm / 1024)

    def _reset(self) -> bool:
        self.overall_kib = max(self.overall_kib, self._hwm())
        try:
            Path("/proc/self/clear_refs").write_text("5")
            return True
        except OSError:
            return False

    def overall_mib(self) -> float:
        """The process's peak RSS since it started, in MiB."""
        if self.linux:
            return max(self.overall_kib, self._hwm()) / 1024
        maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


# --------------------------------------------------------------------------------------------
# Records at scale: the parsed sample replicated with varied fields
# --------------------------------------------------------------------------------------------

_SUFFIXES = (
    "ov",
    "oğlu",
    "son",
    "ski",
    "er",
    "man",
    "zade",
    "yan",
    "enko",
    "can",
    "ić",
    "escu",
    "el",
    "in",
    "soy",
    "berg",
)
_PREFIXES = ("Yeni", "Kısa", "Büyük", "Genel", "Ana", "Eski", "Yakın", "Uzak", "Öteki", "Son", "İlk", "Orta")
_RESPELL = {"Moskva": "Moskova", "Moscow": "Moskva", "İstanbul": "Istanbul", "Leningrad": "Leningrad"}
DUPLICATE_SHARE = 0.2


def _tag(copy: int, table: tuple[str, ...]) -> str:
    """A distinct tag for copy 1, 2, … (two syllables once one runs out)."""
    k = copy - 1
    return table[k % len(table)] + (table[k // len(table) - 1] if k >= len(table) else "")


def _distinct_copy(record: Record, copy: int) -> Record:
    """Another work like ``record``: the first author's surname, the title or the file number differ."""
    new = replace(record, id="", custom=dict(record.custom))
    if record.locator is not None:
        levels = list(record.locator.levels)
        label, value = levels[min(2, len(levels) - 1)]
        levels[min(2, len(levels) - 1)] = (label, f"{value}{_tag(copy, _SUFFIXES)}")
        new.locator = replace(record.locator, levels=tuple(levels))
        new.archive_location = new.locator.canonical()
        return new
    names = record.author or record.editor
    if names:
        first = names[0]
        renamed = Name(first.family + _tag(copy, _SUFFIXES), first.given, first.literal)
        if record.author:
            new.author = [renamed, *record.author[1:]]
        else:
            new.editor = [renamed, *record.editor[1:]]
    else:
        new.title = f"{_tag(copy, _PREFIXES)} {record.title}"
    return new


def _respelled(record: Record, rng: random.Random) -> Record:
    """The same work as another document prints it (case, place spelling, note vs list)."""
    new = replace(record, id="", custom=dict(record.custom))
    if record.title and rng.random() < 0.5:
        new.title = record.title.lower() if rng.random() < 0.5 else record.title.upper()
    new.publisher_place = _RESPELL.get(record.publisher_place, record.publisher_place)
    if rng.random() < 0.5:
        new.source = "note"
    return new


def replicate(records: list[Record], n: int, seed: int) -> list[Record]:
    """``n`` records: ``records`` first, then copies — a :data:`DUPLICATE_SHARE` of them the same
    work respelled (merging must join them), the rest distinct works of the same shape."""
    rng = random.Random(seed)
    out = list(records)
    copy = 0
    while len(out) < n and records:
        copy += 1
        for record in records:
            if len(out) >= n:
                break
            out.append(
                _respelled(record, rng) if rng.random() < DUPLICATE_SHARE else _distinct_copy(record, copy)
            )
    return out


# --------------------------------------------------------------------------------------------
# Workloads (run in a worker process)
# --------------------------------------------------------------------------------------------


def _merge_and_export(
    records: list[Record], clock: Clock, peaks: Peaks, formats: tuple[str, ...]
) -> dict[str, Any]:
    """Merge ``records``, give them ids and write every export format, with each stage's peak RSS."""
    gc.collect()
    before = _status_kib("VmRSS")
    with peaks.stage("merge"), clock.stage("merge"):
        merged, _ = merge(records)
    with peaks.stage("ids"), clock.stage("ids"):
        merged = assign_ids(merged)
    sizes: dict[str, int] = {}
    # Exports go to a file, as ``bibkit export -o FILE`` writes them: in pieces, never whole.
    with tempfile.TemporaryDirectory(prefix="bibkit-bench-export-") as out_dir:
        for name in formats:
            target = Path(out_dir) / f"export{FORMATS[name].suffix}"
            with peaks.stage(f"export:{name}"), clock.stage(f"export:{name}"):
                export_file(name, merged, target)
            sizes[name] = target.stat().st_size
            target.unlink()
    clock.seconds["export"] = sum(v for k, v in clock.seconds.items() if k.startswith("export:"))
    return {
        "records": len(records),
        "merged": len(merged),
        "rss_before_merge_mib": before / 1024 if before else None,
        "merge_peak_rss_mib": peaks.stage_mib.get("merge"),
        "stage_peak_rss_mib": peaks.stage_mib,
        "export_bytes": sizes,
    }


def run_list(spec: dict[str, Any]) -> dict[str, Any]:
    """Reference-list workload over the documents in ``spec["dir"]``."""
    files = sorted(Path(spec["dir"]).glob("*.txt"))
    cap, n = spec["parse_cap"], spec["n"]
    clock = Clock()
    peaks = Peaks()
    records: list[Record] = []
    entries_seen = 0
    _warm_up()
    with peaks.stage("read+segment+parse"):
        _read_segment_parse(files, cap, clock, records, counter := [0])
    entries_seen = counter[0]
    parsed = len(records)
    with clock.stage("resolve"):
        resolution = resolve([], records)
    assert not resolution.targets
    extrapolated = entries_seen > parsed
    if extrapolated:
        clock.seconds["parse_measured"] = clock.seconds["parse"]
        clock.seconds["parse"] *= entries_seen / parsed
        with peaks.stage("replicate"):
            records = replicate(records, entries_seen, spec["seed"])
    out = _merge_and_export(records, clock, peaks, tuple(spec["formats"]))
    out.update(
        warm_up=_warm_up(),
        workload="list",
        n=n,
        entries=entries_seen,
        parsed=parsed,
        extrapolated=extrapolated,
        documents=len(files),
        seconds=clock.seconds,
        peak_rss_mib=peaks.overall_mib(),
    )
    return out


def _read_segment_parse(
    files: list[Path], cap: int, clock: Clock, records: list[Record], counter: list[int]
) -> None:
    """Read, segment and parse list documents (parse stops at ``cap`` records); counts entries."""
    for path in files:
        data = path.read_bytes()
        # bibkit.pipeline.parse_decoded runs a document's stages with the cyclic collector paused.
        with cycles_unchecked():
            with clock.stage("read"):
                text = decode(data, str(path)).text
            del data
            with clock.stage("segment"):
                seg = segment(text)
            counter[0] += len(seg.entries)
            todo = seg.entries[: max(0, cap - len(records))]
            with clock.stage("parse"):
                for entry in todo:
                    records.append(parse_entry(entry.text, line=entry.line, source="list"))
            del seg, text


def run_articles(spec: dict[str, Any]) -> dict[str, Any]:
    """Articles workload: every per-document stage per article, then merging across the corpus."""
    files = sorted(Path(spec["dir"]).glob("*.md"))
    clock = Clock()
    peaks = Peaks()
    peaks._reset()
    corpus: list[Record] = []
    notes = entries = mentions_total = 0
    _warm_up()
    for path in files:
        data = path.read_bytes()
        with cycles_unchecked():  # as bibkit.pipeline.parse_decoded runs a document
            with clock.stage("read"):
                text = decode(data, str(path)).text
            with clock.stage("segment"):
                seg = segment(text)
            with clock.stage("parse_entries"):
                listed = [parse_entry(e.text, line=e.line, source="list") for e in seg.entries]
            mentions: list[Mention] = []
            with clock.stage("parse_notes"):
                for note in seg.notes:
                    mentions.extend(parse_note(note).mentions)
            with clock.stage("resolve"):
                resolution = resolve(mentions, listed)
            with clock.stage("doc_merge"):
                merged, _ = merge(resolution.works)
                merged = assign_ids(merged)
        corpus.extend(merged)
        notes += len(seg.notes)
        entries += len(seg.entries)
        mentions_total += len(mentions)
    clock.seconds["parse"] = clock.seconds.get("parse_entries", 0.0) + clock.seconds.get("parse_notes", 0.0)
    extrapolated = spec["n"] > spec["parse_cap"] and notes < spec["n"]
    factor = spec["n"] / notes if extrapolated else 1.0
    per_document = ("read", "segment", "parse_entries", "parse_notes", "parse", "resolve", "doc_merge")
    if extrapolated:
        for key in per_document:
            clock.seconds[key + "_measured"] = clock.seconds.get(key, 0.0)
            clock.seconds[key] = clock.seconds.get(key, 0.0) * factor
    peaks.stage_mib["documents"] = peaks.overall_mib()
    if extrapolated:
        with peaks.stage("replicate"):
            corpus = replicate(corpus, round(len(corpus) * factor), spec["seed"])
    # Documents' own merges are part of parsing them; "merge" is the merge across the corpus.
    out = _merge_and_export(corpus, clock, peaks, tuple(spec["formats"]))
    out.update(
        warm_up=_warm_up(),
        workload="articles",
        n=spec["n"],
        notes=round(notes * factor),
        entries=round(entries * factor),
        parsed_notes=notes,
        parsed_entries=entries,
        mentions=mentions_total,
        documents=len(files),
        extrapolated=extrapolated,
        seconds=clock.seconds,
        peak_rss_mib=peaks.overall_mib(),
    )
    return out


def run_one_document(spec: dict[str, Any]) -> dict[str, Any]:
    """One article of ``spec["n"]`` notes: growth of each stage inside a single document."""
    text = gen.article(spec["n"], spec["seed"], "traditional").text
    clock = Clock()
    _warm_up()
    with cycles_unchecked():  # as bibkit.pipeline.parse_decoded runs a document
        with clock.stage("read"):
            text = decode(text.encode("utf-8")).text
        with clock.stage("segment"):
            seg = segment(text)
        with clock.stage("parse"):
            listed = [parse_entry(e.text, line=e.line, source="list") for e in seg.entries]
            mentions = [m for note in seg.notes for m in parse_note(note).mentions]
        with clock.stage("resolve"):
            resolution = resolve(mentions, listed)
        with clock.stage("merge"):
            merged, _ = merge(resolution.works)
        with clock.stage("ids"):
            assign_ids(merged)
    return {
        "workload": "document",
        "n": spec["n"],
        "notes": len(seg.notes),
        "entries": len(seg.entries),
        "mentions": len(mentions),
        "seconds": clock.seconds,
    }


WARM_UP: dict[str, float] = {}


def _warm_up() -> dict[str, float]:
    """Load bibkit's tables, compile its patterns and fill its caches once, outside the timed
    stages (on other generated inputs); returns the seconds this first use took per stage."""
    if WARM_UP:
        return WARM_UP
    clock = Clock()
    sample = gen.reference_list(300, seed=999_999)
    with clock.stage("parse"):
        records = [parse_entry(item.text) for item in sample.entries]
    for k in range(3):
        text = gen.article(40, seed=999_990 + k, style=gen.ARTICLE_STYLES[k]).text
        with clock.stage("segment"):
            seg = segment(text)
        with clock.stage("parse"):
            mentions = [m for note in seg.notes for m in parse_note(note).mentions]
        with clock.stage("resolve"):
            resolve(mentions, [parse_entry(e.text) for e in seg.entries])
    with clock.stage("merge"):
        merged, _ = merge(records)
        merged = assign_ids(merged)
    for name in FORMATS:
        with clock.stage("export"):
            export_write(name, merged)
    WARM_UP.update(clock.seconds)
    return WARM_UP


def run_profile(spec: dict[str, Any]) -> dict[str, Any]:
    """cProfile of parse on the ``n``-entry list and the ``n``-note articles, and of resolve on one
    document of ``resolve_notes`` notes (top functions by self and by cumulative time)."""
    n, seed, top = spec["n"], spec["seed"], spec["top"]
    entries = [e.text for e in gen.reference_list(n, seed).entries]
    notes = []
    for art in gen.articles(math.ceil(n / NOTES_PER_ARTICLE), NOTES_PER_ARTICLE, seed):
        notes.extend(segment(art.text).notes)
        if len(notes) >= n:
            break
    notes = notes[:n]
    document = segment(gen.article(spec["resolve_notes"], seed, "traditional").text)
    listed = [parse_entry(e.text) for e in document.entries]
    mentions = [m for note in document.notes for m in parse_note(note).mentions]
    _warm_up()
    out: dict[str, Any] = {}
    for label, func in (
        ("parse_entry", lambda: [parse_entry(t) for t in entries]),
        ("parse_note", lambda: [parse_note(x) for x in notes]),
        ("resolve", lambda: resolve(mentions, listed)),
    ):
        profiler = cProfile.Profile()
        profiler.enable()
        func()
        profiler.disable()
        stats = pstats.Stats(profiler, stream=io.StringIO())
        total = sum(row[2] for row in stats.stats.values())  # type: ignore[attr-defined]
        rows = []
        for (filename, line, name), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
            rows.append(
                {
                    "function": f"{_short_path(filename)}:{line}({name})",
                    "ncalls": ncalls,
                    "tottime": tottime,
                    "cumtime": cumtime,
                }
            )
        own = sorted(
            (r for r in rows if r["function"].startswith("bibkit/")), key=lambda r: r["cumtime"], reverse=True
        )
        rows.sort(key=lambda r: r["tottime"], reverse=True)
        out[label] = {
            "items": {"parse_entry": len(entries), "parse_note": len(notes), "resolve": len(mentions)}[label],
            "total": total,
            "top": rows[:top],
            "top_cumulative": own[:top],
        }
    return out


def _short_path(filename: str) -> str:
    if filename == "~":
        return "built-in"
    if filename.startswith(str(ROOT)):
        return filename[len(str(ROOT)) + 1 :]
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1]
    return re.sub(r".*/lib/python3\.\d+/", "", filename)


WORKERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "list": run_list,
    "articles": run_articles,
    "document": run_one_document,
    "profile": run_profile,
}


def in_worker(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one workload in a fresh interpreter and return its JSON result."""
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", json.dumps(spec)],
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------------------------
# Inputs on disk
# --------------------------------------------------------------------------------------------


def write_list_documents(n: int, seed: int, doc_entries: int, directory: Path) -> dict[str, int]:
    """The ``n``-entry list as documents of at most ``doc_entries`` entries; returns its truth."""
    generated = gen.reference_list(n, seed)
    directory.mkdir(parents=True, exist_ok=True)
    texts = [e.text for e in generated.entries]
    for k in range(0, n, doc_entries):
        body = "\n".join(texts[k : k + doc_entries]) + "\n"
        (directory / f"list{k // doc_entries:04d}.txt").write_text(body, encoding="utf-8")
    return {"entries": n, "distinct_works": generated.distinct_works}


def write_articles(n_notes: int, seed: int, cap: int, directory: Path) -> int:
    """Articles totalling ``n_notes`` notes (only the first ``cap`` notes' worth when larger).

    :returns: the number of notes written.
    """
    directory.mkdir(parents=True, exist_ok=True)
    written = 0
    count = math.ceil(n_notes / NOTES_PER_ARTICLE)
    for k, art in enumerate(gen.articles(count, NOTES_PER_ARTICLE, seed)):
        if written >= min(n_notes, cap):
            break
        (directory / f"article{k:06d}.md").write_text(art.text, encoding="utf-8")
        written += art.notes
    return written


# --------------------------------------------------------------------------------------------
# Command line timings and --jobs
# --------------------------------------------------------------------------------------------


def _bibkit_command() -> list[str]:
    script = Path(sys.executable).parent / "bibkit"
    return [str(script)] if script.exists() else [sys.executable, "-m", "bibkit"]


def time_command(argv: list[str], runs: int) -> dict[str, Any]:
    """Median wall time of ``argv`` over ``runs`` runs (hyperfine when installed)."""
    hyperfine = shutil.which("hyperfine")
    if hyperfine:
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            subprocess.run(
                [
                    hyperfine,
                    "--warmup",
                    "2",
                    "--runs",
                    str(runs),
                    "--export-json",
                    out.name,
                    "-N",
                    " ".join(argv),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
                cwd=ROOT,
            )
            times = json.loads(Path(out.name).read_text())["results"][0]["times"]
        return {
            "median": statistics.median(times),
            "min": min(times),
            "runs": len(times),
            "tool": "hyperfine",
        }
    for _ in range(2):  # warm the file cache and .pyc files
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, check=True)
        times.append(time.perf_counter() - start)
    return {"median": statistics.median(times), "min": min(times), "runs": runs, "tool": "subprocess"}


def import_profile(top: int) -> list[tuple[str, float]]:
    """The slowest imports of ``bibkit --help`` (cumulative seconds, from ``python -X importtime``)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bibkit", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+\d+\s+\|\s+(\d+)\s+\|(\s*)(\S+)", line)
        if m and len(m.group(2)) <= 3:  # top-level imports only
            rows.append((m.group(3), int(m.group(1)) / 1e6))
    return sorted(rows, key=lambda r: r[1], reverse=True)[:top]


def measure_cli(runs: int) -> dict[str, Any]:
    bibkit = _bibkit_command()
    return {
        "python -c pass": time_command([sys.executable, "-c", "pass"], runs),
        "bibkit --help": time_command([*bibkit, "--help"], runs),
        "bibkit parse references/korkmaz2018.md": time_command(
            [*bibkit, "parse", "references/korkmaz2018.md"], runs
        ),
        "imports": import_profile(8),
    }


def measure_jobs(count: int, seed: int, runs: int, directory: Path) -> dict[str, Any]:
    """``parse_many`` (and ``bibkit export --jobs``) over ``count`` generated articles, 1 vs 2 jobs."""
    from bibkit.batch import parse_many

    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for k, art in enumerate(gen.articles(count, NOTES_PER_ARTICLE, seed)):
        path = directory / f"article{k:05d}.md"
        path.write_text(art.text, encoding="utf-8")
        paths.append(str(path))
    parse_many(paths[:4], jobs=1)  # warm up
    out: dict[str, Any] = {"articles": count}
    for jobs in (1, 2):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            docs = parse_many(paths, jobs=jobs)
            times.append(time.perf_counter() - start)
        out[f"parse_many jobs={jobs}"] = statistics.median(times)
        out["notes"] = sum(d.counts["notes"] for d in docs)
        start = time.perf_counter()
        subprocess.run(
            [*_bibkit_command(), "export", "--format", "csl", "--jobs", str(jobs), "-o", os.devnull, *paths],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
        )
        out[f"bibkit export jobs={jobs}"] = time.perf_counter() - start
    return out


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------


def slope(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of log(time) against log(size): 1 is linear, 2 quadratic."""
    pts = [(math.log(n), math.log(t)) for n, t in points if n > 0 and t > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / den if den else None


def _f(seconds: float | None, approx: bool = False) -> str:
    if seconds is None:
        return "-"
    text = f"{seconds:.3f}" if seconds < 10 else f"{seconds:.1f}"
    return ("~" if approx else "") + text


def _rate(count: float, seconds: float | None) -> str:
    return f"{count / seconds:,.0f}" if seconds else "-"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = "  ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True))
    body = ["  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join([line, "  ".join("-" * w for w in widths), *body])


def _exponents(results: list[dict[str, Any]], stages: tuple[str, ...], size_key: str) -> str:
    parts = []
    for stage in stages:
        points = [
            (r[size_key], r["seconds"].get(stage, 0.0))
            for r in results
            if not (
                r.get("extrapolated")
                and stage in ("read", "segment", "parse", "resolve", "parse_notes", "parse_entries")
            )
        ]
        s = slope(points)
        parts.append(f"{stage} {s:.2f}" if s is not None else f"{stage} -")
    return "growth exponent (log-log slope of time vs size, measured points only): " + ", ".join(parts)


def report_list(results: list[dict[str, Any]], cap: int, doc_entries: int) -> str:
    headers = [
        "entries",
        "read s",
        "segment s",
        "parse s",
        "entries/s",
        "resolve s",
        "merge s",
        "ids s",
        "export s",
        "total s",
        "records→merged",
        "peak RSS MiB",
        "merge peak MiB",
    ]
    rows = []
    for r in results:
        s, x = r["seconds"], r["extrapolated"]
        total = sum(s.get(k, 0.0) for k in STAGES)
        rate_seconds = s.get("parse_measured", s["parse"])
        rows.append(
            [
                f"{r['entries']:,}",
                _f(s["read"]),
                _f(s["segment"]),
                _f(s["parse"], x),
                _rate(r["parsed"], rate_seconds),
                _f(s["resolve"]),
                _f(s["merge"]),
                _f(s["ids"]),
                _f(s["export"]),
                _f(total, x),
                f"{r['records']:,}→{r['merged']:,}",
                f"{r['peak_rss_mib']:,.0f}",
                f"{r['merge_peak_rss_mib']:,.0f}" if r["merge_peak_rss_mib"] else "-",
            ]
        )
    lines = [
        f"REFERENCE LISTS — one entry a line, documents of at most {doc_entries:,} entries",
        _table(headers, rows),
    ]
    if any(r["extrapolated"] for r in results):
        lines.append(
            f"~ parse sampled on the first {cap:,} entries and extrapolated linearly; read and segment ran on every "
            "entry; merge, ids and export ran for real on every record (parsed sample replicated with varied fields, "
            f"{DUPLICATE_SHARE:.0%} of copies the same work respelled)"
        )
    fmt_rows = [[f"{r['entries']:,}", *(_f(r["seconds"][f"export:{f}"]) for f in FORMATS)] for r in results]
    lines += ["", "export by format (s):", _table(["entries", *FORMATS], fmt_rows)]
    lines.append(_exponents(results, ("read", "segment", "parse", "merge", "ids", "export"), "entries"))
    lines += ["", _memory_table(results, "entries")]
    warm = results[0].get("warm_up", {}) if results else {}
    lines.append(
        "not in the table: first use of each stage in a fresh process (tables, patterns, caches; on 300 entries, "
        "120 notes): " + ", ".join(f"{k} {v:.3f} s" for k, v in warm.items())
    )
    return "\n".join(lines)


def _memory_table(results: list[dict[str, Any]], size_key: str) -> str:
    """Peak RSS of each stage, one row per size."""
    known = ("read+segment+parse", "documents", "replicate", "merge", "ids")
    stages = [k for k in known if any(k in r["stage_peak_rss_mib"] for r in results)]
    stages += [f"export:{f}" for f in FORMATS]
    rows = []
    for r in results:
        peaks = r["stage_peak_rss_mib"]
        held = r["rss_before_merge_mib"] or 0
        rows.append(
            [f"{r[size_key]:,}", f"{held:,.0f}", *(f"{peaks[k]:,.0f}" if k in peaks else "-" for k in stages)]
        )
    return "\n".join(
        [
            "peak RSS by stage (MiB; highest resident memory while the stage ran, memory already held included):",
            _table([size_key, "held before merge", *stages], rows),
        ]
    )


def report_articles(results: list[dict[str, Any]], cap: int) -> str:
    headers = [
        "notes",
        "articles",
        "entries",
        "read s",
        "segment s",
        "parse notes s",
        "notes/s",
        "parse entries s",
        "entries/s",
        "resolve s",
        "doc merge s",
        "corpus merge s",
        "ids s",
        "export s",
        "records→merged",
        "peak RSS MiB",
    ]
    rows = []
    for r in results:
        s, x = r["seconds"], r["extrapolated"]
        rows.append(
            [
                f"{r['notes']:,}",
                f"{r['documents']:,}" + ("*" if x else ""),
                f"{r['entries']:,}",
                _f(s["read"], x),
                _f(s["segment"], x),
                _f(s["parse_notes"], x),
                _rate(r["parsed_notes"], s.get("parse_notes_measured", s["parse_notes"])),
                _f(s["parse_entries"], x),
                _rate(r["parsed_entries"], s.get("parse_entries_measured", s["parse_entries"])),
                _f(s["resolve"], x),
                _f(s["doc_merge"], x),
                _f(s["merge"]),
                _f(s["ids"]),
                _f(s["export"]),
                f"{r['records']:,}→{r['merged']:,}",
                f"{r['peak_rss_mib']:,.0f}",
            ]
        )
    lines = [
        f"ARTICLES — Markdown articles of about {NOTES_PER_ARTICLE} notes each with their reference lists",
        _table(headers, rows),
    ]
    if any(r["extrapolated"] for r in results):
        lines.append(
            f"~ / * per-document stages ran on the first {cap:,} notes' worth of articles (the * count) and are "
            "extrapolated linearly (each document is independent); the corpus merge, ids and export ran for real on "
            "the full number of records (replicated with varied fields)"
        )
    lines.append(
        _exponents(
            results,
            ("read", "segment", "parse_notes", "parse_entries", "resolve", "merge", "export"),
            "notes",
        )
    )
    lines += ["", _memory_table(results, "notes")]
    return "\n".join(lines)


def report_document(results: list[dict[str, Any]]) -> str:
    headers = ["notes", "entries", "mentions", "segment s", "parse s", "resolve s", "merge s", "ids s"]
    rows = [
        [
            f"{r['notes']:,}",
            f"{r['entries']:,}",
            f"{r['mentions']:,}",
            *(_f(r["seconds"][k]) for k in ("segment", "parse", "resolve", "merge", "ids")),
        ]
        for r in results
    ]
    return "\n".join(
        [
            "ONE GROWING DOCUMENT — a single article with N notes (traditional Turkish notes, a.g.e./a.g.m. back-references)",
            _table(headers, rows),
            _exponents(results, ("segment", "parse", "resolve", "merge", "ids"), "notes"),
        ]
    )


def report_profile(result: dict[str, Any]) -> str:
    lines = []
    for label, data in result.items():
        for key, title in (
            ("top", "by self time"),
            ("top_cumulative", "bibkit functions by cumulative time"),
        ):
            lines.append(
                f"cProfile of {label} over {data['items']:,} "
                + ("mentions of one document" if label == "resolve" else "items")
                + f" — top {title} (profiled total {data['total']:.2f} s)"
            )
            rows = [
                [str(i + 1), r["function"], f"{r['ncalls']:,}", f"{r['tottime']:.3f}", f"{r['cumtime']:.3f}"]
                for i, r in enumerate(data[key])
            ]
            lines.append(_table(["#", "function", "calls", "self s", "cumulative s"], rows))
            lines.append("")
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        cpu = next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            "",
        )
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "bibkit"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
    except OSError:
        commit, dirty = "", ""
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cores": os.cpu_count(),
        "usable cores": affinity,
        "cpu": cpu or platform.processor(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "bibkit commit": commit + (" (bibkit/ modified)" if dirty else ""),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", help="comma-separated sizes (entries, and notes for articles)")
    parser.add_argument("--quick", action="store_true", help="1k and 10k only")
    parser.add_argument(
        "--parse-cap", type=int, default=100_000, help="parse at most this many items, extrapolate above"
    )
    parser.add_argument("--doc-entries", type=int, default=100_000, help="entries per list document")
    parser.add_argument("--doc-sizes", default="250,500,1000,2000", help="notes in the one growing document")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=10, help="runs of each command-line timing")
    parser.add_argument("--jobs-articles", type=int, default=200)
    parser.add_argument("--skip-lists", action="store_true")
    parser.add_argument("--skip-articles", action="store_true")
    parser.add_argument("--skip-document", action="store_true")
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--skip-jobs", action="store_true")
    parser.add_argument("--no-profile", action="store_true", help="skip cProfile of parse")
    parser.add_argument("--profile-size", type=int, default=10_000)
    parser.add_argument("--json", type=Path, help="also write every result here")
    parser.add_argument("--keep-data", type=Path, help="write the generated inputs here and keep them")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        spec = json.loads(args.worker)
        print(json.dumps(WORKERS[spec["workload"]](spec)))
        return

    sizes = (
        QUICK_SIZES
        if args.quick
        else tuple(int(s.replace("_", "")) for s in args.sizes.split(","))
        if args.sizes
        else DEFAULT_SIZES
    )
    doc_sizes = tuple(int(s) for s in args.doc_sizes.split(","))
    if args.quick:
        doc_sizes = tuple(s for s in doc_sizes if s <= 1000)
    formats = tuple(FORMATS)
    info = machine()
    print("bibkit benchmark")
    for key, value in info.items():
        print(f"  {key}: {value}")
    print(f"  sizes: {', '.join(f'{s:,}' for s in sizes)}; parse cap {args.parse_cap:,}; seed {args.seed}")
    print(flush=True)
    results: dict[str, Any] = {"machine": info}
    work = args.keep_data or Path(tempfile.mkdtemp(prefix="bibkit-bench-"))
    try:
        if not args.skip_lists:
            rows = []
            for n in sizes:
                directory = work / f"list-{n}"
                truth = write_list_documents(n, args.seed, args.doc_entries, directory)
                gc.collect()
                print(
                    f"  list {n:,} entries ({truth['distinct_works']:,} distinct works generated) …",
                    file=sys.stderr,
                    flush=True,
                )
                spec = {
                    "workload": "list",
                    "dir": str(directory),
                    "n": n,
                    "parse_cap": args.parse_cap,
                    "seed": args.seed,
                    "formats": formats,
                }
                row = in_worker(spec)
                row["distinct_works"] = truth["distinct_works"]
                rows.append(row)
                if not args.keep_data:
                    shutil.rmtree(directory)
            results["lists"] = rows
            print(report_list(rows, args.parse_cap, args.doc_entries), end="\n\n", flush=True)
        if not args.skip_articles:
            rows = []
            for n in sizes:
                directory = work / f"articles-{n}"
                written = write_articles(n, args.seed, args.parse_cap, directory)
                print(f"  articles {n:,} notes ({written:,} written) …", file=sys.stderr, flush=True)
                rows.append(
                    in_worker(
                        {
                            "workload": "articles",
                            "dir": str(directory),
                            "n": n,
                            "parse_cap": args.parse_cap,
                            "seed": args.seed,
                            "formats": formats,
                        }
                    )
                )
                if not args.keep_data:
                    shutil.rmtree(directory)
            results["articles"] = rows
            print(report_articles(rows, args.parse_cap), end="\n\n", flush=True)
        if not args.skip_document:
            rows = []
            for n in doc_sizes:
                print(f"  one document of {n:,} notes …", file=sys.stderr, flush=True)
                rows.append(in_worker({"workload": "document", "n": n, "seed": args.seed}))
            results["document"] = rows
            print(report_document(rows), end="\n\n", flush=True)
        if not args.skip_cli:
            cli = measure_cli(args.runs)
            results["cli"] = cli
            print(f"COMMAND LINE — median of {args.runs} runs ({cli['bibkit --help']['tool']})")
            for key in ("python -c pass", "bibkit --help", "bibkit parse references/korkmaz2018.md"):
                print(f"  {key:<42} {cli[key]['median']:.3f} s (min {cli[key]['min']:.3f} s)")
            print(
                "  slowest top-level imports of bibkit --help (cumulative s): "
                + ", ".join(f"{m} {t:.3f}" for m, t in cli["imports"])
            )
            print(flush=True)
        if not args.skip_jobs:
            jobs = measure_jobs(args.jobs_articles, args.seed + 1, 3, work / "jobs")
            results["jobs"] = jobs
            one, two = jobs["parse_many jobs=1"], jobs["parse_many jobs=2"]
            cli1, cli2 = jobs["bibkit export jobs=1"], jobs["bibkit export jobs=2"]
            print(
                f"--jobs — {jobs['articles']} generated articles, {jobs['notes']:,} notes ({info['usable cores']} usable cores)"
            )
            print(
                f"  bibkit.batch.parse_many  jobs=1 {one:.2f} s   jobs=2 {two:.2f} s   speedup {one / two:.2f}x  (median of 3)"
            )
            print(
                f"  bibkit export -f csl     jobs=1 {cli1:.2f} s   jobs=2 {cli2:.2f} s   speedup {cli1 / cli2:.2f}x  (one run, with start-up, merge and export)"
            )
            print(flush=True)
        if not args.no_profile:
            prof = in_worker(
                {
                    "workload": "profile",
                    "n": args.profile_size,
                    "seed": args.seed,
                    "top": 10,
                    "resolve_notes": 1000,
                }
            )
            results["profile"] = prof
            print(report_profile(prof), flush=True)
    finally:
        if not args.keep_data:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
