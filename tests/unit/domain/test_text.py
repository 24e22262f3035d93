"""Text rules of the corpus README, on small constructed inputs."""

from __future__ import annotations

import pytest

from kkr_desk.domain.document import Line
from kkr_desk.domain.text import (
    assemble,
    clean,
    hyphen_vocabulary,
    is_list_item,
    join_lines,
    title_from,
)


def lines(*rows: str) -> list[Line]:
    """Rows of text; a row starting with '|' follows a paragraph gap."""
    out = []
    for i, row in enumerate(rows):
        gap = row.startswith("|")
        out.append(Line(index=i, page=1, text=row.lstrip("|"), gap_before=gap))
    return out


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("Der er ikke indkommet bemærk-", "ninger til referatet.", "bemærkninger"),
        ("det nære er-", "hvervsliv", "erhvervsliv"),
        ("på tværs af KKR-", "formandskaberne", "KKR-formandskaberne"),
        ("projektet DK-", "2020 omfatter", "DK-2020"),
        ("eleverne på SOSU-", "assistentuddannelsen", "SOSU-assistentuddannelsen"),
        ("uden at afbryde el -", "og gaskunder", "el - og gaskunder"),
        ("anlægs-", "og byggeopgaver", "anlægs- og byggeopgaver"),
        ("perioden 2021-", "23 gælder", "2021-23"),
    ],
)
def test_join_lines_undoes_only_line_break_hyphenation(left: str, right: str, joined: str) -> None:
    assert joined in join_lines(left, right)


def test_join_keeps_hyphen_the_document_writes_elsewhere() -> None:
    keep = hyphen_vocabulary(["Vi taler om netto-nul udledning i 2050."])
    assert join_lines("frem mod netto-", "nul udledning", keep) == "frem mod netto-nul udledning"
    assert join_lines("frem mod netto-", "nul udledning") == "frem mod nettonul udledning"


def test_paragraphs_are_separated_by_gaps_and_lines_joined_with_one_space() -> None:
    body = assemble(lines("Første  linje", "fortsætter her.", "|Andet afsnit."))
    assert body.text == "Første linje fortsætter her.\n\nAndet afsnit."


@pytest.mark.parametrize("bullet", ["– Punkt", "− Punkt", "- Punkt", "1. Punkt", "2) Punkt"])
def test_list_items_start_their_own_line(bullet: str) -> None:
    body = assemble(lines("Følgende:", bullet, "fortsat", "– Næste"))
    assert body.text == f"Følgende:\n{bullet} fortsat\n– Næste"


def test_wrapped_date_is_not_a_list_item() -> None:
    assert not is_list_item("2022. KL kender ikke den fulde indmelding")
    assert not is_list_item("2022.")
    body = assemble(lines("mødet den 18. november", "2022. Der var enighed."))
    assert body.text == "mødet den 18. november 2022. Der var enighed."


def test_margin_marker_opens_a_paragraph_and_is_dropped() -> None:
    body = assemble(lines("Overordnet status", "./. Der er igangsat mange", "tiltag i år."))
    assert body.text == "Overordnet status\n\nDer er igangsat mange tiltag i år."
    assert body.attachments == []


def test_one_line_marker_paragraph_without_full_stop_is_an_attachment() -> None:
    body = assemble(
        lines(
            "Teksten.",
            "|./. Bilag: Udmøntningsplan Unge",
            "./. Resultatopgørelse 2019",
            "./. Dette er en sætning.",
        )
    )
    assert body.attachments == ["Udmøntningsplan Unge", "Resultatopgørelse 2019"]
    assert body.text == "Teksten.\n\nDette er en sætning."


def test_furniture_is_skipped_and_corrections_are_used() -> None:
    rows = lines("Den første", "KKR Nordjylland | 18-11-2022", "linje.")
    rows[1].furniture = True
    rows[2].corrected = "linje, rettet."
    assert assemble(rows).text == "Den første linje, rettet."


def test_title_from_wrapped_heading() -> None:
    rows = lines("Status på Er-", "hvervshus Nordjyllands resultater")
    assert title_from(rows) == "Status på Erhvervshus Nordjyllands resultater"


def test_vocabulary_follows_corrections() -> None:
    from kkr_desk.domain.derive import vocabulary
    from kkr_desk.domain.document import Document, Meeting

    def hyphenated() -> set[str]:
        return {word for word in vocabulary(doc) if "-" in word}

    rows = lines("netto-", "nul", "og mere")
    doc = Document(Meeting(), rows, [])
    assert hyphenated() == set()
    rows[2].corrected = "og netto-nul"
    assert hyphenated() == {"netto-nul"}
    rows[2].corrected = None
    assert hyphenated() == set()


# --- linear time: one huge word, one paragraph of many lines ----------------------------
# (These inputs took minutes when a rule retried a regular expression at every letter of a
# word or re-joined the growing paragraph at every line; no timing is asserted here.)


