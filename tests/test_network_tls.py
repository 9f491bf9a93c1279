"""TLS certificates are verified: a server whose certificate no authority signed is refused."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QSslConfiguration

from tests.conftest import CliRun
from tests.test_updates_network import Server


@pytest.fixture
def certificate(tmp_path: Path) -> Path:
    return tmp_path / "certificate.pem"


@pytest.fixture
def tls_server(tmp_path: Path, certificate: Path) -> Iterator[Server]:
    """The test server, behind a certificate it signed itself."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make a certificate")
    key = tmp_path / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-keyout", str(key), "-out", str(certificate), "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate, key)
    serving = Server()
    serving.http.socket = context.wrap_socket(serving.http.socket, server_side=True)
    yield serving
    serving.stop()


def test_a_certificate_that_cannot_be_verified_is_refused(
    cli: CliRun, tls_server: Server, db_path: Path
) -> None:
    assert cli("program")[0] == 0
    before = db_path.read_bytes()
    url = tls_server.url.replace("http:", "https:") + "/schedule.json"
    code, out, err = cli("import", url)
    assert (code, out) == (1, "")
    assert err == (
        f"{url} could not be downloaded: its certificate could not be verified, so the server "
        "is not trusted.\n"
    )
    assert tls_server.requests == []
    assert db_path.read_bytes() == before


def test_a_certificate_of_a_trusted_authority_is_accepted(
    cli: CliRun, tls_server: Server, certificate: Path
) -> None:
    """The same server, once its certificate is trusted: the refusal above was the
    verification's."""
    default = QSslConfiguration.defaultConfiguration()
    trusting = QSslConfiguration.defaultConfiguration()
    assert trusting.addCaCertificates(str(certificate))
    QSslConfiguration.setDefaultConfiguration(trusting)
    try:
        code, out, err = cli("import", tls_server.url.replace("http:", "https:") + "/schedule.json")
    finally:
        QSslConfiguration.setDefaultConfiguration(default)
    assert code == 0, err
    assert "Imported NetCon" in out
