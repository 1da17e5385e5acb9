"""deploy/nginx.conf.example, run for real on loopback in front of the real app.

The example is copied with only its paths, ports and certificate changed (a throw-away self-signed
one), plus one test-only line: the client's address is taken from an X-Test-Client header, so
that several clients — IPv4 and IPv6 — can be played from this one machine. Checked: port 80 only
redirects to HTTPS; TLS below 1.2 is refused and 1.2 uses a forward-secret AEAD suite; the app
server's Server header does not get out; search, the print view and form steps are limited per
client (an IPv6 client by its /64), answered by the app's own bilingual 429.
"""

from __future__ import annotations

import http.client
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import warnings
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from app import create_app
from tests.conftest import FACTS_ON, localized

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "deploy" / "nginx.conf.example"

WRAPPER = """daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 64; }}
http {{
  client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/fastcgi; uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
{example}
}}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def adapted(tmp: Path, http_port: int, https_port: int, app_port: int) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    replacements = {
        "/srv/recours/deploy/": f"{ROOT}/deploy/",
        "/srv/recours/build/static": f"{tmp}/static",
        "/var/log/nginx/recours.access.log": f"{tmp}/access.log",
        "/etc/ssl/recours/fullchain.pem": f"{tmp}/cert.pem",
        "/etc/ssl/recours/privkey.pem": f"{tmp}/key.pem",
        "server 127.0.0.1:8000;": f"server 127.0.0.1:{app_port};",
        "    listen 80;\n": f"    listen 127.0.0.1:{http_port};\n",
        "    listen [::]:80;\n": "",
        "    listen 443 ssl http2;": f"    listen 127.0.0.1:{https_port} ssl http2;",
        "    listen [::]:443 ssl http2;\n": "",
    }
    for old, new in replacements.items():
        assert old in text, f"the example no longer holds {old!r}: update this test"
        text = text.replace(old, new)
    # Test only: play several clients from one machine.
    text = text.replace("    server_name recours.example;\n    # ssl_certificate",
                        "    server_name recours.example;\n    set_real_ip_from 127.0.0.1;\n"
                        "    real_ip_header X-Test-Client;\n    # ssl_certificate", 1)
    return WRAPPER.format(tmp=tmp, example=text)


@pytest.fixture(scope="module")
def edge():
    nginx, openssl = shutil.which("nginx"), shutil.which("openssl")
    if not nginx or not openssl:
        pytest.fail("nginx and openssl are needed (make system-deps)")
    tmp = Path(tempfile.mkdtemp(prefix="recours-nginx-"))
    tmp.chmod(0o755)  # nginx's workers run as an unprivileged user when started by root
    (tmp / "static").mkdir(mode=0o755)
    subprocess.run([openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj",
                    "/CN=recours.example", "-keyout", str(tmp / "key.pem"), "-out",
                    str(tmp / "cert.pem")], check=True, capture_output=True)
    app = create_app({"TESTING": True, "FACTS_ON": FACTS_ON, "TRUSTED_PROXIES": 1})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    ports = {"http": free_port(), "https": free_port()}
    conf = tmp / "nginx.conf"
    conf.write_text(adapted(tmp, ports["http"], ports["https"], server.server_port),
                    encoding="utf-8")
    check = subprocess.run([nginx, "-t", "-p", str(tmp), "-c", str(conf)], capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen([nginx, "-p", str(tmp), "-c", str(conf)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", ports["https"]), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield ports
    finally:
        process.terminate()
        process.wait(timeout=10)
        server.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)


def tls_context(maximum=ssl.TLSVersion.TLSv1_3) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the throw-away certificate
    context.maximum_version = maximum
    return context


def call(ports, method: str, path: str, client: str = "203.0.113.1", body: str | None = None):
    connection = http.client.HTTPSConnection("127.0.0.1", ports["https"], context=tls_context(),
                                             timeout=30)
    headers = {"Host": "recours.example", "X-Test-Client": client}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        connection.close()


def test_port_80_only_redirects_to_https(edge):
    connection = http.client.HTTPConnection("127.0.0.1", edge["http"], timeout=10)
    connection.request("POST", "/fr/recherche?q=x", body="q=x", headers={"Host": "evil.example"})
    response = connection.getresponse()
    assert response.status == 301
    assert response.getheader("Location") == "https://recours.example/fr/recherche?q=x"
    assert response.getheader("Server") == "nginx"


def test_tls_below_1_2_is_refused_and_1_2_is_forward_secret(edge):
    with warnings.catch_warnings():  # Python warns about offering TLS 1.0/1.1: that is the test
        warnings.simplefilter("ignore", DeprecationWarning)
        old = tls_context(maximum=ssl.TLSVersion.TLSv1_1)
        old.minimum_version = ssl.TLSVersion.TLSv1
    old.set_ciphers("DEFAULT:@SECLEVEL=0")  # let this client offer what the server must refuse
    with pytest.raises(ssl.SSLError) as refused, socket.create_connection(
            ("127.0.0.1", edge["https"]), timeout=10) as sock:
        old.wrap_socket(sock)
    assert "PROTOCOL_VERSION" in str(refused.value).upper().replace(" ", "_")
    twelve = tls_context(maximum=ssl.TLSVersion.TLSv1_2)
    with socket.create_connection(("127.0.0.1", edge["https"]), timeout=10) as sock, \
            twelve.wrap_socket(sock) as tls:
        name, version, _bits = tls.cipher()
    assert version == "TLSv1.2" and name.startswith("ECDHE-")
    assert "GCM" in name or "CHACHA20" in name
    with socket.create_connection(("127.0.0.1", edge["https"]), timeout=10) as sock, \
            tls_context().wrap_socket(sock) as tls:
        assert tls.version() == "TLSv1.3"


def test_the_app_server_s_name_does_not_get_out(edge):
    status, headers, _ = call(edge, "GET", "/fr/recherche?q=plainte", client="203.0.113.2")
    assert status == 200
    assert headers["Server"] == "nginx"  # no version, and not the app server's own header
    assert headers["Strict-Transport-Security"].startswith("max-age=")


def burst(ports, method, path, client, count, body=None) -> list[int]:
    return [call(ports, method, path, client, body)[0] for _ in range(count)]


def test_search_is_limited_per_client_with_the_app_s_bilingual_page(edge):
    statuses = burst(edge, "POST", "/fr/recherche", "198.51.100.1", 30, "q=plainte")
    assert statuses[:21] == [200] * 21 and 429 in statuses, statuses
    status, headers, page = call(edge, "POST", "/fr/recherche", "198.51.100.1", "q=plainte")
    assert status == 429 and "Trop de demandes" in page
    assert headers["Cache-Control"].startswith("no-store")
    english = call(edge, "GET", "/en/search?q=x", "198.51.100.1")
    assert english[0] == 429 and "Too many requests" in english[2]
    assert call(edge, "POST", "/fr/recherche", "198.51.100.2", "q=plainte")[0] == 200


def test_an_ipv6_client_is_limited_by_its_64(edge):
    statuses = burst(edge, "GET", "/fr/recherche?q=loi", "2001:db8:1:2::1", 30)
    assert 429 in statuses, statuses
    same_network = call(edge, "GET", "/fr/recherche?q=loi", "2001:db8:1:2:ffff:ffff:ffff:fffe")
    assert same_network[0] == 429
    assert call(edge, "GET", "/fr/recherche?q=loi", "2001:db8:1:3::1")[0] == 200


def test_the_print_view_and_the_form_steps_are_limited(edge):
    prints = burst(edge, "POST", localized("/fr/complaint/print"), "192.0.2.10", 16, "x=1")
    assert 429 not in prints[:11] and 429 in prints, prints
    steps = burst(edge, "POST", localized("/fr/qualify"), "192.0.2.11", 45, "step=situation")
    assert 429 not in steps[:31] and 429 in steps, steps
    api = call(edge, "POST", "/api/v1/qualify", "192.0.2.11", "{}")
    assert api[0] == 429 and '"fr"' in api[2] and '"en"' in api[2]
