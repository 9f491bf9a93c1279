"""Downloading a programme from where it is published, without blocking the event loop.

`Fetch` asks a web server once and says what came back: the file, "not modified" (for a
conditional request), or one sentence saying why not. The limits hold while the bytes arrive
(the size of any schedule, a few redirects, a transfer timeout); the system's proxy settings and
TLS certificate verification apply, as in a browser. An address may carry a secret (a private
link's token, a password): `shown_address` is the only form in which one is shown or logged.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QUrl, Signal
from PySide6.QtNetwork import (
    QNetworkAccessManager,
    QNetworkProxyFactory,
    QNetworkReply,
    QNetworkRequest,
)

from planner.services.schedules import common

log = logging.getLogger(__name__)

# How long a server may send nothing before the download is given up (tests shorten it).
TIMEOUT_MS = 30_000
MAX_REDIRECTS = 5
# Qt reads no further ahead of the planner than this, so a body past the limit is stopped
# after at most this much more.
READ_AHEAD = 256 * 1024
WEB_SCHEMES = ("http", "https")
# Path segments whose next segment is a token: pretalx's private links, /p/<token>/.
_TOKEN_BEFORE = frozenset({"p", "key", "token", "secret"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
Error = QNetworkReply.NetworkError


class Status(Enum):
    OK = "ok"
    NOT_MODIFIED = "not modified"
    FAILED = "failed"


@dataclass(frozen=True)
class FetchResult:
    status: Status
    # Where the file came from in the end, after redirects.
    url: str
    data: bytes | None = None
    # What the server said of this version, for the next conditional request.
    etag: str | None = None
    last_modified: str | None = None
    # On failure: one sentence naming the address (as `shown_address` gives it) and the cause.
    message: str = ""
    # The failure is the file's, not the network's: it is larger than any schedule.
    too_large: bool = False


class AddressError(ValueError):
    """An address the planner does not download from; the message says why."""


def is_address(text: str) -> bool:
    """Whether `text` is an address (it starts with a scheme) rather than a file's path.
    A one-letter "scheme" is a Windows drive: C:\\schedule.xml is a file."""
    return _SCHEME.match(text) is not None


def web_address(text: str) -> QUrl:
    """`text` as a web address to download from; AddressError for anything but http(s)."""
    url = QUrl(text.strip(), QUrl.ParsingMode.StrictMode)
    if url.scheme().lower() not in WEB_SCHEMES:
        raise AddressError(
            QCoreApplication.translate(
                "Fetch",
                "{address} is not a web address; a programme is downloaded only from an address "
                "that starts with https:// or http://.",
            ).format(address=shown_address(text.strip()))
        )
    if not url.isValid() or not url.host():
        raise AddressError(
            QCoreApplication.translate(
                "Fetch",
                "{address} is not a complete web address; one looks like "
                "https://example.org/schedule.xml.",
            ).format(address=shown_address(text.strip()))
        )
    return url


def shown_address(url: str) -> str:
    """`url` as it may be shown or logged: scheme, server and path, with any user name or
    password, every query value and any token in the path replaced by "…"."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "…"
    server = parts.netloc.rpartition("@")
    netloc = f"…@{server[2]}" if server[1] else server[2]
    segments = parts.path.split("/")
    shown = [
        _shortened(segment)
        if _looks_random(segment) or (number > 0 and segments[number - 1] in _TOKEN_BEFORE)
        else segment
        for number, segment in enumerate(segments)
    ]
    query = "&".join(
        f"{name}=…" if equals else "…"
        for name, equals, _value in (pair.partition("=") for pair in parts.query.split("&"))
    )
    address = f"{parts.scheme}:" if parts.scheme else ""
    if parts.netloc or url.startswith(f"{address}//"):
        address += f"//{netloc}"
    return address + "/".join(shown) + (f"?{query}" if parts.query else "")


def _looks_random(segment: str) -> bool:
    """A token rather than a name: long, with digits, lower and upper case mixed as no word or
    date mixes them (within a run of letters and digits; "schedule-2025-05-17" is a name)."""
    if len(segment) < 12:
        return False
    kinds = [_kind(character) for character in segment]
    mixes = sum(1 for a, b in pairwise(kinds) if a != b and "." not in (a, b))
    return 3 * mixes >= len(segment)


