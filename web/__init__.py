"""Flask app: server-rendered pages and a JSON API over the search library."""

from __future__ import annotations

import os
from typing import Any

from flask import Flask, current_app
from flask_compress import Compress

from search.backend import SearchBackend, open_backend, settings_from_environment

# The Host header ends up in absolute links (Atom) and redirects; only these names are
# believed, others get a 400. A public site sets its own name(s) in TRUSTED_HOSTS.
DEFAULT_TRUSTED_HOSTS = "localhost,127.0.0.1"


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Application factory; ``SEARCH_BACKEND`` with ``INDEX_DIR`` or ``SPHINX_URL`` name the
    index the app reads (the environment's values unless ``test_config`` says otherwise)."""
    app = Flask(__name__)
    trusted = os.environ.get("TRUSTED_HOSTS", DEFAULT_TRUSTED_HOSTS)
    app.config.from_mapping(
        **settings_from_environment(),
        MAX_CONTENT_LENGTH=64 * 1024,
        COMPRESS_MIN_SIZE=1024,
        JSON_SORT_KEYS=False,
        TRUSTED_HOSTS=[host.strip() for host in trusted.split(",") if host.strip()],
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
    Compress(app)
    return app


def get_engine() -> SearchBackend:
    """The app's one engine, created on first use; it follows the index as it changes."""
    engine = current_app.extensions.get("search_engine")
    if engine is None:
        engine = open_backend(current_app.config)
        current_app.extensions["search_engine"] = engine
    return engine
