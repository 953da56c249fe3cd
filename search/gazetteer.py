"""Province and district names from ``vietnamadminunits``, loaded lazily and once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from search.tones import UPPER, unify_tones

# Canonical names the library spells differently from how the news (and our UI) does:
# Huế became a centrally-run city in 2025; before that it was the province Thừa Thiên Huế.
_CANONICAL_OVERRIDES = {"thanhphohue": "Thừa Thiên Huế"}

# Short and colloquial forms the library does not list (surface form -> province key).
_SHORT_FORMS = {
    "TP.HCM": "thanhphohochiminh",
    "TP. HCM": "thanhphohochiminh",
    "TPHCM": "thanhphohochiminh",
    "TP HCM": "thanhphohochiminh",
    "Tp.HCM": "thanhphohochiminh",
    "HCM": "thanhphohochiminh",
    "Sài Gòn": "thanhphohochiminh",
    "Sài thành": "thanhphohochiminh",
    "Sài Thành": "thanhphohochiminh",
    "Huế": "thanhphohue",
    "Thừa Thiên - Huế": "thanhphohue",
    "TT-Huế": "thanhphohue",
    "TT Huế": "thanhphohue",
    "Vũng Tàu": "tinhbariavungtau",  # the guidelines' alias: the city names its province
    "BR-VT": "tinhbariavungtau",
    "BRVT": "tinhbariavungtau",
    "Đăk Lăk": "tinhdaklak",
    "Đắc Lắc": "tinhdaklak",
    "Đắc Lắk": "tinhdaklak",
    "Đăk Nông": "tinhdaknong",
    "Đắc Nông": "tinhdaknong",
    "Kontum": "tinhkontum",
    "Bắc Cạn": "tinhbackan",
}

# District-level names that are also ordinary words or organisation names, never evidence.
_DISTRICT_STOP = frozenset({"Thống Nhất", "Hòa Bình", "Tân Phú", "Thành phố", "Độc Lập"})


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, str]  # province key -> canonical name
    names_2025: dict[str, str]  # legacy province key -> name of its post-July-2025 province
    forms: dict[str, str]  # surface form (tone-unified) -> province key
    province_re: re.Pattern[str]
    districts: dict[str, str]  # unambiguous district short name -> province key
    district_re: re.Pattern[str]
    # a district or town named without its unit ("Hạ Long"); not a one-word name ("Vinh"
    # is also a given name), which only its unit makes a place ("TP Vinh")
    town_re: re.Pattern[str]
    place_names: frozenset[str]  # every province form and district name: whole in queries
    unit_names: frozenset[str]  # every district's, commune's and ward's name

    def name_of(self, form: str) -> str:
        """The canonical name of a province written ``form`` (a ``province_re`` match)."""
        return self.names[self.forms[form]]


# A name starts a word, and no abbreviation glued before it ("H.Long Mỹ", a district;
# "TX.Quảng Trị", a town) but the city's: "TP.Đà Nẵng" is the province.
_AFTER_A_BOUNDARY = r"(?:(?<![\w.])|(?<=\bTP\.)|(?<=\bTp\.))"


def _load(name: str) -> dict:
    path = resources.files("vietnamadminunits") / "data" / name
    return json.loads(path.read_text(encoding="utf-8"))


def _dash_variants(form: str) -> list[str]:
    """A hyphenated name as the news also writes it, with an en dash or spaces around
    either dash ("Bà Rịa – Vũng Tàu", "Bà Rịa- Vũng Tàu"), or with no dash at all ("Bà
    Rịa Vũng Tàu").

    >>> len(_dash_variants("Bà Rịa - Vũng Tàu")), _dash_variants("Hà Nội")
    (9, [])
    """
    if form.count("-") != 1:
        return []
    left, right = (part.strip() for part in form.split("-"))
    dashed = [f"{left}{a}{dash}{b}{right}" for dash in "-–" for a in ("", " ") for b in ("", " ")]
    return [*dashed, f"{left} {right}"]


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


# The data tells apart a city and a district of one name by a note ("Cao Lãnh (Thành
# phố)", "Cao Lãnh (Huyện)"); the news writes the name alone.
_UNIT_NOTE = re.compile(r"\s*\([^()]*\)$")


def _district_provinces(legacy: dict) -> dict[str, set[str]]:
    """Every district name (not a number) and the provinces that have one so named.

    >>> sorted(_district_provinces(_load("parser_legacy.json"))["Cao Lãnh"])
    ['tinhdongthap']
    """
    seen: dict[str, set[str]] = {}
    for pkey, districts in legacy["DICT_PROVINCE_DISTRICT"].items():
        for info in districts.values():
            short = _UNIT_NOTE.sub("", unify_tones(info["districtShort"]))
            if not short[:1].isdigit():
                seen.setdefault(short, set()).add(pkey)
    return seen


def _districts(seen: dict[str, set[str]], provinces: dict[str, str]) -> dict[str, str]:
    """District names that identify exactly one province and are not province names; a
    one-word name also as the news writes it, one capital only ("KBang", "Kbang").

    >>> d = _districts(_district_provinces(_load("parser_legacy.json")), {})
    >>> d["Vinh"], d["Kbang"], d["Cao Lãnh"]
    ('tinhnghean', 'tinhgialai', 'tinhdongthap')
    """
    names = set(provinces.values())
    unique = {
        d: next(iter(keys))
        for d, keys in seen.items()
        if len(keys) == 1 and d not in names and d not in _DISTRICT_STOP
    }
    return unique | {d.capitalize(): key for d, key in unique.items() if " " not in d}


def _district_re(districts: dict[str, str]) -> re.Pattern[str]:
    """A district named after its unit ("huyện Cần Giờ", "TP Vinh"). A one-word name is
    no name's first word ("thị trấn Vinh Quang" is a town of Hà Giang)."""
    names = _alternation([d for d in districts if " " in d])
    one_word = _alternation([d for d in districts if " " not in d])
    return re.compile(
        r"(?<!\w)(?i:huyện|quận|thị xã|thị trấn|thành phố|TP\.?)\s*"
        rf"({names}|(?:{one_word})(?!\s+[{UPPER}]))(?!\w)"
    )


def _unit_names(legacy: dict) -> frozenset[str]:
    """The short names of every district, commune and ward ("Bùi Thị Xuân", a ward of
    Hà Nội and of Quy Nhơn): many are named after people."""
    wards = legacy["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].values()
    names = [
        w["wardShort"] for districts in wards for ds in districts.values() for w in ds.values()
    ]
    names += [
        d["districtShort"] for ds in legacy["DICT_PROVINCE_DISTRICT"].values() for d in ds.values()
    ]
    # not "1"
    return frozenset(_UNIT_NOTE.sub("", unify_tones(n)) for n in names if isinstance(n, str))


@cache
def gazetteer() -> Gazetteer:
    """Build the gazetteer on first use (reads ~3 MB of JSON once per process)."""
    legacy = _load("parser_legacy.json")
    new = _load("parser_from_2025.json")["DICT_PROVINCE"]
    merger = _load("converter_2025.json")["DICT_PROVINCE"]
    names = {
        k: _CANONICAL_OVERRIDES.get(k, unify_tones(v["provinceShort"]))
        for k, v in legacy["DICT_PROVINCE"].items()
    }
    names_2025 = {
        old: unify_tones(new[k]["provinceShort"]) for k, olds in merger.items() for old in olds
    }
    forms = {name: key for key, name in names.items()}
    forms.update({unify_tones(f): k for f, k in _SHORT_FORMS.items()})
    forms.update({v: k for f, k in list(forms.items()) for v in _dash_variants(f)})
    seen = _district_provinces(legacy)
    districts = _districts(seen, names)
    return Gazetteer(
        names=names,
        names_2025=names_2025,
        forms=forms,
        province_re=re.compile(rf"{_AFTER_A_BOUNDARY}(?:{_alternation(list(forms))})(?!\w)"),
        districts=districts,
        district_re=_district_re(districts),
        town_re=re.compile(rf"(?:{_alternation([d for d in districts if ' ' in d])})(?!\w)"),
        place_names=frozenset(forms) | frozenset(seen),
        unit_names=_unit_names(legacy),
    )
