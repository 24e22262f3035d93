"""Text rules beyond the corpus README (issue 10): glued bullets, hyphens after an
abbreviation, addresses broken over lines, a stray space before a hyphen."""

from __future__ import annotations

import pytest

from kkr_desk.domain.document import Line
from kkr_desk.domain.text import (
    assemble,
    close_spaced_hyphens,
    hyphen_vocabulary,
    join_lines,
    unglue_bullet,
)


def lines(*rows: str) -> list[Line]:
    """Rows of text; a row starting with '|' follows a paragraph gap."""
    return [
        Line(index=i, page=1, text=row.lstrip("|"), gap_before=row.startswith("|"))
        for i, row in enumerate(rows)
    ]


# A document's own words: the evidence the rules check against.
DOCUMENT = hyphen_vocabulary(
    [
        "Udvalget har truffet et valg, og der er ud over det ingen bemærkninger.",
        "Regionsrådet og regionsråd mødes, eller også gør de ikke.",
        "KKR-formandskaberne og erhvervsfremmesystemet til gaskunder.",
    ]
)


# --- a bullet glued to its text -------------------------------------------------------


@pytest.mark.parametrize("bullet", ["−", "–", "•", "▪"])
def test_glued_bullet_gets_its_space_and_starts_a_list_item(bullet: str) -> None:
    body = assemble(lines("Følgende planer:", f"{bullet}Praksisplan", "for 2023", f"{bullet}Næste"))
    assert body.text == f"Følgende planer:\n{bullet} Praksisplan for 2023\n{bullet} Næste"


def test_glued_bullet_opening_a_paragraph() -> None:
    assert assemble(lines("Tekst.", "|−Praksisplan")).text == "Tekst.\n\n− Praksisplan"


@pytest.mark.parametrize(
    ("rows", "text"),
    [
        (("Resultatet blev", "−2 mio. kr. i alt"), "Resultatet blev −2 mio. kr. i alt"),
        (("Ændringen er", "–5 % mod sidste år"), "Ændringen er –5 % mod sidste år"),
        (("en treårig periode –fra", "medio 2020"), "en treårig periode –fra medio 2020"),
        (
            ("erhvervsfremmesystem og", "-samarbejde fungerer"),
            "erhvervsfremmesystem og -samarbejde fungerer",
        ),
    ],
)
def test_signs_dashes_in_text_and_suspended_compounds_are_no_bullets(
    rows: tuple[str, ...], text: str
) -> None:
    assert assemble(lines(*rows)).text == text


def test_unglue_bullet_touches_only_the_start() -> None:
    assert unglue_bullet("−Praksisplan og −plan") == "− Praksisplan og −plan"
    assert unglue_bullet("•1. kvartal") == "• 1. kvartal"
    assert unglue_bullet("− Praksisplan") == "− Praksisplan"
    assert unglue_bullet("−") == "−"


# --- a hyphen at a line's end after a short first element ------------------------------


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("udbygning af el-", "infrastrukturen i kommunerne", "el-infrastrukturen"),
        ("nye it-", "systemer i forvaltningen", "it-systemer"),
        ("Nye It-", "systemer i forvaltningen", "It-systemer"),
        ("send en e-", "mail til sekretariatet", "e-mail"),
        ("medlem af en A-", "kasse", "A-kasse"),
        ("flere tv-", "udsendelser", "tv-udsendelser"),
        ("via sms-", "beskeder", "sms-beskeder"),
        ("et cpr-", "nummer", "cpr-nummer"),
        ("midler fra EU-", "programmet", "EU-programmet"),
    ],
)
def test_hyphen_after_an_abbreviation_stays(left: str, right: str, joined: str) -> None:
    assert joined in join_lines(left, right, DOCUMENT)
    assert joined in join_lines(left, right)


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("der er ingen bemærk-", "ninger", "bemærkninger"),
        ("sagen går til ud-", "valg", "udvalg"),  # "ud" and "valg" both stand alone above
        ("en endelig be-", "slutning", "beslutning"),
        ("kommunale op-", "gaver", "opgaver"),
        ("en ny af-", "gørelse", "afgørelse"),
        ("Co-", "rona-situationen", "Corona-situationen"),
        ("mødes, el-", "ler også ikke", "eller også"),  # the document writes "eller"
    ],
)
def test_danish_hyphenation_after_a_short_element_goes(left: str, right: str, joined: str) -> None:
    assert joined in join_lines(left, right, DOCUMENT)


