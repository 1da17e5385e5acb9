"""The PDF renderer fetches nothing: a `file:` or `http:` image in the HTML is refused cleanly (no
exception, no request, nothing embedded), while WeasyPrint's own fetcher would load both."""

from __future__ import annotations

import http.server
import threading
import zlib
from struct import pack

import pytest

from app.letters.formats.pdf import html_to_pdf

from .readback import pdf_pages


def _png() -> bytes:
    """A 1×1 red PNG, made here so the test needs no file of its own."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return pack(">I", len(data)) + kind + data + pack(">I", zlib.crc32(kind + data))

    header = pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


@pytest.fixture
def server():
    """A local HTTP server that serves the PNG and records every request it gets."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(_png())

        def log_message(self, *args):
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()
    httpd.server_close()


def _html(tmp_path, base: str) -> str:
    image = tmp_path / "image.png"
    image.write_bytes(_png())
    return (f'<html lang="fr"><body><p>Lettre</p><img src="{image.as_uri()}" alt="">'
            f'<img src="{base}/image.png" alt="">'
            f'<link rel="stylesheet" href="{base}/style.css"></body></html>')


def test_every_fetch_is_refused_cleanly(tmp_path, server):
    base, hits = server
    pdf = html_to_pdf(_html(tmp_path, base))
    assert pdf.startswith(b"%PDF-")
    assert "Lettre" in "\n".join(pdf_pages(pdf))
    assert hits == []
    assert b"/Subtype /Image" not in pdf


def test_weasyprint_would_have_fetched_them(tmp_path, server):
    """The same HTML with WeasyPrint's default fetcher loads both images: the refusal above is
    the fetcher's doing, not an HTML that fetches nothing anyway."""
    from weasyprint import HTML

    base, hits = server
    pdf = HTML(string=_html(tmp_path, base), base_url=str(tmp_path)).write_pdf()
    assert "/image.png" in hits
    assert pdf.count(b"/Subtype /Image") >= 2
