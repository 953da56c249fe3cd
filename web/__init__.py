"""Flask app: server-rendered pages and a JSON API over the search library."""

from __future__ import annotations

import os
from typing import Any

from flask import Flask, current_app

from search import SearchEngine


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Application factory; ``INDEX_DIR`` names the index the app reads."""
    app = Flask(__name__)
    app.config.from_mapping(
        INDEX_DIR=os.environ.get("INDEX_DIR", "index"),
        MAX_CONTENT_LENGTH=64 * 1024,
        JSON_SORT_KEYS=False,
    )
    if test_config:
        app.config.update(test_config)
    app.json.ensure_ascii = False
    app.json.sort_keys = False

    from web import api, errors, feeds, pages

    app.register_blueprint(pages.bp)
    app.register_blueprint(feeds.bp)
    app.register_blueprint(api.bp)
    errors.register(app)
    return app


def get_engine() -> SearchEngine:
    """The app's one engine, created on first use; it reopens the index when it changes."""
    engine = current_app.extensions.get("search_engine")
    if engine is None:
        engine = SearchEngine(current_app.config["INDEX_DIR"])
        current_app.extensions["search_engine"] = engine
    return engine
