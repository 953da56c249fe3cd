"""Facets of a news article: provinces, years, officials and reported indicators."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from search.indicators import INDICATORS
from search.tones import normalize

from .indicators import extract_indicators
from .officials import extract_officials
from .provinces import extract_provinces
from .years import extract_years, present_year, publication_year

__all__ = ["Facets", "extract_facets"]


@dataclass
class Facets:
    provinces: list[str] = field(default_factory=list)
    provinces_mentioned: list[str] = field(default_factory=list)
    provinces_2025: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    officials: list[str] = field(default_factory=list)
    official_roles: list[dict] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)
    indicator_values: list[dict] = field(default_factory=list)


def extract_facets(
    title: str, body: str, published: datetime | None = None, summary: str | None = None
) -> Facets:
    """Extract all facets; text is tone-unified first so "Khánh Hoà" matches "Khánh Hòa".

    The summary (the lead) often states the headline figure, a year, an official's
    title or a place that the body leaves out, so it is read for those too.
    """
    # ``normalize`` (NFC, then tones) is what the analyzers start from; it remembers
    # the last texts, so indexing unifies each text once for facets and views alike.
    title, body = normalize(title or ""), normalize(body or "")
    lead = normalize(summary or "").strip()
    report = f"{lead}\n{body}" if lead else body
    year = publication_year(body, published)
    # national figures beside a province's own are dropped only in a province's article;
    # whether there are figures at all does not depend on it
    present = year or present_year(report)
    values = extract_indicators(report, year, local=True, present=present, title=title)
    # the country's or a company's figures make no province's report
    own = any(not (v["country"] or v["company"]) for v in values)
    places = extract_provinces(title, body, lead, reports_figures=own)
    if values and not places.about:
        values = extract_indicators(report, year, local=False, present=present, title=title)
    roles = extract_officials("\n".join(part for part in (title, lead, body) if part))
    reported = {v["indicator"] for v in values}
    return Facets(
        provinces=places.about,
        provinces_mentioned=places.mentioned,
        provinces_2025=places.about_2025,
        years=extract_years(title, body, published, summary=lead),
        officials=[r["name"] for r in roles],
        official_roles=roles,
        indicators=[i for i in INDICATORS if i in reported],
        indicator_values=values,
    )
