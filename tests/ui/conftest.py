"""Every UI test runs with messages captured: a forgotten modal dialog cannot hang CI."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kkr_desk.ui import msgbox


@pytest.fixture(autouse=True)
def _no_modal_messages(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("real_messages") or msgbox.is_captured():
        yield  # the test deals with messages itself
        return
    with msgbox.captured():
        yield
