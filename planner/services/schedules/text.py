"""Programme text made safe to show: control and direction-override characters removed, and
the HTML some formats allow in descriptions turned into its plain text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# C0 and C1 controls other than tab and newline, and the characters that embed, override or
# isolate a direction: invisible, they could make "fdp.exe" display as "exe.pdf".
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u061c\u200e\u200f]")
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
_BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "tr", "pre"})


def clean(text: str) -> tuple[str, bool]:
    """`text` without unsafe characters (line breaks as \\n), and whether any were removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = _UNSAFE.sub("", text)
    return cleaned, cleaned != text


def plain(text: str) -> str:
    """A description's plain text: HTML markup (as FOSDEM and wafer write descriptions)
    becomes the text it shows, with paragraphs as blank lines and a link's address after its
    text; anything else is returned as it is."""
    if not _TAG.search(text):
        return text
    reader = _TextOfHtml()
    reader.feed(text)
    reader.close()
    lines = [" ".join(line.split()) for line in "".join(reader.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._links: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n" if tag == "p" else "\n")
        if tag == "li":
            self.parts.append("• ")
        if tag == "a":
            self._links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._links:
            href = self._links.pop()
            if href and href.startswith(("http://", "https://")) and href not in self.parts[-1:]:
                self.parts.append(f" ({href})")
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)
