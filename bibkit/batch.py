"""Many documents at once: parsing in worker processes, and merging records across documents."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from bibkit.keys import assign_ids
from bibkit.merge import merge
from bibkit.model import Document, Record
from bibkit.pipeline import parse_file


def parse_many(paths: list[str], jobs: int = 1, progress: Callable[[], None] | None = None) -> list[Document]:
    """Parse ``paths`` in order; with ``jobs`` > 1 in that many processes.

    :param progress: called once per parsed document (a progress bar's update).
    :raises bibkit.errors.BibkitError: for the first document that cannot be read.
    """
    documents: list[Document] = []
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            documents.append(parse_file(path))
            if progress:
                progress()
        return documents
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for document in pool.map(parse_file, paths, chunksize=max(1, len(paths) // (jobs * 8))):
            documents.append(document)
            if progress:
                progress()
    return documents


def merge_documents(documents: list[Document]) -> list[Record]:
    """The records of all ``documents``, merged across them, with unique ids.

    A single document's records are returned as they are (already merged, ids assigned).
    """
    if len(documents) == 1:
        return documents[0].records
    pool = [record for doc in documents for record in doc.records]
    merged, _ = merge(pool)
    return assign_ids(merged)
