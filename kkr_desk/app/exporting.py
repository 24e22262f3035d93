"""Export meetings: the registry of formats and the one use case behind ``kkr-desk
export`` and the window's Export.

A format is an ``Exporter``: its name (``--format NAME``), file suffix, label (the
window's format list; translated there when a translation exists), the function that
writes records to a file, and its options with their defaults. Adding a format is a
writer module in ``kkr_desk/export`` and one ``register(...)`` line at the end of
this file; the CLI's ``--format`` choices and the window's list come from ``FORMATS``.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable, Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kkr_desk.domain.cancel import CancelCheck, check
from kkr_desk.export.csv_export import write_csv
from kkr_desk.export.json_export import write_json
from kkr_desk.export.oparl import DEFAULT_BASE, write_oparl
from kkr_desk.export.report_pdf import write_report_pdf
from kkr_desk.store.archive import Archive

# write(records, out, progress=..., **options) -> items written; atomic (whole or nothing).
Writer = Callable[..., int]


@dataclass(frozen=True)
class Exporter:
    name: str  # the CLI's --format value
    suffix: str  # the file suffix, without the dot
    label: str  # the window's name for it (English; the window translates it)
    write: Writer
    options: Mapping[str, Any] = field(default_factory=dict)  # name -> default
    encoded: bool = False  # reads items as their stored JSON records (faster)
    sources: bool = False  # reads the source files too (their SHA-1; slower)
    rows: bool = False  # splices stored CSV rows when the options are the defaults


FORMATS: dict[str, Exporter] = {}


def on_first_use(module: str, name: str) -> Writer:
    """A writer whose module (and its library: python-docx, XlsxWriter) is imported when
    it first writes: ``kkr-desk gui`` and every other command load this registry, and the
    window's first paint should not wait for libraries no one has asked for yet."""

    def write(*args: Any, **kwargs: Any) -> int:
        writer: Writer = getattr(importlib.import_module(module), name)
        return writer(*args, **kwargs)

    write.__name__ = write.__qualname__ = name
    return write


def register(exporter: Exporter) -> Exporter:
    if exporter.name in FORMATS:
        raise ValueError(f"the export format {exporter.name!r} is registered already")
    FORMATS[exporter.name] = exporter
    return exporter


def exporter(fmt: str) -> Exporter:
    try:
        return FORMATS[fmt]
    except KeyError:
        raise ValueError(
            f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}"
        ) from None


def write_records(
    meetings: Iterable[dict[str, Any]],
    fmt: str,
    out: Path,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: CancelCheck | None = None,
    **options: Any,
) -> int:
    """Write the records ``meetings`` in format ``fmt`` (atomically); returns the item
    count. ``progress`` is told how many meetings are written so far; ``cancelled`` is
    asked after each (Cancelled is raised and no file is left)."""
    chosen = exporter(fmt)
    unknown = set(options) - set(chosen.options)
    if unknown:
        raise ValueError(f"the {fmt} export has no option {', '.join(sorted(unknown))}")
    done = 0

    def step(_items: int) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done)
        check(cancelled)

    # An export builds many short-lived objects and no reference cycles: the cyclic
    # collector would only rescan the growing heap (a third of the time on 1,000 meetings).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return chosen.write(meetings, out, progress=step, **{**chosen.options, **options})
    finally:
        if collecting:
            gc.enable()


def export(
    archive: Archive,
    ids: list[int],
    fmt: str,
    out: Path,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: CancelCheck | None = None,
    **options: Any,
) -> int:
    """Write the meetings ``ids`` of ``archive`` to ``out`` in format ``fmt``; returns
    the item count. See ``write_records``."""
    chosen = exporter(fmt)
    check(cancelled)
    rows = chosen.rows and all(options.get(k, v) == v for k, v in chosen.options.items())
    with closing(
        archive.records(ids, encoded=chosen.encoded, sources=chosen.sources, rows=rows)
    ) as records:
        return write_records(records, fmt, out, progress=progress, cancelled=cancelled, **options)


register(
    Exporter(
        "csv",
        "csv",
        "CSV for Excel (;)",
        write_csv,
        {"delimiter": ";", "labels": "en"},
        encoded=True,
        rows=True,  # the default options' rows are stored with each item (issue 13)
    )
)
register(Exporter("json", "json", "JSON", write_json, encoded=True))
register(
    Exporter(
        "xlsx",
        "xlsx",
        "Excel workbook",
        on_first_use("kkr_desk.export.xlsx_export", "write_xlsx"),
        {"labels": "en"},
        encoded=True,
    )
)
# The decision report is the document the secretariat sends: Danish by default.
register(
    Exporter(
        "report-pdf",
        "pdf",
        "Decision report (PDF)",
        write_report_pdf,
        {"labels": "da"},
        encoded=True,
    )
)
register(
    Exporter(
        "report-docx",
        "docx",
        "Decision report (Word)",
        on_first_use("kkr_desk.export.report_docx", "write_report_docx"),
        {"labels": "da"},
        encoded=True,
    )
)
register(
    Exporter(
        "oparl",
        "json",
        "OParl 1.1 (JSON)",
        write_oparl,
        {"base_url": DEFAULT_BASE},
        encoded=True,
        sources=True,
    )
)
