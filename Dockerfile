# Recours: the app under granian. Build: docker build -t recours .
# Run: docker run -p 8000:8000 -e RECOURS_SITE_URL=https://recours.example recours
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
COPY app ./app
COPY content ./content
COPY deploy ./deploy
# Editable install: the code runs from this folder, next to content/ (config.ROOT).
RUN pip install -e . \
 && pybabel compile -d app/translations -D messages \
 && python -m compileall -q app \
 && useradd --system --no-create-home --uid 10001 recours

USER recours
EXPOSE 8000
CMD ["deploy/granian.sh"]