def _kind(character: str) -> str:
    if character.isdigit():
        return "0"
    if character.isalpha():
        return "A" if character.isupper() else "a"
    return "."


def _shortened(segment: str) -> str:
    return f"{segment[:4]}…" if len(segment) >= 12 else "…"


class Fetch(QObject):
    """One download of `url`, started with `start()` and told by `finished(FetchResult)`.

    Conditional when `etag` or `last_modified` is given: a server whose file has not changed
    since answers "not modified". Raises AddressError for an address that is not http(s).
    """

    # Bytes received, bytes in all (-1: not known); 64-bit, as a server may announce anything.
    progress = Signal("qint64", "qint64")  # type: ignore[arg-type]
    finished = Signal(object)  # FetchResult

    def __init__(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        timeout_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.address = web_address(url)
        self.url = url
        self.result: FetchResult | None = None
        self._etag = etag
        self._last_modified = last_modified
        self._timeout_ms = TIMEOUT_MS if timeout_ms is None else timeout_ms
        self._network = QNetworkAccessManager(self)
        self._reply: QNetworkReply | None = None
        self._body = bytearray()
        self._too_large = False
        self._cancelled = False

    def start(self) -> None:
        QNetworkProxyFactory.setUseSystemConfiguration(True)
        request = QNetworkRequest(self.address)
        request.setAttribute(
            QNetworkRequest.Attribute.RedirectPolicyAttribute,
            QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy,
        )
        request.setMaximumRedirectsAllowed(MAX_REDIRECTS)
        request.setTransferTimeout(self._timeout_ms)
        if self._etag:
            request.setRawHeader(b"If-None-Match", self._etag.encode("latin-1", "replace"))
        if self._last_modified:
            request.setRawHeader(
                b"If-Modified-Since", self._last_modified.encode("latin-1", "replace")
            )
        reply = self._network.get(request)
        reply.setReadBufferSize(READ_AHEAD)
        reply.metaDataChanged.connect(self._on_reply_meta_data_changed)
        reply.readyRead.connect(self._on_reply_ready_read)
        reply.downloadProgress.connect(self.progress.emit)
        reply.finished.connect(self._on_reply_finished)
        self._reply = reply

    def cancel(self) -> None:
        """Stop the download; `finished` then says it was cancelled."""
        if self._reply is not None and self.result is None:
            self._cancelled = True
            self._reply.abort()

    def wait(self) -> FetchResult:
        """Download to the end, running the event loop meanwhile: for the command line, whose
        loop has nothing else to do."""
        if self.result is None:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            if self._reply is None:
                self.start()
            if self.result is None:
                loop.exec()
        assert self.result is not None
        return self.result

    def _on_reply_meta_data_changed(self) -> None:
        assert self._reply is not None
        length = self._reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
        if _is_success(self._reply) and isinstance(length, int) and length > common.MAX_BYTES:
            self._refuse_size()

    def _on_reply_ready_read(self) -> None:
        assert self._reply is not None
        self._body += self._reply.readAll().data()
        if len(self._body) > common.MAX_BYTES:
            self._refuse_size()

    def _refuse_size(self) -> None:
        assert self._reply is not None
        self._too_large = True
        self._reply.abort()

    def _on_reply_finished(self) -> None:
        reply = self._reply
        assert reply is not None
        if reply.isOpen():
            self._body += reply.readAll().data()
        self.result = self._outcome(reply)
        reply.deleteLater()
        self.finished.emit(self.result)

    def _outcome(self, reply: QNetworkReply) -> FetchResult:
        final = reply.url().toString(QUrl.ComponentFormattingOption.FullyEncoded)
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        error = reply.error()
        etag = _header(reply, "ETag") or self._etag
        last_modified = _header(reply, "Last-Modified") or self._last_modified
        if self._too_large or len(self._body) > common.MAX_BYTES:
            return self._failed(final, "", too_large=True)
        if self._cancelled:
            return self._failed(
                final, QCoreApplication.translate("Fetch", "the download was cancelled")
            )
        if error == Error.NoError and status == 304:
            return FetchResult(Status.NOT_MODIFIED, final, None, etag, last_modified)
        if error != Error.NoError or not _is_success(reply):
            log.warning(
                "download of %s failed: %s, HTTP status %s", shown_address(self.url), error, status
            )
            return self._failed(final, self._cause(error, status))
        if _truncated(reply, len(self._body)):
            return self._failed(final, self._cause(Error.RemoteHostClosedError, status))
        return FetchResult(Status.OK, final, bytes(self._body), etag, last_modified)

    def _failed(self, final: str, cause: str, *, too_large: bool = False) -> FetchResult:
        if too_large:
            message = QCoreApplication.translate(
                "Fetch",
                "{address} is larger than {size} MB, which no schedule is, so the download "
                "was stopped.",
            ).format(address=shown_address(self.url), size=common.MAX_BYTES // 2**20)
        else:
            message = QCoreApplication.translate(
                "Fetch", "{address} could not be downloaded: {cause}."
            ).format(address=shown_address(self.url), cause=cause)
        return FetchResult(Status.FAILED, final, message=message, too_large=too_large)

    def _cause(self, error: QNetworkReply.NetworkError, status: object) -> str:
        translate = QCoreApplication.translate
        if isinstance(status, int) and status >= 300:
            if status in (401, 403):
                text = translate("Fetch", "the server refuses access to it (HTTP {status})")
            elif status in (404, 410):
                text = translate("Fetch", "the server has no file there (HTTP {status})")
            elif status >= 500:
                text = translate("Fetch", "the server failed (HTTP {status}); try again later")
            elif error == Error.TooManyRedirectsError:
                text = translate("Fetch", "it redirects more than {count} times")
            elif error == Error.InsecureRedirectError:
                text = translate(
                    "Fetch", "it redirects from https to an address that is not secure"
                )
            elif error == Error.ProtocolUnknownError:
                text = translate("Fetch", "it redirects to an address that is not a web address")
            else:
                text = translate("Fetch", "the server answered HTTP {status} instead of a file")
            return text.format(status=status, count=MAX_REDIRECTS)
        causes = {
            Error.HostNotFoundError: translate(
                "Fetch",
                "the server {host} was not found; check the address, and that this computer "
                "is online",
            ),
            Error.ConnectionRefusedError: translate(
                "Fetch", "the server {host} refused the connection"
            ),
            Error.TimeoutError: translate("Fetch", "the server sent nothing for {seconds} seconds"),
            Error.RemoteHostClosedError: translate(
                "Fetch", "the connection closed before the whole file had arrived"
            ),
            Error.SslHandshakeFailedError: translate(
                "Fetch", "its certificate could not be verified, so the server is not trusted"
            ),
            Error.TemporaryNetworkFailureError: translate(
                "Fetch", "the network is not available; check that this computer is online"
            ),
            Error.NetworkSessionFailedError: translate(
                "Fetch", "the network is not available; check that this computer is online"
            ),
        }
        proxy = translate("Fetch", "the proxy server set on this computer could not be used")
        for failure in (
            Error.ProxyConnectionRefusedError,
            Error.ProxyConnectionClosedError,
            Error.ProxyNotFoundError,
            Error.ProxyTimeoutError,
            Error.ProxyAuthenticationRequiredError,
        ):
            causes[failure] = proxy
        text = causes.get(error, translate("Fetch", "a network error ({code})"))
        return text.format(
            host=self.address.host(),
            seconds=max(1, round(self._timeout_ms / 1000)),
            code=error.name,
        )


def _is_success(reply: QNetworkReply) -> bool:
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    return isinstance(status, int) and 200 <= status < 300


def _header(reply: QNetworkReply, name: str) -> str | None:
    if not reply.hasRawHeader(name):
        return None
    return bytes(reply.rawHeader(name).data()).decode("latin-1") or None


def _truncated(reply: QNetworkReply, received: int) -> bool:
    """A body shorter than the server announced (Qt decompresses, and then the announced
    length is not the length of what it gives)."""
    length = reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
    compressed = reply.hasRawHeader("Content-Encoding")
    return isinstance(length, int) and not compressed and received < length
