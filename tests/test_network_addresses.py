"""Which addresses the planner downloads from, and how it shows one that holds a secret."""

from __future__ import annotations

from typing import Any

import pytest

from planner.services.fetching import AddressError, is_address, shown_address, web_address


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "https://pretalx.com/democon/schedule/export/schedule.xml",
            "https://pretalx.com/democon/schedule/export/schedule.xml",
        ),
        (
            "https://pretalx.com/democon/schedule/export/schedule.xml?key=8f2Kd93LqP0z&lang=en",
            "https://pretalx.com/democon/schedule/export/schedule.xml?key=…&lang=…",
        ),
        (
            "https://example.org/p/Zk3q9XvB2mLw7TcR/schedule.json",
            "https://example.org/p/Zk3q…/schedule.json",
        ),
        ("https://example.org/p/short/schedule.json", "https://example.org/p/…/schedule.json"),
        (
            "https://alice:pa55word@example.org:8443/schedule.xml",
            "https://…@example.org:8443/schedule.xml",
        ),
        (
            "https://example.org/0b9f2c4e-5a77-4c1e-9d3e-2e8f1a6b7c01/schedule.json",
            "https://example.org/0b9f…/schedule.json",
        ),
        (
            "https://example.org/fosdem-2025/v2-schedule-2025-05-17.json#top",
            "https://example.org/fosdem-2025/v2-schedule-2025-05-17.json",
        ),
        ("https://example.org/schedule.xml?a3f9c2e1b7", "https://example.org/schedule.xml?…"),
        ("http://[::1", "…"),
    ],
)
def test_an_address_is_shown_without_its_secrets(url: str, shown: str) -> None:
    assert shown_address(url) == shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.org/schedule.xml", True),
        ("file:///etc/passwd", True),
        ("ftp://example.org/x", True),
        ("C:\\Users\\me\\schedule.xml", False),
        ("schedule.xml", False),
        ("./odd:name.json", False),
    ],
)
def test_an_address_is_told_from_a_file(text: str, expected: bool) -> None:
    assert is_address(text) is expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("file:///etc/passwd", "is not a web address"),
        ("ftp://example.org/schedule.xml", "is not a web address"),
        ("javascript:alert(1)", "is not a web address"),
        ("https://", "is not a complete web address"),
        ("http:///schedule.xml", "is not a complete web address"),
    ],
)
def test_only_http_and_https_are_downloaded_from(qapp: Any, text: str, reason: str) -> None:
    with pytest.raises(AddressError, match=reason):
        web_address(text)
    assert web_address(" https://example.org/schedule.xml ").host() == "example.org"
