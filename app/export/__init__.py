"""Static export: every content page in both languages, the assets, sitemap and robots, written as
files that any static host or CDN can serve (`flask export static`, or `python -m app.export`)."""
