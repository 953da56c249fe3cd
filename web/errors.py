"""Errors as JSON under /api and as a Vietnamese page elsewhere; never a stack trace."""

from __future__ import annotations

from flask import Flask, Response, jsonify, make_response, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError, SecurityError

from search import IndexMissingError, InvalidRequest
from search.query import MAX_QUERY_CHARS
from search.results import IndexDamagedError
from web.labels import invalid_request_vi
from web.view import query_string

MESSAGES_VI = {
    400: "Yêu cầu không hợp lệ",
    404: "Không tìm thấy trang",
    405: "Phương thức không được hỗ trợ",
    413: "Yêu cầu quá lớn",
    500: "Lỗi máy chủ",
    503: "Chưa có chỉ mục để tìm kiếm",
}


CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    500: "internal",
    503: "index_missing",
}
# Werkzeug's own descriptions are English; a page shows these instead.
DEFAULT_MESSAGES_VI = {
    400: "Địa chỉ tìm kiếm không hợp lệ.",
    404: "Không có trang này. Hãy kiểm tra địa chỉ hoặc tìm ở ô phía trên.",
    405: "Trang này không nhận yêu cầu kiểu này.",
    413: "Yêu cầu quá lớn.",
    500: "Máy chủ gặp lỗi; xin thử lại sau.",
}
INDEX_MESSAGES_VI = {
    "index_missing": "Chỉ mục tìm kiếm chưa được tạo. Xin thử lại sau ít phút.",
    "index_damaged": "Chỉ mục tìm kiếm đang được tạo lại. Xin thử lại sau ít phút.",
}


def _respond(
    status: int,
    message: str,
    code: str | None = None,
    *,
    message_vi: str | None = None,
    retry_url: str | None = None,
    param: str | None = None,
):
    """JSON under /api (the English ``message``, a stable ``code``, the rejected
    ``param``), a Vietnamese page elsewhere (``message_vi``, the query kept, a
    ``retry_url``)."""
    code = code or CODES.get(status, "error")
    if request.path.startswith("/api/"):
        error = {"status": status, "code": code, "message": message}
        if param is not None:
            error["param"] = param
        return jsonify({"error": error}), status
    return render_template(
        "error.html",
        status=status,
        title=MESSAGES_VI.get(status, "Lỗi"),
        message=message_vi or message,
        query=request.args.get("q", ""),
        retry_url=retry_url,
    ), status


def _retry_url(exc: InvalidRequest) -> str | None:
    """The same search without what was wrong: the query cut to length, the bad parameter
    dropped; none when the address as a whole is at fault."""
    if exc.param == "*" or not request.path.startswith("/search"):
        return None
    if exc.param == "q":
        fixed = query_string(request.args, q=request.args.get("q", "")[:MAX_QUERY_CHARS])
    else:
        fixed = query_string(request.args, **{exc.param: None})
    return request.path + fixed


def register(app: Flask) -> None:
    @app.errorhandler(InvalidRequest)
    def invalid(exc: InvalidRequest):
        return _respond(
            400,
            str(exc),
            exc.code,
            message_vi=invalid_request_vi(exc),
            retry_url=_retry_url(exc),
            param=exc.param,
        )

    @app.errorhandler(IndexMissingError)
    def missing_index(exc: IndexMissingError):
        app.logger.error("%s", exc)
        if isinstance(exc, IndexDamagedError):
            message, code = (
                "the search index cannot be read; it is being or must be rebuilt",
                "index_damaged",
            )
        else:
            message, code = "the search index is not built yet", "index_missing"
        return _respond(503, message, code, message_vi=INDEX_MESSAGES_VI[code])

    @app.errorhandler(SecurityError)
    def untrusted_host(exc: SecurityError):
        # No links can be built for a host not in TRUSTED_HOSTS: no page template either.
        message = "this server does not answer for that host name (TRUSTED_HOSTS)"
        if request.path.startswith("/api/"):
            error = {"status": 400, "code": "untrusted_host", "message": message}
            return jsonify({"error": error}), 400
        return Response(f"400 {MESSAGES_VI[400]}: {message}\n", 400, mimetype="text/plain")

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        status = exc.code or 500
        own = exc.description and exc.description != type(exc).description
        response, status = _respond(
            status,
            exc.description or exc.name,
            message_vi=None if own else DEFAULT_MESSAGES_VI.get(status),
        )
        allowed = getattr(exc, "valid_methods", None)
        if allowed:
            response = make_response(response, status)
            response.headers["Allow"] = ", ".join(allowed)
        return response, status

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        app.logger.exception("unhandled error on %s", request.path)
        return _respond(500, InternalServerError.description, message_vi=DEFAULT_MESSAGES_VI[500])

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
