"""Which provinces an article names, and which it is about.

Every gazetteer hit is classified by the words just before it:
street/commune/person/organisation contexts are not province mentions at all; "tỉnh X",
"UBND tỉnh X", "Sở … X" are strong; "sang/với/so với X" (partners, comparisons) are weak.
Aboutness is a score: title, strong and plain mentions, the lead paragraph, unambiguous
districts ("TP. Mỹ Tho") and a provincial newspaper's dateline prefix ("BDK -").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .gazetteer import gazetteer
from .text import SURNAMES

# Provincial newspapers that open articles with their abbreviation ("BDK - Ngày 7-2 ...").
_NEWSPAPER_PREFIXES = {
    "BDK": "tinhbentre",  # Báo Đồng Khởi
    "BLA": "tinhlongan",  # Báo Long An
    "BAG": "tinhangiang",  # Báo An Giang
    "QBĐT": "tinhquangbinh",  # Quảng Bình điện tử
    "HBĐT": "tinhhoabinh",  # Hòa Bình điện tử
    "BQNg": "tinhquangngai",  # Báo Quảng Ngãi
}
_DATELINE = re.compile(r"^\W*(" + "|".join(_NEWSPAPER_PREFIXES) + r")\W*\s[-–]", re.MULTILINE)

_ADMIN = re.compile(r"(?:tỉnh|thành phố|TP\.?|Tp\.?)\s*$", re.IGNORECASE)
_STREET = re.compile(r"(?<!thành )(?:đường|phố|đại lộ|ngõ|hẻm|quốc lộ)\s+$", re.IGNORECASE)
_SUBUNIT = re.compile(r"(?:xã|phường|huyện|quận|thị trấn|thị xã|ấp|thôn|khóm|bản)\s+$", re.I)
_ORG = re.compile(
    r"\b(?:Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Trường|Đại học|CLB|Câu lạc bộ|HTX|"
    r"Hợp tác xã|Khách sạn|Nhà hàng|Siêu thị|Nhà máy|Khu công nghiệp|KCN|Cảng|Sân bay|"
    r"Bến xe|Ga|Cầu)\b"
)
_AGENCY = re.compile(
    r"\b(?:Sở|UBND|HĐND|Ủy ban|Tỉnh ủy|Thành ủy|Công an|Cục|Chi cục|Báo|Đài|Kho bạc|"
    r"Bộ Chỉ huy|Ban|Văn phòng|Thanh tra|Liên minh|Hội|Mặt trận|MTTQ|Tòa án|Viện)\b"
)
_WEAK = re.compile(r"(?:sang|với|so với|như|từ|tới|đến|ra)\s+$")
_CLAUSE = re.compile(r"[.,;:!?()\n\"“”–-]")

STRONG, PLAIN, WEAK = 2.0, 1.0, 0.5


@dataclass
class ProvinceResult:
    about: list[str]
    mentioned: list[str]
    about_2025: list[str]


def _window(text: str, start: int) -> str:
    """The clause before a hit, at most 8 words: where its qualifying nouns live."""
    before = text[max(0, start - 80) : start]
    cut = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    return " ".join(before[cut:].split()[-8:])


def _weight(text: str, start: int) -> float:
    """Mention weight from its left context; 0 means it is not a province mention."""
    before = text[max(0, start - 30) : start]
    if _ADMIN.search(before):
        return STRONG
    if _STREET.search(before) or _SUBUNIT.search(before):
        return 0.0
    words = before.split()
    if words and words[-1] in SURNAMES | {"Văn", "Thị"}:
        return 0.0  # part of a person's name: "Nguyễn Thái Bình"
    window = _window(text, start)
    org, agency = _ORG.search(window), _AGENCY.search(window)
    if org and (not agency or org.start() > agency.start()):
        return 0.0
    if agency:
        return STRONG
    return WEAK if _WEAK.search(before) else PLAIN


def _mentions(text: str) -> list[tuple[str, float, int]]:
    g = gazetteer()
    out = []
    for m in g.province_re.finditer(text):
        weight = _weight(text, m.start())
        if weight:
            out.append((g.forms[m.group()], weight, m.start()))
    return out


def extract_provinces(title: str, body: str) -> ProvinceResult:
    """Provinces named in the article and the ones it is about (tone-unified input)."""
    g = gazetteer()
    scores: Counter[str] = Counter()
    order: dict[str, int] = {}
    for key, _, _ in _mentions(title):
        scores[key] += 3.0
        order.setdefault(key, -1)
    lead_end = _lead_end(body)
    lead_bonus: set[str] = set()
    for key, weight, pos in _mentions(body):
        if _is_byline(body, pos):
            continue
        scores[key] += weight
        order.setdefault(key, pos)
        if pos < lead_end and weight >= PLAIN:
            lead_bonus.add(key)
    for key in lead_bonus:
        scores[key] += 1.0
    for m in _DATELINE.finditer(body[:200]):
        key = _NEWSPAPER_PREFIXES[m.group(1)]
        scores[key] += 3.0
        order.setdefault(key, -2)
    for m in g.district_re.finditer(title + "\n" + body):
        key = g.districts[m.group(1)]
        scores[key] += 1.5 if key in scores else 1.0
    about = _pick(scores)
    mentioned = sorted(order, key=order.__getitem__)
    mentioned += [k for k in about if k not in order]
    return ProvinceResult(
        about=[g.names[k] for k in about],
        mentioned=[g.names[k] for k in mentioned],
        about_2025=list(dict.fromkeys(g.names_2025[k] for k in about)),
    )


def _is_byline(body: str, pos: int) -> bool:
    """A place name closing the article after its final full stop is a byline ("./. Hà Giang")."""
    tail = body[pos:].strip()
    return (
        len(tail.split()) <= 4 and "." not in tail and body[:pos].rstrip()[-1:] in {".", "\n", ""}
    )


def _lead_end(body: str) -> int:
    """End of the lead: the first paragraph with real text (captions are short)."""
    pos = 0
    for para in body.split("\n"):
        pos += len(para) + 1
        if len(para) > 120:
            return pos
    return min(pos, 400)


def _pick(scores: Counter[str]) -> list[str]:
    """Provinces scoring at least 2 and at least half the top score, best first."""
    if not scores:
        return []
    top = max(scores.values())
    return [k for k, s in scores.most_common() if s >= 2.0 and s >= top / 2]
