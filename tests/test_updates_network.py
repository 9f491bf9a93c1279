"""Importing a programme from its web address and following its updates, against a server on
127.0.0.1 that the test starts: every failure is one sentence and changes nothing."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from planner.services import fetching
from planner.services.schedules import common
from tests.conftest import CliRun, program_json

GUIDS = {name: str(uuid.uuid5(uuid.NAMESPACE_URL, f"netcon/{name}")) for name in "ABCDEF"}
# Talk -> start on 3 June 2030, as the first version has them: A and B together, C after.
FIRST = {"A": "10:00", "B": "10:00", "C": "11:00", "D": "11:00"}
# The second: A moved to 14:00, E new.
SECOND = {"A": "14:00", "B": "10:00", "C": "11:00", "D": "11:00", "E": "15:00"}
# A stream far larger than the (shortened) limit.
LARGE = 256 * 2**20
CHUNK = 64 * 1024
SIGN_IN_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>Wi-Fi</title></head><body>Sign in</body></html>"
)


def schedule(talks: dict[str, str], title: str = "NetCon") -> bytes:
    """A small C3VOC schedule.json of one day: each talk (by letter) at its start, 45
    minutes long, in a room of its own."""
    rooms = {
        f"Room {name}": [
            {
                "guid": GUIDS[name],
                "id": ord(name),
                "date": f"2030-06-03T{start}:00+02:00",
                "start": start,
                "duration": "00:45",
                "title": f"Talk {name}",
                "room": f"Room {name}",
                "type": "Talk",
            }
        ]
        for name, start in talks.items()
    }
    document = {
        "schedule": {
            "version": hashlib.sha256(repr(talks).encode()).hexdigest()[:8],
            "conference": {
                "acronym": "netcon",
                "title": title,
                "time_zone_name": "Europe/Stockholm",
                "days": [
                    {
                        "index": 1,
                        "date": "2030-06-03",
                        "day_start": "2030-06-03T06:00:00+02:00",
                        "day_end": "2030-06-04T03:00:00+02:00",
                        "rooms": rooms,
                    }
                ],
            },
        }
    }
    return json.dumps(document).encode()


@dataclass
class Request:
    path: str
    if_none_match: str | None
    status: int


class Server:
    """Serves `body` at any path ending in /schedule.json, with an ETag it honours (unless
    `conditional` is off), and misbehaves in the ways the paths below name."""

    def __init__(self) -> None:
        self.body = schedule(FIRST)
        self.conditional = True
        self.failing = False
        self.requests: list[Request] = []
        # Set by the test: a stalled answer, or one held back, goes on.
        self.release = threading.Event()
        self.hold = False
        # Set by the server: a request has arrived; the large body's connection is over,
        # after `sent` bytes.
        self.arrived = threading.Event()
        self.streamed = threading.Event()
        self.sent = 0
        self.http = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.http.daemon_threads = True
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http.server_address[1]}"

    def stop(self) -> None:
        self.release.set()
        self.http.shutdown()
        self.http.server_close()
        self.thread.join(timeout=10)


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass  # what the test reads on stderr is the planner's

        def answer(self, status: int, body: bytes = b"", **headers: str) -> None:
            server.requests.append(Request(self.path, self.headers["If-None-Match"], status))
            self.send_response(status)
            headers.setdefault("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            server.arrived.set()
            path = urlsplit(self.path).path
            if path.endswith("/schedule.json"):
                self.schedule()
            elif path.startswith("/moved-"):
                self.answer(int(path.removeprefix("/moved-")), Location="/schedule.json")
            elif path == "/error":
                self.answer(500, b"Internal Server Error")
            elif path == "/portal":
                self.answer(200, SIGN_IN_PAGE, Content_Type="text/html")
            elif path == "/truncated":
                self.answer(200, server.body[:100], Content_Length=str(len(server.body)))
            elif path == "/stall":
                self.answer(200, b"", Content_Length="1000")
                self.wfile.flush()
                server.release.wait(timeout=10)
            elif path == "/large":
                self.large()
            else:
                self.answer(404)

        def schedule(self) -> None:
            if server.failing:
                self.answer(503)
                return
            if server.hold:
                server.release.wait(timeout=10)
            etag = f'"{hashlib.sha256(server.body).hexdigest()[:16]}"'
            if server.conditional and self.headers["If-None-Match"] == etag:
                self.answer(304, ETag=etag)
            else:
                self.answer(200, server.body, ETag=etag, Content_Type="application/json")

        def large(self) -> None:
            """A body with no length, streamed until the client stops reading."""
            server.requests.append(Request(self.path, None, 200))
            self.send_response(200)
            self.end_headers()
            try:
                while server.sent < LARGE:
                    self.wfile.write(b"{" * CHUNK)
                    server.sent += CHUNK
            except OSError:
                pass  # the planner hung up, as it should
            finally:
                server.streamed.set()

    return Handler


@pytest.fixture
def server() -> Iterator[Server]:
    serving = Server()
    yield serving
    serving.stop()


@pytest.fixture
def imported(cli: CliRun, server: Server) -> str:
    """NetCon imported from the server, with talk A chosen; returns the address."""
    url = f"{server.url}/netcon/schedule.json"
    code, out, err = cli("import", url)
    assert code == 0, err
    assert "Imported NetCon" in out
    assert cli("choose", GUIDS["A"])[0] == 0
    server.requests.clear()
    return url


def starts(cli: CliRun) -> dict[str, str]:
    return {item["id"]: item["start"] for item in program_json(cli)["items"]}


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_update_asks_conditionally_then_imports_a_new_version_that_can_be_undone(
    cli: CliRun, server: Server, imported: str
) -> None:
    code, out, err = cli("update")
    assert code == 0, err
    assert out.startswith("No changes since ")
    assert len(out.strip().splitlines()) == 1
    assert [(r.status, r.if_none_match is not None) for r in server.requests] == [(304, True)]

    server.body = schedule(SECOND)
    code, out, err = cli("update")
    assert code == 0, err
    assert "Updated NetCon." in out
    assert "Your choices:" in out and "Talk A" in out
    assert "New:" in out and "Talk E" in out
    chosen = [i["id"] for i in program_json(cli, "--conference", "netcon")["items"] if i["chosen"]]
    assert chosen == [GUIDS["A"]]  # the choice moved with its talk
    assert starts(cli)[GUIDS["A"]] == "14:00"

    assert cli("undo-import")[0] == 0
    assert starts(cli) == {GUIDS[name]: start for name, start in FIRST.items()}


def test_the_same_file_again_from_a_server_without_etags_is_no_change(
    cli: CliRun, server: Server, imported: str
) -> None:
    server.conditional = False
    code, out, err = cli("update")
    assert (code, err) == (0, "")
    assert out.startswith("No changes since ")
    assert [r.status for r in server.requests] == [200]


@pytest.mark.parametrize("status", [301, 302, 307])
def test_a_redirect_is_followed(cli: CliRun, server: Server, status: int) -> None:
    code, out, err = cli("import", f"{server.url}/moved-{status}")
    assert code == 0, err
    assert "Imported NetCon" in out
    assert [r.status for r in server.requests] == [status, 200]


def test_an_update_that_cancels_most_sessions_needs_force(
    cli: CliRun, server: Server, imported: str
) -> None:
    server.body = schedule({"E": "15:00", "F": "16:00"})
    code, _out, err = cli("update")
    assert code == 2
    assert "--force" in one_sentence(err)
    assert starts(cli) == {GUIDS[name]: start for name, start in FIRST.items()}
    code, out, err = cli("update", "--force")
    assert code == 0, err
    assert "Cancelled:" in out


def test_update_all_looks_at_every_conference_with_an_address(
    cli: CliRun, server: Server, imported: str
) -> None:
    code, out, err = cli("update", "--all")
    assert (code, err) == (0, "")
    assert out.startswith("NetCon: No changes since ")


def test_a_conference_without_an_address_has_nothing_to_update(cli: CliRun) -> None:
    code, _out, err = cli("update")
    assert code == 2
    assert "no web address to look at" in one_sentence(err)


@pytest.mark.parametrize(
    "failure",
    [
        ("/error", 1, "the server failed (HTTP 500)"),
        ("/truncated", 1, "closed before the whole file had arrived"),
        ("/portal", 2, "sent a web page, not a schedule"),
        ("/nothing-here", 1, "has no file there (HTTP 404)"),
    ],
)
def test_a_failed_import_is_one_sentence_and_changes_nothing(
    cli: CliRun, server: Server, db_path: Path, failure: tuple[str, int, str]
) -> None:
    path, code, cause = failure
    assert cli("program")[0] == 0  # the database exists
    before = db_path.read_bytes()
    result, out, err = cli("import", server.url + path)
    assert (result, out) == (code, "")
    sentence = one_sentence(err)
    assert cause in sentence
    assert server.url + path in sentence
    assert db_path.read_bytes() == before


def test_a_stalled_server_is_given_up_after_the_timeout(
    cli: CliRun, server: Server, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetching, "TIMEOUT_MS", 300)
    assert cli("program")[0] == 0
    before = db_path.read_bytes()
    code, _out, err = cli("import", f"{server.url}/stall")
    assert code == 1
    assert "the server sent nothing for 1 seconds" in one_sentence(err)
    assert db_path.read_bytes() == before


def test_a_body_past_the_limit_is_stopped_while_it_downloads(
    cli: CliRun, server: Server, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common, "MAX_BYTES", 2**20)
    assert cli("program")[0] == 0
    before = db_path.read_bytes()
    code, _out, err = cli("import", f"{server.url}/large")
    assert code == 2
    assert "is larger than 1 MB" in one_sentence(err)
    assert server.streamed.wait(timeout=10)
    assert server.sent < LARGE // 16
    assert db_path.read_bytes() == before


def test_a_stopped_server_is_one_sentence(
    cli: CliRun, server: Server, imported: str, db_path: Path
) -> None:
    server.stop()
    before = db_path.read_bytes()
    code, _out, err = cli("import", imported)
    assert code == 1
    assert "refused the connection" in one_sentence(err)
    assert db_path.read_bytes() == before

    code, _out, err = cli("update")
    assert code == 1
    sentence = one_sentence(err)
    assert imported in sentence
    assert db_path.read_bytes() == before
    assert starts(cli) == {GUIDS[name]: start for name, start in FIRST.items()}


def test_a_failed_update_leaves_the_programme(cli: CliRun, server: Server, imported: str) -> None:
    server.failing = True
    programme = program_json(cli)
    code, _out, err = cli("update")
    assert code == 1
    assert "HTTP 503" in one_sentence(err)
    assert program_json(cli) == programme


def test_a_file_that_is_no_longer_a_schedule_is_bad_input(
    cli: CliRun, server: Server, imported: str
) -> None:
    server.body = b"<rss><channel><title>News</title></channel></rss>"
    code, _out, err = cli("update")
    assert code == 2
    assert one_sentence(err).startswith(f"The file at {imported} cannot be imported:")
    assert starts(cli) == {GUIDS[name]: start for name, start in FIRST.items()}


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/schedule.xml"])
def test_only_web_addresses_are_imported(
    cli: CliRun, server: Server, db_path: Path, url: str
) -> None:
    assert cli("program")[0] == 0
    before = db_path.read_bytes()
    code, _out, err = cli("import", url)
    assert code == 2
    assert "https://" in one_sentence(err)
    assert db_path.read_bytes() == before
    assert server.requests == []


def test_an_address_with_a_secret_is_never_shown_whole(cli: CliRun, server: Server) -> None:
    token, key, password = "Zk3q9XvB2mLw7TcR", "s3cr3tK3yValue", "pa55word"
    port = server.http.server_address[1]
    url = f"http://alice:{password}@127.0.0.1:{port}/p/{token}/schedule.json?key={key}"
    outputs = [cli("import", url)]
    server.failing = True
    outputs.append(cli("update"))
    assert [code for code, _out, _err in outputs] == [0, 1]
    shown = f"http://…@127.0.0.1:{port}/p/Zk3q…/schedule.json?key=…"
    assert shown in outputs[1][2]
    # The log file is wherever start-up pointed the root logger's file handler.
    (handler,) = (h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler))
    log = Path(handler.baseFilename).read_text(encoding="utf-8")
    assert shown in log
    for secret in (token, key, password):
        for _code, out, err in outputs:
            assert secret not in out and secret not in err
        assert secret not in log