def test_hyphen_vocabulary_of_a_million_letter_word() -> None:
    word = "a" * 1_000_000
    assert hyphen_vocabulary([f"x {word} y", "netto-nul"]) == {"x", word, "y", "netto-nul"}
    assert hyphen_vocabulary([f"{word}-b {word}c-d"]) == {f"{word}-b", f"{word}c-d"}


def test_a_million_letter_word_before_a_line_break_hyphen() -> None:
    word = "a" * 1_000_000
    # Longer than any word: its hyphen only broke the line, whatever the vocabulary says.
    keep = hyphen_vocabulary([f"{word}-b"])
    assert join_lines(f"ord {word}-", "b slut", keep) == f"ord {word}b slut"
    assert join_lines(f"{word}-", "og mere") == f"{word}- og mere"
    assert join_lines(f"{word}-", "2020") == f"{word}-2020"
    # A word of up to 1,000 letters is still a word.
    long = "b" * 1000
    assert join_lines(f"{long}-", "c", hyphen_vocabulary([f"{long}-c"])) == f"{long}-c"


def test_a_paragraph_of_many_broken_lines() -> None:
    rows = ["ud-"] * 200_000 + ["slut."]
    body = assemble(lines(*rows))
    assert body.text == "ud" * 200_000 + "slut."
    words = assemble(lines(*(["et ord"] * 200_000)))
    assert words.text == " ".join(["et ord"] * 200_000)


def test_title_from_many_lines() -> None:
    assert title_from(lines(*(["Titel-", "linje"] * 1000))) == " ".join(["Titellinje"] * 1000)


def test_clean_folds_every_kind_of_white_space() -> None:
    assert clean("\u00a0 Mødet\tblev\u2003\u2003holdt \n i\u3000Aalborg.\u2029") == (
        "Mødet blev holdt i Aalborg."
    )


def test_plain_joins_and_joins_by_the_rules_mix_in_one_paragraph() -> None:
    # Each line is joined with a space until one ends in an address or a hyphen; after
    # the address goes on glued ("kkr/" holds no space, so the address still goes on),
    # the rules decide again; a plain line after a hyphen join is joined with a space.
    body = assemble(
        lines(
            "Se",
            "https://www.kl.dk/",
            "kkr/",
            "nord.pdf for bemærk-",
            "ninger om KKR-",
            "formandskaberne og",
            "mere.",
        )
    )
    assert body.text == (
        "Se https://www.kl.dk/kkr/nord.pdf for bemærkninger om KKR-formandskaberne og mere."
    )


def test_an_address_after_plain_lines_is_still_joined_glued() -> None:
    body = assemble(
        lines("Læs mere på", "www.kl.dk/", "kkr/nord og på", "kontakt@kl.", "dk i dag.")
    )
    assert body.text == "Læs mere på www.kl.dk/kkr/nord og på kontakt@kl.dk i dag."


def test_a_long_word_before_a_line_break_hyphen_loses_the_hyphen() -> None:
    word = "a" * 100  # longer than the stretch first looked at for the word
    assert join_lines(f"det {word}-", "b er", frozenset()) == f"det {word}b er"
    assert join_lines(f"det {word}-", "og c", frozenset()) == f"det {word}- og c"


def test_hyphen_vocabulary_reads_each_text_apart_and_a_repeated_one_once() -> None:
    once = hyphen_vocabulary(["netto-", "nul", "netto-nul"])
    assert once == frozenset({"netto-nul", "nul"})
    assert hyphen_vocabulary(["netto-nul", "netto-", "nul", "netto-nul", "nul"]) == once
    assert hyphen_vocabulary(["netto", "-nul"]) == frozenset({"netto"})  # no word across


def test_the_word_before_a_line_end_hyphen_may_be_long() -> None:
    """The word before the hyphen is found however long it is; one longer than the
    join looks back (the whole reach, no space in it) only lets the word after count."""
    long = "A" * 100  # an acronym-like word beyond any look-back window
    assert join_lines(f"se {long}-", "ninger her") == f"se {long}-ninger her"
    assert join_lines(f"se {long.lower()}-", "ninger") == f"se {long.lower()}ninger"
    blob = "A" * 1500  # longer than the reach: its capitals are no evidence
    assert join_lines(f"{blob}-", "ninger") == f"{blob}ninger"
    assert join_lines(f"{blob}-", "Ninger") == f"{blob}-Ninger"


def test_lines_are_folded_whatever_their_white_space() -> None:
    """A line's white space (a correction's tab, no-break space, double space, spaces at
    its ends) folds into single spaces; a folded line stays as it is."""
    rows = lines("en  linje\tmed\xa0mellemrum ", " og en til", "|fin linje")
    rows[1].corrected = "  og\u2003en   til  "
    assert assemble(rows).text == "en linje med mellemrum og en til\n\nfin linje"
