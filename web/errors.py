"""Errors as JSON under /api and as a Vietnamese page elsewhere; never a stack trace."""

from __future__ import annotations

from flask import Flask, Response, jsonify, make_response, render_template, request
from werkzeug.exceptions import BadRequest, HTTPException, InternalServerError, SecurityError

from search import IndexMissingError, InvalidRequest
from search.results import IndexDamagedError

MESSAGES_VI = {
    400: "Yêu cầu không hợp lệ",
    404: "Không tìm thấy trang",
    405: "Phương thức không được hỗ trợ",
    413: "Yêu cầu quá lớn",
    500: "Lỗi máy chủ",
    503: "Chưa có chỉ mục để tìm kiếm",
}


def _respond(status: int, message: str):
    if request.path.startswith("/api/"):
        return jsonify({"error": {"status": status, "message": message}}), status
    title = MESSAGES_VI.get(status, "Lỗi")
    return render_template("error.html", status=status, title=title, message=message), status


def register(app: Flask) -> None:
    @app.errorhandler(InvalidRequest)
    def invalid(exc: InvalidRequest):
        return _respond(400, str(exc))

    @app.errorhandler(IndexMissingError)
    def missing_index(exc: IndexMissingError):
        app.logger.error("%s", exc)
        if isinstance(exc, IndexDamagedError):
            return _respond(503, "the search index cannot be read; it is being or must be rebuilt")
        return _respond(503, "the search index is not built yet")

    @app.errorhandler(SecurityError)
    def untrusted_host(exc: SecurityError):
        # No links can be built for a host not in TRUSTED_HOSTS: no page template either.
        message = "this server does not answer for that host name (TRUSTED_HOSTS)"
        if request.path.startswith("/api/"):
            return jsonify({"error": {"status": 400, "message": message}}), 400
        return Response(f"400 {MESSAGES_VI[400]}: {message}\n", 400, mimetype="text/plain")

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        if isinstance(exc, BadRequest) and not exc.description:
            exc.description = "bad request"
        response, status = _respond(exc.code or 500, exc.description or exc.name)
        allowed = getattr(exc, "valid_methods", None)
        if allowed:
            response = make_response(response, status)
            response.headers["Allow"] = ", ".join(allowed)
        return response, status

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        app.logger.exception("unhandled error on %s", request.path)
        return _respond(500, InternalServerError.description)

    @app.after_request
    def security_headers(response):
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response
