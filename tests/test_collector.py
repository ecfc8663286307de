"""The collector pause used while parsing and merging leaves the collector as it found it."""

from __future__ import annotations

import gc

import pytest

from bibkit.collector import cycles_unchecked
from bibkit.pipeline import parse_text


def test_the_collector_is_paused_inside_and_restored_after_even_on_error():
    assert gc.isenabled()
    with pytest.raises(ValueError), cycles_unchecked():
        assert not gc.isenabled()
        with cycles_unchecked():  # nested: the inner exit must not resume collection early
            pass
        assert not gc.isenabled()
        raise ValueError("stage failed")
    assert gc.isenabled()


def test_a_collector_paused_by_the_caller_stays_paused():
    gc.disable()
    try:
        with cycles_unchecked():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_parsing_a_document_leaves_collection_on():
    parse_text("KURAT Akdes Nimet, Türkiye ve Rusya, Ankara 1970.\n")
    assert gc.isenabled()
