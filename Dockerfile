# Recours: the app under granian. Build: docker build -t recours .
# Run: docker run -p 127.0.0.1:8000:8000 -e RECOURS_SITE_URL=https://recours.example \
#        -e RECOURS_SECURITY_CONTACT=https://recours.example/en/about recours
FROM python:3.11-slim

# WeasyPrint (PDF letters) needs Pango and HarfBuzz; fonts for the letters.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-liberation \
 && rm -rf /var/lib/apt/lists/*

ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    RECOURS_HOST=0.0.0.0 RECOURS_PORT=8000 RECOURS_BIND=0.0.0.0:8000 GRANIAN=granian

WORKDIR /srv/recours
COPY pyproject.toml README.md ./
COPY requirements ./requirements
COPY app ./app
COPY content ./content
COPY deploy ./deploy
# The locked runtime packages, each file checked against PyPI's hash; then the project itself,
# editable (the code runs from this folder, next to content/: config.ROOT), adding nothing unpinned.
RUN pip install --require-hashes -r requirements/app.lock \
 && pip install --no-deps --no-build-isolation -e . \
 && pybabel compile -d app/translations -D messages \
 && python -m compileall -q app \
 && useradd --system --no-create-home --uid 10001 recours

USER recours
EXPOSE 8000
CMD ["deploy/granian.sh"]
