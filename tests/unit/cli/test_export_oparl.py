"""``kkr-desk export --format oparl [--base-url URL]``: a valid bundle under the base."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from kkr_desk.cli.main import main
from kkr_desk.export.oparl import DEFAULT_BASE
from tests.helpers.kkrpdf import build_pdf, build_txt, sample_pages
from tests.helpers.oparl_validate import objects_by_id, problems


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_oparl_with_and_without_a_base_url(capsys, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    pdf, text = tmp_path / "syd.pdf", tmp_path / "midt.txt"
    pdf.write_bytes(build_pdf(sample_pages()))
    text.write_text(build_txt(sample_pages("KKR Midtjylland", "06.03.2024")), encoding="utf-8")
    assert run(capsys, "import", str(pdf), str(text), "--db", url)[0] == 0
    out = tmp_path / "oparl.json"
    base = ["export", "--all", "--format", "oparl", "--out", str(out), "--db", url]

    code, printed, _ = run(capsys, *base)
    # the sample has 3 items (tests/unit/store/test_records.py); twice: 6
    assert (code, printed) == (0, f"wrote 6 items of 2 meetings to {out}\n")
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert problems(bundle) == []
    assert all(i.startswith(DEFAULT_BASE) for i in objects_by_id(bundle))
    assert len({o["name"] for o in bundle["objects"] if o["type"].endswith("/Body")}) == 2

    code, _, _ = run(capsys, *base, "--base-url", "https://kkr.example.org/oparl/")
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert code == 0
    assert problems(bundle) == []
    assert all(i.startswith("https://kkr.example.org/oparl/") for i in objects_by_id(bundle))
    mimes = {
        o[key]["mimeType"]
        for o in bundle["objects"]
        for key in ("invitation", "resultsProtocol")
        if key in o
    }
    assert mimes == {"application/pdf", "text/plain"}
    sha1s = {
        o[key]["sha1Checksum"]
        for o in bundle["objects"]
        for key in ("invitation", "resultsProtocol")
        if key in o
    }
    assert sha1s == {hashlib.sha1(f.read_bytes()).hexdigest() for f in (pdf, text)}

    code, _, err = run(capsys, *base, "--base-url", "urn:kkr-desk:")
    assert code != 0
    assert "base URL" in err
    assert len(err.strip().splitlines()) == 1
    assert objects_by_id(json.loads(out.read_text(encoding="utf-8")))  # the old file stays