def test_el_ler_is_a_word_even_without_the_document() -> None:
    assert join_lines("mødes, el-", "ler også ikke") == "mødes, eller også ikke"


def test_abbreviation_joined_as_a_word_of_the_document_goes() -> None:
    keep = hyphen_vocabulary(["Her står tvkanal skrevet i et ord."])
    assert join_lines("en ny tv-", "kanal", keep) == "en ny tvkanal"


# --- web and e-mail addresses broken over lines ---------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        (
            "Læs mere på https://www.kl.dk/",
            "kkr/nordjylland om sagen",
            "https://www.kl.dk/kkr/nordjylland om",
        ),
        ("se www.regionh.", "dk/moeder for detaljer", "www.regionh.dk/moeder for"),
        ("skriv til fornavn.efternavn@", "kl.dk senest fredag", "fornavn.efternavn@kl.dk senest"),
        ("skriv til hlth@kl.", "dk senest fredag", "hlth@kl.dk senest"),
        (
            "(https://www.kl.dk/media/28040/aftale-for-sosu-uddanne",
            "lserne.pdf).",
            "uddannelserne.pdf).",
        ),
        (
            "https://www.kl.dk/media/klimaaftale-om-groen-",
            "stroem-og-varme.pdf",
            "groen-stroem-og-varme.pdf",
        ),
        ("se https://www.kl.dk/side", "?id=3 for mere", "https://www.kl.dk/side?id=3 for"),
        ("se https://www.kl.dk", "/kkr for mere", "https://www.kl.dk/kkr for"),
    ],
)
def test_address_broken_over_lines_joins_without_a_space(
    left: str, right: str, joined: str
) -> None:
    assert joined in join_lines(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "KL følger status https://www.kl.dk/media/aftale.pdf",
            "https://www.kl.dk/media/aftale.pdf",
        ),
        ("https://www.kl.dk/media/aftale.pdf", "på implementering af aftalen"),
        ("Se www.kl.dk.", "Næste møde er i juni."),
        ("skriv til hlth@kl.dk,", "hvis du har spørgsmål"),
        ("Se https://www.kl.dk/", "og læs mere"),
        ("Se https://www.kl.dk/klima", "bl.a. om varme"),
        ("Se https://www.kl.dk/klima", "f.eks. om varme"),
        ("Følg @KKRNord", "på nettet"),
        ("Læs mere på nettet:", "www.kl.dk"),
    ],
)
def test_a_line_after_a_whole_address_starts_with_a_space(left: str, right: str) -> None:
    assert join_lines(left, right) == f"{left} {right}"


# --- a stray space before a hyphen inside a word --------------------------------------


def test_vocabulary_holds_plain_words_but_no_halves() -> None:
    assert hyphen_vocabulary(["netto-", "nul og Regionsråd"]) == {"nul", "og", "regionsråd"}
    assert hyphen_vocabulary(["et netto-nul mål"]) == {"et", "netto-nul", "mål"}


@pytest.mark.parametrize(
    ("rows", "text"),
    [
        (("et møde i re - gionsråd i dag",), "et møde i regionsråd i dag"),
        (("et møde i re -", "gionsråd i dag"), "et møde i regionsråd i dag"),
        (("på tværs af KKR - formandskaberne",), "på tværs af KKR-formandskaberne"),
        (("på tværs af KKR -", "formandskaberne"), "på tværs af KKR-formandskaberne"),
    ],
)
def test_stray_space_before_a_hyphen_goes_where_the_document_writes_the_word(
    rows: tuple[str, ...], text: str
) -> None:
    assert assemble(lines(*rows), DOCUMENT).text == text


