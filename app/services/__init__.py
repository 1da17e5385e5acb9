"""Support services, courts and platforms: checked data and lookups, no Flask; their pages live
in views.py and platform_views.py, wired by `init_app`."""

from __future__ import annotations


def init_app(app) -> None:
    """The directory, help-near-you and platform pages; the urgent-help strip every page shows;
    one page per platform in the site map (the same for everyone: the static export writes it)."""
    from app.services.phones import link_phone_numbers
    from app.services.platform_views import bp as platforms
    from app.services.platforms import all_platforms
    from app.services.strip import urgent_services
    from app.services.views import bp as services
    from app.web.sitemap import site_map

    app.register_blueprint(services)
    app.register_blueprint(platforms)
    app.add_template_global(urgent_services)
    app.add_template_filter(link_phone_numbers, "phone_links")
    site_map(app).add_values(
        "platforms.platform",
        lambda: [{"platform_id": platform.id} for platform in all_platforms()], static=True)
