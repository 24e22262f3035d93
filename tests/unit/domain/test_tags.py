"""Decision tags suggested from Danish decision texts."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kkr_desk.domain.tags import _APART, TAGS, decided, decision_tags, suggest


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Dagsordenen blev godkendt.", ["approved"]),
        ("KKR Nordjylland tiltrådte indstillingen.", ["approved"]),
        ("KKR Nordjylland tilsluttede sig en fortsættelse.", ["approved"]),
        ("KKR tog orienteringen til efterretning.", ["noted"]),
        ("KKR tog orienteringen til inspiration og efterretning.", ["noted"]),
        ("KKR drøftede udkastet.", ["discussed"]),
        ("Anna Hansen blev valgt som nyt medlem.", ["appointed"]),
        ("KKR udpegede to medlemmer.", ["appointed"]),
        ("KKR anbefaler modellen.", ["recommended"]),
        ("Punktet blev udsat.", ["postponed"]),
        ("Forslaget blev afvist.", ["rejected"]),
        ("Forslaget blev ikke godkendt.", ["rejected"]),
        ("KKR drøftede og godkendte planen.", ["approved", "discussed"]),
        ("Der var ingen bemærkninger.", []),
    ],
)
def test_decision_tags(text: str, tags: list[str]) -> None:
    assert decision_tags(text) == tags


def test_tags_follow_vocabulary_order() -> None:
    assert TAGS == (
        "approved",
        "noted",
        "discussed",
        "appointed",
        "recommended",
        "postponed",
        "rejected",
    )


def test_only_the_councils_own_decisions_count() -> None:
    text = (
        "Formanden orienterede om mødet. På mødet blev der drøftet lokale forhold. "
        "KKR Nordjylland godkendte planen."
    )
    assert decided(text) == ["approved", "noted"]


def test_suggest_falls_back_to_the_proposal() -> None:
    decision = "Sagen blev behandlet på mødet."
    proposal = "Det indstilles, at KKR tager orienteringen til efterretning."
    assert suggest(decision, proposal) == ["noted"]
    assert suggest("KKR drøftede sagen.", proposal) == ["discussed"]


def test_no_decision_part_means_no_suggestion() -> None:
    assert suggest(None, "Det indstilles, at KKR godkender planen.") == []


def test_a_passive_decision_counts_unless_its_paragraph_is_a_report() -> None:
    own = "KKR godkendte strategien.\n\nDen videre proces blev drøftet, og sekretariatet følger op."
    assert suggest(own, None) == ["approved", "discussed"]
    report = (
        "KKR godkendte strategien.\n\nFormanden orienterede om mødet i regionen. "
        "Her blev den videre proces drøftet."
    )
    assert suggest(report, None) == ["approved"]


# Words of every phrase, and what may stand between them: a search may only find a
# phrase inside one sentence, so the sentences may be searched joined (``decided``).
_WORDS = [
    "ikke", "blevet", "godkendt", "godkender", "godkendes", "til", "og", "efterretning",
    "orientering", "drøftede", "udpeget", "blev", "valgt", "anbefaler", "udsat", "afvist",
    "tiltrådte", "vedtaget", "tilsluttede", "sig", "KKR", "sagen", "-", "æble",
]  # fmt: skip


@given(
    st.lists(
        st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join),
        min_size=1,
        max_size=5,
    )
)
@example(["sagen blev ikke", "godkendt"])  # "ikke godkendt" across two sentences
@example(["til", "efterretning"])
def test_sentences_joined_apart_have_the_tags_of_each(sentences: list[str]) -> None:
    each = {tag for sentence in sentences for tag in decision_tags(sentence)}
    assert set(decision_tags(_APART.join(sentences))) == each