@pytest.mark.parametrize(
    ("rows", "text"),
    [
        (("uden at afbryde el -", "og gaskunder"), "uden at afbryde el - og gaskunder"),
        (("perioden 2022 - 2025",), "perioden 2022 - 2025"),
        (("fra A - B",), "fra A - B"),
        (("opbakning til -", "erhvervsfremmesystemet"), "opbakning til - erhvervsfremmesystemet"),
    ],
)
def test_a_dash_between_words_stays(rows: tuple[str, ...], text: str) -> None:
    assert assemble(lines(*rows), DOCUMENT).text == text


def test_stray_space_stays_without_evidence() -> None:
    assert close_spaced_hyphens("et møde i re - gionsråd", frozenset()) == "et møde i re - gionsråd"
    keep = hyphen_vocabulary(["intet her"])
    assert close_spaced_hyphens("et møde i re - gionsråd", keep) == "et møde i re - gionsråd"


def test_spaced_hyphens_in_a_row() -> None:
    assert close_spaced_hyphens("xx - aa - bb - cc", frozenset({"aabb"})) == "xx - aabb - cc"
    assert close_spaced_hyphens("aa - xx - bb - cc", frozenset({"bbcc"})) == "aa - xx - bbcc"


# --- linear time ------------------------------------------------------------------------
# (No timing asserted: a quadratic rule would take minutes on these.)


def test_many_spaced_hyphens_and_a_million_letter_word() -> None:
    keep = hyphen_vocabulary(["aabb"])
    text = "aa - " * 200_000 + "bb"
    assert close_spaced_hyphens(text, keep) == "aa - " * 199_999 + "aabb"
    word = "a" * 1_000_000
    assert close_spaced_hyphens(f"{word} - {word}", keep) == f"{word} - {word}"


def test_an_address_a_million_letters_long() -> None:
    word = "a" * 1_000_000
    assert join_lines(f"https://{word}/", "b") == f"https://{word}/ b"  # out of sight
    assert join_lines("https://x.dk/", f"{word}/b") == f"https://x.dk/{word}/b"
    rows = ["https://x.dk/", *(["a/"] * 200_000)]
    text = assemble(lines(*rows)).text
    assert text.startswith("https://x.dk/" + "a/" * 400)
    assert text.replace(" ", "") == "https://x.dk/" + "a/" * 200_000


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("for den reste -", "rende del", "for den resterende del"),  # justified text
        ("at indstille to kandi -", "dater.", "at indstille to kandidater."),
        ("uden at afbryde el -", "og gaskunder", "uden at afbryde el - og gaskunder"),
        ("opbakning til -", "erhvervsfremme", "opbakning til - erhvervsfremme"),
        ("perioden 2022 -", "2025", "perioden 2022 - 2025"),
        ("vigtigt -", "Men ikke nu", "vigtigt - Men ikke nu"),
    ],
)
def test_a_hyphen_justified_text_set_apart_at_a_line_end(left: str, right: str, joined: str):
    assert join_lines(left, right) == joined


def test_a_hyphen_in_an_address_that_only_broke_the_line_goes() -> None:
    keep = hyphen_vocabulary(["Om el-infrastruktur og kommunernes-klimasamarbejde."])
    url = "https://www.kommunernes-klimasamarbejde.dk/el-infra-"
    assert (
        join_lines(url, "struktur/ladestandere", keep)
        == "https://www.kommunernes-klimasamarbejde.dk/el-infrastruktur/ladestandere"
    )
    # Without that evidence an address keeps its hyphen.
    assert join_lines(url, "struktur/ladestandere").endswith("el-infra-struktur/ladestandere")
    hyphen = "https://www.kommunernes-"
    assert join_lines(hyphen, "klimasamarbejde.dk", keep).endswith("kommunernes-klimasamarbejde.dk")


def test_an_attachment_line_ends_its_paragraph_without_a_gap() -> None:
    body = assemble(
        lines("Teksten slutter.", "./. Bilag: Notat om udbud", "Vejledningen findes på nettet.")
    )
    assert body.attachments == ["Notat om udbud"]
    assert body.text == "Teksten slutter.\n\nVejledningen findes på nettet."
    # A marked paragraph that is no attachment goes on as before.
    body = assemble(lines("./. Der er igangsat mange tiltag", "for at støtte erhvervslivet."))
    assert body.attachments == []
    assert body.text == "Der er igangsat mange tiltag for at støtte erhvervslivet."
