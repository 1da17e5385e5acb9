#!/bin/sh
# Recours behind granian (a Rust HTTP server for WSGI apps): the recommended production server.
# It serves cached content pages several times faster than gunicorn on the same machine
# (docs/performance.md). App processes are stateless: run as many as needed behind any balancer.
# The access log holds the method, the path (never the query string), the status and the duration:
# no IP address, no body, no referrer; control characters in a path are written as escapes
# (deploy/granian-logging.json → app/web/logsafe.py), so no request can forge a line.
# Override with RECOURS_HOST, RECOURS_PORT, RECOURS_WORKERS.
# HTTP/1.1 only (the edge speaks HTTP/2 to browsers) and 3 Python threads per worker: letters are
# drawn in each worker's render pool (2 at once, app/letters/pool.py), whose waiting threads serve
# no page, so the third is always there for pages (docs/performance.md); RECOURS_BLOCKING_THREADS
# changes it, with RECOURS_RENDER_WORKERS kept below it.
set -eu
cd "$(dirname "$0")/.."
exec "${GRANIAN:-.venv/bin/granian}" --interface wsgi --factory \
  --host "${RECOURS_HOST:-127.0.0.1}" --port "${RECOURS_PORT:-8000}" \
  --workers "${RECOURS_WORKERS:-$(nproc)}" \
  --workers-lifetime "${RECOURS_WORKERS_LIFETIME:-6h}" \
  --http 1 --no-ws \
  --blocking-threads "${RECOURS_BLOCKING_THREADS:-3}" \
  --log-config deploy/granian-logging.json \
  --access-log --access-log-fmt '"%(method)s %(path)s" %(status)d %(dt_ms).1fms' \
  app:create_served_app
