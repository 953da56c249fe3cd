"""Which provinces an article names, and which it is about.

Every gazetteer hit is classified by the words just before it:
street/commune/person/organisation contexts are not province mentions at all; "tỉnh X",
"UBND tỉnh X", "Sở … X" are strong; "sang/với/so với X" (partners, comparisons) are weak.
Aboutness is a score: title, strong and plain mentions, the lead paragraph, unambiguous
districts ("TP. Mỹ Tho") and a provincial newspaper's dateline prefix ("BDK -").
Some mentions name a province without making it a subject, and add nothing to aboutness:
- a list of three or more provinces close together ("18 tỉnh (Cao Bằng, Hà Giang, …)",
  "như Thái Nguyên tăng 13,6%, Hải Phòng tăng 12%, …"): beneficiaries or statistic items;
- a person's home or residence ("trú tại …", "quê …", "sinh … tại …", "gốc …"), or a
  label in brackets after a name (a delegate's constituency: "ông Lê Văn A (Bình Định)");
- a hospital a patient is taken to ("chuyển đến Bệnh viện Chợ Rẫy TP Hồ Chí Minh"), unless
  it is the province's own hospital ("Bệnh viện Đa khoa tỉnh Đắk Nông");
- the venue of a meeting or of national bodies ("tại TP Đà Lạt (Lâm Đồng), Bộ Nông nghiệp
  …", "hội thảo … tổ chức ở TP Hồ Chí Minh").
A province name right after another capitalised word is part of a longer proper name
("Hoàng Anh Gia Lai", "HA Gia Lai", "ông Phí Thái Bình"), not a mention.
A numbered urban district ("quận 1") places the article in Hồ Chí Minh City, the only
province that has them.
An institution name with a spaced hyphen ends in the province it names ("Đại học Sân khấu -
Điện ảnh Hà Nội"): not a mention. A body without line breaks has a lead of 600 characters.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from search.gazetteer import gazetteer
from search.names import data_lines

from .text import (
    LOWER,
    SURE_COUNTRIES,
    SURNAMES,
    UPPER,
    longer_name_end,
    mask_tp,
    sentence_bounds,
)

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

# The administrative word before a province's or city's name.
_ADMIN_WORD = r"(?:tỉnh|thành phố|TP\.?|Tp\.?)"
_ADMIN = re.compile(rf"{_ADMIN_WORD}\s*$", re.IGNORECASE)
# A street, a market, a river or a hall named after a province ("đường Hà Nội", "xa lộ Hà
# Nội" in Hồ Chí Minh City, "chợ Hòa Bình (quận 5)", "sông Đồng Nai", "nhà hát Hòa Bình",
# "nhà thi đấu Phú Thọ"), a junction ("ngã 4 Vũng Tàu" in Biên Hòa, "Ngã ba Huế" in Đà
# Nẵng), a reservoir or a hydropower plant ("hồ Tuyên Quang", "Thủy điện Sơn La"); not the
# markets or lakes of one ("các chợ Hà Nội", "các hồ Hà Nội").
_STREET = re.compile(
    r"(?:(?<!thành )(?:đường|phố|đại lộ|xa lộ|ngõ|hẻm|quốc lộ)|(?<!các )(?<!khu )(?<!những )\bchợ"
    r"|\bngã\s+(?:ba|tư|năm|sáu|bảy|[3-7])"
    r"|(?<!các )(?<!những )\b(?-i:hồ)(?:\s+chứa)?|\bthủy\s+điện"
    r"|\bsông|\bnhà hát|\bnhà thi đấu|\bsân vận động)\s+$",
    re.IGNORECASE,
)
_SUBUNIT = re.compile(r"(?:xã|phường|huyện|quận|thị trấn|thị xã|ấp|thôn|khóm|bản)\s+$", re.I)
_ORG = re.compile(
    r"\b(?:Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Trường|Đại học|ĐH|CLB|Câu lạc bộ|HTX|"
    r"Hợp tác xã|Khách sạn|Nhà hàng|Siêu thị|Nhà máy|Khu công nghiệp|KCN|Cảng|Sân bay|"
    r"Bến xe|Ga|Cầu|CTCP|Cty|[Cc]hứng khoán|Hiệp hội)\b"
)
_AGENCY = re.compile(
    r"\b(?:Sở|UBND|HĐND|Ủy ban|[Tt]ỉnh ủy|[Tt]hành ủy|Công an|Cục|Chi cục|Báo|Đài|Kho bạc|"
    r"Bộ Chỉ huy|Ban|Văn phòng|Thanh tra|Liên minh|Hội|Mặt trận|MTTQ|Tòa án|Viện)\b"
)
# Capitalised words and state acronyms that may precede a province as its own qualifier.
_QUALIFIERS = frozenset(
    (
        *("Sở", "Báo", "Đài", "Ban", "Cục", "Chi", "Hội", "Viện", "Kho", "Văn", "Thanh"),
        *("Tòa", "Liên", "Mặt", "Công", "Bộ", "Tỉnh", "Thành", "Vùng", "Tại", "Ở", "TP", "Tp"),
        *("UBND", "HĐND", "VKSND", "TAND", "MTTQ", "CA", "CAND", "GTVT", "PCCC", "LĐLĐ"),
        *("ĐBQH", "ĐB"),
    )
)
# An agency named short before its province: by its acronym ("Sở GD&ĐT Hà Nội", "sở VH-TT
# Hà Nội") …
_AGENCY_SHORT_NAME = re.compile(
    rf"\b(?:(?:Sở|(?<!cơ )(?<!Cơ )(?<!trụ )sở|Ban|Cục|Chi cục|Đài|Báo|Trung tâm|Công an|Thanh tra)"
    rf"\s+[{UPPER}][{UPPER}&-]+"
    # … or by a word or two of its field: "Cục Thuế Hà Nội", "Sở Công Thương TP.HCM"
    rf"|(?:Sở|Cục|Chi cục)\s+[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+)?)\s+$"
)
# A university or a firm named for its city, "thành phố" and all ("Trường Đại học Sư
# phạm Kỹ thuật Thành phố Hồ Chí Minh", "Đại học Quốc gia TP.HCM"), as "Đại học Huế" is:
# its name runs up to the administrative word, no word placing a scene between ("Tập
# đoàn Hòa Phát triển khai tại tỉnh Hải Dương" names the province).
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:Đại học|ĐH|Học viện|Công ty|Tổng công ty|Tập đoàn|Ngân hàng)"
    r"(?:\s+(?!(?:tại|ở|của|và|với|cho|từ|đến|về|trên|thuộc|vào)\b)\S+){0,6}"
    r"\s+(?:[Tt]hành phố|TP|Tp)\s*$"
)
_CREDIT_BEFORE = re.compile(r"\b(?:Ảnh|Ảnh minh họa|Clip|Video)\s*:\s*$")
# What is named for the President, not for the city: "Chủ tịch Hồ Chí Minh", "tư tưởng,
# đạo đức, phong cách Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh", "tượng đài Hồ Chí Minh", and
# the author of a quotation: "“dựa vào dân để sửa chữa bộ máy của ta” (Hồ Chí Minh)".
_NAMED_FOR_HO_CHI_MINH = re.compile(
    r"(?:(?:Chủ tịch|Bác|[Tt]ư tưởng|[Đđ]ạo đức|[Pp]hong cách|TNCS|Cộng sản|[Qq]uốc gia"
    r"|Giải thưởng|Bảo tàng|Lăng|[Cc]hiến dịch|Quảng trường|[Đđ]ường mòn|[Tt]ấm gương"
    r"|[Tt]ượng(?:\s+đài)?)\s+"
    r"|[”\"]\s*\()$"
)
# The city is written bare, without "TP" or "thành phố", only after a word placing it
# ("tại", "ở") or a sign (a list, a bracket); after any other word a bare "Hồ Chí Minh"
# is the man: "chủ nghĩa nhân văn Hồ Chí Minh", "thời đại Hồ Chí Minh", "Huân chương".
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_PLACING_WORDS = frozenset(
    [
        "tại",
        "ở",
        "và",
        "của",
        "như",
        "đến",
        "từ",
        "về",
        "với",
        "cho",
        "sang",
        "ra",
        "vào",
        "khỏi",
        "phố",
        "Phố",
        "TP",
        "Tp",
    ]
)
_PROPER_PREV = re.compile(rf"(?<![.!?:\n])(?<![.!?:]\s)\b([{UPPER}][{UPPER}{LOWER}]*)\s+$")
# Where a vehicle is registered ("ôtô biển số tỉnh Bà Rịa - Vũng Tàu", "BKS Hà Nội") is no
# scene of the story, as where its driver lives is not.
_PLATE_BEFORE = re.compile(
    r"(?:[Bb]iển (?:số|kiểm soát)|BKS)\s*:?\s*(?:tỉnh\s+|[Tt]hành phố\s+|TP\.?\s*)?$"
)
# A heading's ends ("chạy theo hướng Hàm Tân về Bà Rịa - Vũng Tàu", "theo hướng từ Hà Nội
# về Hưng Yên"): where a vehicle came from or went, a route's.
_HEADING = re.compile(
    r"\btheo hướng (?:từ )?(?:[^,.;()]{0,40}? (?:về|đi|ra|vào|lên|xuống) )?"
    r"(?:tỉnh |TP\.? ?|thành phố )?$"
)
_RESIDENCE = re.compile(
    r"\b(?:trú|cư trú|ngụ|quê|gốc|sinh (?:năm|ngày|ra)|sinh \d|nguyên quán|\d+ tuổi)\b", re.I
)
# A celebrity's epithet names where she comes from, not where her story happens: "người
# đẹp Trà Vinh", "Mỹ nữ Vũng Tàu đi xe 70 tỷ", "hot girl Sài thành" (a girl's or a young
# man's story, "cô gái Sài Gòn lái siêu môtô", mostly happens there).
_EPITHET_BEFORE = re.compile(r"(?<!\w)(?i:người đẹp|mỹ nữ|mỹ nhân|hot ?girl)\s+$")
# A central institution named for the city it stands in: "Bệnh viện Đa khoa Trung ương
# Thái Nguyên", "Trung tâm HLTTQG Cần Thơ" (a national training centre); not a venue or
# a clinic told "quốc gia" ("Trung tâm Hội nghị quốc gia Hà Nội", "Viện Bỏng Quốc gia
# Hà Nội"), where a story happens.
_NATIONAL_INSTITUTION_BEFORE = re.compile(r"(?:Trung ương|\bTW|\bTƯ|\bHLTTQG)\s+$")
# The stock exchanges are named for their cities: "Sở Giao dịch Chứng khoán TP.HCM", "Sở
# GDCK TP.HCM", "sàn chứng khoán TP.HCM (HSX) và Hà Nội (HNX)".
_EXCHANGE_BEFORE = re.compile(
    r"(?:[Ss]ở (?:[Gg]iao dịch [Cc]hứng khoán|GDCK)|[Ss]àn(?: giao dịch)?(?: chứng khoán)?)\s+"
    r"(?:TP\.?\s*|[Tt]hành phố\s+)?$"
)
_EXCHANGE_AFTER = re.compile(r"\s*\((?:HSX|HOSE|HNX)\)")
# "Hà Nội FC", a club; a side of a match ("XSKT Cần Thơ vs Hải Phòng")
_TEAM_AFTER = re.compile(r"\s+(?:F\.?C\b|vs\.?\s)")
# Names that are words there, by what follows them: "Hoa hậu Hòa Bình Thế giới" (Miss
# Peace World: "hòa bình" is peace), "Thái Bình công chúa" (Princess Taiping, a film).
_WORD_NOT_PROVINCE_AFTER = {
    "Hòa Bình": re.compile(r"\s+(?:[Tt]hế giới|[Qq]uốc tế)(?!\w)"),
    "Thái Bình": re.compile(r"\s+[Cc]ông [Cc]húa(?!\w)"),
}
_VERSUS_BEFORE = re.compile(r"\bvs\.?\s+(?:\S+\s+)?$")  # "vs SHB Đà Nẵng": a sponsor before
_CLOCK_BEFORE = re.compile(r"\bgiờ\s+$")  # "(giờ Hà Nội)": a time zone, never a team
# "CLB TP HCM", "CLB bóng đá Tp. HCM"
_CLUB_BEFORE = re.compile(
    r"\b(?:CLB|Câu lạc bộ)(?:\s+(?:bóng đá|bóng chuyền|futsal))?\s+(?:TP|Tp|[Tt]hành phố)\.?\s*$"
)
# A person's home province ("ông thầy người Hà Tĩnh", "quê ở Nghệ An", "tiền vệ gốc Tuyên
# Quang") is never a team.
_ORIGIN = re.compile(
    r"(?<!\w)(?:người|gốc|quê(?:\s+(?:ở|tại|hương|gốc))?|sinh\s+ra\s+(?:ở|tại))\s+$"
)
# A city a team travels to or plays in ("sẽ vào TP.HCM tham dự vòng loại", "trở lại Hà
# Nội") is a place, never a team.
_TRAVEL = re.compile(r"(?<!\w)(?:tại|vào|đến|tới|ra|trở lại)\s+$")
_HOSPITAL_WORD = r"\b(?:Bệnh viện|bệnh viện|BV)"
_HOSPITAL = re.compile(rf"{_HOSPITAL_WORD}\b")
# … or its city in brackets after its name: "các bác sĩ BV Việt Đức (Hà Nội)".
_HOSPITAL_LABEL = re.compile(rf"{_HOSPITAL_WORD}(?:\s+[^\s(),;.]+){{1,5}}\s*\(\s*(?:TP\.?\s*)?$")
# A province in brackets after a person's name labels them: a delegate's constituency
# ("đại biểu Nguyễn Văn Cảnh (Bình Định)"), a player's club or home.
_PERSON_LABEL = re.compile(
    rf"(?<!\w)((?:[{UPPER}][{LOWER}]*\s+){{1,3}}[{UPPER}][{LOWER}]*)\s*\(\s*"
    r"(?i:đoàn\s+)?(?i:tỉnh\s+|thành\s+phố\s+|TP\.?\s*)?$"
)
# A delegate's or delegation's province ("Đại biểu Quốc hội tỉnh Sóc Trăng", "tại tổ
# TP. Hồ Chí Minh", "đoàn đại biểu Thành phố Hồ Chí Minh"): where they were elected, not
# the subject of a session's news.
# … or a delegate's label in brackets: "Đại biểu Nguyễn Hữu Cầu (Đoàn Nghệ An)" ("Đoàn" is
# also a family name).
_DELEGATION_OPEN = r"\(\s*[Đđ]oàn"
_DELEGATION_LABEL = re.compile(rf"{_DELEGATION_OPEN}\s+$")
_DELEGATION = re.compile(
    rf"(?:[Đđ]ại biểu(?: Quốc hội)?|ĐBQH|[Đđ]oàn ĐBQH|\btổ|{_DELEGATION_OPEN})\s+"
    r"(?:[Tt]ỉnh\s+|[Tt]hành phố\s+|TP\.?\s*|Tp\.?\s*)?$"
)
# A photo caption names where the picture was taken: "… tại một siêu thị ở TP Hồ Chí
# Minh. Ảnh: TTXVN", "Trong ảnh: …".
_CAPTION_AFTER = re.compile(r"[.\s]*\(?\s*Ảnh(?:\s+minh\s+họa)?\s*:")
CAPTION_CHARS = 300  # a caption is short
_IN_PICTURE = re.compile(r"[Tt]rong ảnh\s*(?::|là\b)")
# A route between two places ("tuyến Hà Nội - Vinh", "TP.HCM - Nha Trang").
_ROUTE_AFTER = re.compile(rf"\s*[-–]\s*[{UPPER}]")
_ROUTE_BEFORE = re.compile(rf"[{UPPER}][{LOWER}]*\s*[-–]\s*$")
# Capitalised words just before a separator: a place closing an address or a route's end.
_PLACE = rf"([{UPPER}][{LOWER}]*(?:\s+[{UPPER}][{LOWER}]*)*)\s*"
_DISTRICT_BEFORE_DASH = re.compile(_PLACE + r"[-–]\s*$")
# "tại Cà Mau", "tại thành phố Hạ Long (", "tại thành phố Vĩnh Yên, tỉnh ": a venue
_VENUE_TOWN = (
    rf"(?:[Tt]hành phố|TP\.?|[Tt]hị xã)\s*[{UPPER}][{LOWER}]*(?:\s+[{UPPER}][{LOWER}]*){{0,2}}"
)
_VENUE_AT = re.compile(
    rf"\b(?:tại|ở)\s+(?:{_VENUE_TOWN}\s*,\s*)?(?:(?:TP|Tp|[Tt]hành phố|[Tt]ỉnh)\.?\s*)?"
    rf"(?:[{UPPER}][{LOWER}]*\s+){{0,3}}\(?$"
)
_MEETING = (
    r"[Hh]ội nghị|[Hh]ội thảo|[Dd]iễn đàn|tọa đàm|[Ss]ự kiện|[Hh]ọp báo|[Tt]riển lãm|[Bb]uổi lễ"
    r"|ra mắt"
)
_VENUE_EVENT = re.compile(
    rf"(?:{_MEETING}|tổ chức|\bBộ [A-ZĐ]|Chính phủ|Thủ tướng|Trung ương|Quốc hội)"
)
# In a title only the meeting itself makes a venue: "Phó Thủ tướng thăm thí sinh ở Cần
# Thơ" tells of the city's candidates.
_TITLE_EVENT = re.compile(_MEETING)
# Contact details name an office's city, not what the article is about.
_CONTACT = re.compile(
    r"(?:[Ll]iên hệ|Điện thoại|ĐT|Tel|Hotline|Đường dây nóng|Fax|E-?mail)\s*:"
    r"|(?<![\d.,])(?:\+84|0)\d{2,3}[.\s]?\d{3,4}[.\s]?\d{3,4}(?![\d.,])"
)
CONTACT_REACH = 60
# A paper's appeal for a family in need ends with where to send help: the family's
# address, then the paper's bank accounts and offices ("Ủng hộ qua Báo VietNamNet: …
# Chuyển khoản: Báo VIETNAMNET Số tài khoản: … - 198 Trần Quang Khải, Hà Nội"). From the
# paper's part on, places are its addresses, no scene of the story.
_DONATIONS = re.compile(r"Ủng hộ qua [Bb]áo|Chuyển khoản\s*:")
_LIST_GAP = 40
# A body without line breaks is one "paragraph": its lead is the first characters only.
_LEAD_MAX = 600
_HCM = "thanhphohochiminh"
# Numbered urban districts ("quận 1", "Quận 12") exist only in Hồ Chí Minh City.
_NUMBERED_DISTRICT = re.compile(r"\b[Qq]uận\s+(?:[1-9]|1[0-2])\b(?![.,]\d)")
_PHRASE_END = re.compile(r"\.\s|[\n;()]")
_OWN_HOSPITAL = re.compile(
    r"(?:Bệnh viện|BV)(?: Đa khoa| Y học cổ truyền| Sản Nhi)? tỉnh\s+$", re.I
)
# "From" opening a sentence is capitalised like the surname Từ.
_FROM_OPENING = re.compile(r"(?:^|[.!?:]\s+|\n\s*)Từ\s+$")
_WEAK = re.compile(r"(?:sang|với|so với|như|từ|tới|đến|ra|rời)\s+$")
# An institution whose name has spaced hyphens, ending right before the hit ("Đại học Sân
# khấu - Điện ảnh Hà Nội", "Tổng công ty Rượu - Bia - Nước giải khát Sài Gòn"), or a firm
# named for two places, the hit the second ("Công ty Chứng khoán Sài Gòn-Hà Nội"); a
# school's hyphen places it ("Đại học Lạc Hồng - Đồng Nai").
_HYPHENATED_ORG = re.compile(
    r"\b(?:(?:Trường|(?<!thị )trường|Đại học|Học viện|Nhạc viện|(?:Tổng )?[Cc]ông ty|Tập đoàn)"
    r"(?:\s+\w+){1,3}"
    r"(?:\s+-\s+\w+(?:\s+\w+){0,2}){1,3}\s+|(?:Tổng )?[Cc]ông ty(?:\s+\w+){1,6}\s*-\s*)$"
)
_CLAUSE = re.compile(r"[.,;:!?()\n\"“”–-]")
# Words after a firm's name that place it or its deeds somewhere.
_PLACING = re.compile(r"(?<!\w)(?:tại|ở|trên địa bàn|thuộc|về|đến|vào|sang|từ|khắp)(?!\w)")

STRONG, PLAIN, WEAK = 2.0, 1.0, 0.5
# A province is the subject from this score; in national news (a national actor in the
# title or lead, no province in the title, no local actor) a city named in passing is
# common: it takes more ("Thủ tướng lưu ý Hà Nội, TP. Hồ Chí Minh về …").
MIN_SCORE = 2.0
# … but a local story (a commune's police, a district court) naming one province only,
# once or in passing, happens there: "3 người bị sét đánh … ở Quảng Bình".
LONE_MIN_SCORE = 1.0
# A story naming no local authority or unit more than twice (a phone sold "tại TP.HCM",
# a film star trained in Hà Nội) is no province's news: a province it names only in the
# body, none of its districts with it, takes more.
_LOCAL_ACTOR = re.compile(
    rf"\b(?:UBND|HĐND|(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận) ủy|địa bàn|thị xã|thị trấn"
    rf"|(?:[Cc]ông an|[Ss]ở)\s+[{UPPER}]"
    rf"|(?:[Cc]ông an )?(?:tỉnh|huyện|quận|phường|xã|thành phố)\s+[{UPPER}\d])"
)
FEW_LOCAL_ACTORS = 2
# An address ends in its province: "phường Vạn Phúc, Hà Đông, Hà Nội", "công viên Thủ Lệ
# (Hà Nội)", "Sóc Sơn (Hà Nội)": a scene of the story, local news like a district's.
_ADDRESS_BEFORE = re.compile(_PLACE + r"(?:,|\()\s*$")
# Where a firm stands or someone comes from is no scene of the story.
_NO_SCENE_BEFORE = re.compile(r"(?i:công ty|tập đoàn|doanh nghiệp|đến từ)\s[^,.;()]*[,(]\s*$")
UNLOCAL_MIN_SCORE = 4.0
# ... judged on a story this long at least (a brief says too little).
LOCAL_READ_CHARS = 800
# "4 tỉnh", "ba tỉnh, thành": how many provinces a story is about. Six or more listed
# ("9 địa phương bổ nhiệm 58 người nhà", "nông dân tại 9 tỉnh") are a national story's
# examples, none its subject.
_COUNT = re.compile(r"(?<!\w)([3-5]|[Bb]a|[Bb]ốn|[Nn]ăm)\s+(?:tỉnh|địa phương)(?!\w)")
_NUMBER_WORDS = {"ba": "3", "bốn": "4", "năm": "5"}
# … but not the provinces a meeting's guests come from: "đại diện … 9 tỉnh có tàu cá …
# tham dự gồm Quảng Ngãi, Bình Định, …" lists participants, mentioned only.
_ATTENDING = re.compile(r"\b(?:tham dự|tham gia|đại diện)\b")
ATTENDING_REACH = 60
NATIONAL_MIN_SCORE = 3.0
_NATIONAL_SUBJECT = re.compile(
    rf"\b(?:Thủ tướng|Chính phủ|Quốc hội|Chủ tịch nước|Tổng Bí thư|Bộ Chính trị|Ban Bí thư"
    rf"|Bộ trưởng|Bộ (?!Chỉ huy|CHQS|Tư lệnh)[{UPPER}]|Ngân hàng Nhà nước|Tổng cục [{UPPER}]"
    rf"|Kiểm toán Nhà nước|Thanh tra Chính phủ|(?:TAND|Tòa án nhân dân|Viện KSND|VKSND) [Tt]ối cao"
    rf"|cả nước|toàn quốc|[Bb]ắc Bộ|[Tt]rung Bộ|[Nn]am Bộ|[Mm]iền (?:Bắc|Trung|Nam)|Tây Nguyên"
    rf"|ĐBSCL|[Đđ]ồng bằng sông (?:Cửu Long|Hồng))"
)
# … unless a local actor opens it too ("chỉ đạo của Tỉnh ủy, UBND tỉnh và Bộ Công Thương").
_LOCAL_SUBJECT = re.compile(
    r"(?<![Cc]ác )(?<![Nn]hiều )(?<![Nn]hững )(?<![Mm]ột )(?<![Mm]ỗi )(?<!\w)"
    r"(?:[Tt]ỉnh|[Tt]hành ủy|UBND|HĐND|Sở|địa bàn|huyện)\b"
)


# Words of football: in its stories, provinces are mostly the teams named for them.
_FOOTBALL = re.compile(
    r"V[-.]?League|\bHLV\b|bàn thắng|thủ môn|tiền đạo|tiền vệ|hậu vệ|trọng tài|cầu thủ"
    r"|sân nhà|đội khách|ghi bàn|\bCĐV\b|cổ động viên|\bVFF\b|\bVPF\b"
)
FOOTBALL_WORDS = 3
# A weather bulletin reads the temperatures region by region, naming the provinces of its
# stations ("Con Cuông (Nghệ An) 37.3 độ", "Hà Nội: nhiệt độ thấp nhất từ …"): none is
# its subject but one its title names ("Hà Nội mưa rét").
_TEMPERATURE_READING = re.compile(
    r"(?i:nhiệt độ (?:cao|thấp) nhất)(?: phổ biến)?\s*(?:từ\s*)?:?\s*\d"
)
BULLETIN_READINGS = 3


@dataclass
class ProvinceResult:
    about: list[str]
    mentioned: list[str]
    about_2025: list[str]


def _window(text: str, start: int) -> str:
    """The clause before a hit, at most 8 words: where its qualifying nouns live."""
    before = mask_tp(text[max(0, start - 80) : start])
    cut = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    return " ".join(before[cut:].split()[-8:])


def _weight(text: str, start: int, end: int) -> float:
    """Mention weight from its left context; 0 means it is not a province mention."""
    before = text[max(0, start - 30) : start]
    if _CREDIT_BEFORE.search(before):
        return 0.0  # "Ảnh: Thái Bình": a photographer
    if text.startswith("Hồ Chí Minh", start) and _names_the_man(before):
        return 0.0  # "Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh": the man, not the city
    if _EXCHANGE_BEFORE.search(text, max(0, start - 50), start) or _EXCHANGE_AFTER.match(text, end):
        return 0.0  # a stock exchange named for its city
    if _NATIONAL_INSTITUTION_BEFORE.search(before):
        return 0.0  # "Bệnh viện Trung ương Huế": a central body named for its city
    if _TEAM_AFTER.match(text, end) or _VERSUS_BEFORE.search(before):
        return 0.0
    if _ADMIN.search(before):
        if _CLUB_BEFORE.search(before) or _INSTITUTION_BEFORE.search(_window(text, start)):
            return 0.0
        return STRONG
    if _STREET.search(before) or _SUBUNIT.search(before):
        return 0.0
    word_after = _WORD_NOT_PROVINCE_AFTER.get(text[start:end])
    if word_after and word_after.match(text, end):
        return 0.0
    words = before.split()
    if _DELEGATION_LABEL.search(before):
        return PLAIN  # a delegate's province, a mention (``_incidental``)
    if _FROM_OPENING.search(text, max(0, start - 30), start):
        return WEAK  # "Từ Đà Nẵng đến Bình Thuận có mưa": no one surnamed Từ
    if words and words[-1] in SURNAMES | {"Văn", "Thị"}:
        return 0.0  # part of a person's name: "Nguyễn Thái Bình"
    if _AGENCY_SHORT_NAME.search(before):
        return STRONG  # "Sở GD&ĐT Hà Nội", "Cục Thuế TPHCM": capitals that name no person
    prev = _PROPER_PREV.search(before)
    if prev and prev.group(1) not in _QUALIFIERS and before[: prev.start()].strip():
        return 0.0  # continues a longer proper name: "Hoàng Anh Gia Lai", "HA Gia Lai"
    window = _window(text, start)
    org, agency = _ORG.search(window), _AGENCY.search(window)
    if not (org or agency) and _HYPHENATED_ORG.search(text[max(0, start - 70) : start]):
        return 0.0  # "Đại học Sân khấu - Điện ảnh Hà Nội": a hyphenated institution name
    if org and (not agency or org.start() > agency.start()) and not _placed(window, org.end()):
        return 0.0
    if agency:
        return STRONG
    return WEAK if _WEAK.search(before) else PLAIN


def _placed(window: str, org_end: int) -> bool:
    """Whether a word placing a scene stands between a firm and the hit: the province is
    where the firm is or acts, not its name ("Công ty ABC có nhà máy tại Hải Dương").

    >>> [_placed(w, 7) for w in ("Công ty ABC có nhà máy tại", "Công ty Vàng bạc")]
    [True, False]
    """
    return _PLACING.search(window, org_end) is not None


def _names_the_man(before: str) -> bool:
    """Whether a bare "Hồ Chí Minh" after ``before`` is the President, not the city.

    >>> [_names_the_man(b) for b in ("chủ nghĩa nhân văn ", "diễn ra tại ", "Hà Nội, ")]
    [True, False, False]
    """
    if _NAMED_FOR_HO_CHI_MINH.search(before):
        return True
    word = _WORD_BEFORE.search(before)
    return bool(word) and word.group(1) not in _PLACING_WORDS


def _sentence(text: str, pos: int) -> str:
    """The sentence around ``pos``, "TP." masked."""
    start, end = sentence_bounds(text, pos)
    return mask_tp(text[start:end])


def _incidental(text: str, start: int) -> bool:
    """A mention naming a person's home, a patient's hospital, a meeting's venue or an
    address to contact."""
    if _in_contact(text, start):
        return True
    before = mask_tp(text[max(0, start - 60) : start])
    phrase = before[max((m.end() for m in _PHRASE_END.finditer(before)), default=0) :]
    if _RESIDENCE.search(phrase) or _labels_a_person(before) or _DELEGATION.search(before):
        return True
    if _EPITHET_BEFORE.search(before):
        return True
    if _PLATE_BEFORE.search(text, max(0, start - 30), start) or _HEADING.search(before):
        return True
    if _APPEAL_COURT_BEFORE.search(text, max(0, start - 50), start):
        return True  # "TAND Cấp cao tại Hà Nội": the appeal court's seat, not the case's
    if _in_caption(text, start) or _on_a_route(text, start) or _in_a_stretch(text, start):
        return True
    if _HOSPITAL.search(phrase) and not _OWN_HOSPITAL.search(phrase):
        return True
    if _HOSPITAL_LABEL.search(before):
        return True  # "các bác sĩ BV Việt Đức (Hà Nội)": a hospital's city, in brackets
    return _venue(text, start)


def _venue(text: str, start: int, events: re.Pattern[str] = _VENUE_EVENT) -> bool:
    """Whether the mention at ``start`` is the venue of a meeting or an event ("Hội nghị
    … tại Hà Nội"), or of national bodies' doings."""
    before = mask_tp(text[max(0, start - 60) : start])
    return bool(_VENUE_AT.search(before) and events.search(_sentence(text, start)))


def _in_contact(text: str, start: int) -> bool:
    """Whether the mention is part of contact details: a phone number or a "Điện thoại:",
    "Hotline:", "Email:" label within ``CONTACT_REACH`` characters ("Văn phòng Hồ Chí
    Minh, Tầng 17, …, Quận 1, Tp Hồ Chí Minh Điện thoại: 028 …", a hotline list's
    "0869.577.133 (Trung tâm Kiểm soát bệnh tật Hồ Chí Minh)")."""
    return _CONTACT.search(text, max(0, start - CONTACT_REACH), start + CONTACT_REACH) is not None


def _local_actor(opening: str) -> bool:
    """Whether a local body acts in the opening, not in a photo caption ("Trong ảnh là
    một nhà máy tại KCN Cái Mép, tỉnh Bà Rịa-Vũng Tàu" says where a picture was taken)."""
    return any(not _in_caption(opening, m.start()) for m in _LOCAL_SUBJECT.finditer(opening))


def _in_caption(text: str, start: int) -> bool:
    """Whether the mention stands in a photo caption: "Trong ảnh: …" before it in its
    sentence, or "Ảnh: …" (the credit) right after its sentence (both looked for within
    ``CAPTION_CHARS``)."""
    sentence_start, end = sentence_bounds(text, start, CAPTION_CHARS)
    if _IN_PICTURE.search(text, sentence_start, start):
        return True
    ended = end < start + CAPTION_CHARS  # not cut at the reach
    return ended and _CAPTION_AFTER.match(text, end) is not None


def _on_a_route(text: str, start: int) -> bool:
    """Whether the mention is one end of a route ("Hà Nội - Vinh", "Nội Bài - Lào Cai"),
    not the province after one of its districts ("Hoàng Su Phì – Hà Giang": an address).

    >>> _on_a_route("tuyến Nội Bài - Lào Cai", 15), _on_a_route("Huyện Sa Pa - Lào Cai", 14)
    (True, False)
    """
    g = gazetteer()
    name = g.province_re.match(text, start)
    after = name is not None and _ROUTE_AFTER.match(text, name.end()) is not None
    before = _ROUTE_BEFORE.search(text, max(0, start - 25), start)
    if before and name is not None:
        dashed = _DISTRICT_BEFORE_DASH.search(text, max(0, start - 60), start)
        words = dashed.group(1).split() if dashed else []
        province = g.forms[name.group()]
        if any(g.districts.get(" ".join(words[i:])) == province for i in range(len(words))):
            return after
    return after or before is not None


_ROAD_BEFORE = re.compile(r"(?i:cao tốc|tuyến|quốc lộ|đường|chuyến bay)\s[^,.;:]{0,30}$")
ROAD_REACH = 45


def _on_a_road(text: str, start: int) -> bool:
    """Whether the mention is an end of a road or a line named by its ends ("cao tốc Hà
    Nội - Hải Phòng", "tuyến đường sắt Hà Nội - Lào Cai"): a title naming one tells of the
    road, not of its ends' provinces.

    >>> _on_a_road("Tai nạn trên cao tốc Hà Nội-Hải Phòng", 21)
    True
    >>> _on_a_road("Hà Nội - TP.HCM: giá xăng tăng", 0)
    False
    """
    road = _ROAD_BEFORE.search(text, max(0, start - ROAD_REACH), start)
    return road is not None and _on_a_route(text, start)


# A stretch of the country named by its ends ("các tỉnh từ Thanh Hóa đến Thừa Thiên-Huế",
# "từ Phú Yên trở vào", "từ tỉnh Quảng Bình đến Cần Thơ"): a region, neither end a subject.
_STRETCH_ADMIN = rf"(?:{_ADMIN_WORD}\s*)?"
STRETCH_REACH = 60


@functools.cache
def _stretch_re() -> re.Pattern[str]:
    province = gazetteer().province_re.pattern
    return re.compile(
        rf"\b[Tt]ừ\s+{_STRETCH_ADMIN}{province}\s*"
        rf"(?:trở\s+(?:vào|ra)\b|(?:đến|tới|[-–])\s*{_STRETCH_ADMIN}{province})"
    )


def _in_a_stretch(text: str, start: int) -> bool:
    """Whether the mention at ``start`` ends a stretch of provinces (read within
    ``STRETCH_REACH`` characters either side).

    >>> _in_a_stretch("mưa ở các tỉnh từ Thanh Hóa đến Thừa Thiên-Huế", 17)
    True
    >>> _in_a_stretch("Sáng nay, từ Hà Nội, đoàn lên đường", 13)
    False
    """
    lo = max(0, start - STRETCH_REACH)
    return any(
        m.start() <= start < m.end()
        for m in _stretch_re().finditer(text, lo, start + STRETCH_REACH)
    )


def _labels_a_person(before: str) -> bool:
    """Whether the mention is a bracketed label after a person's name ("ông Lê Văn A
    (Bình Định)"), not after a place's ("huyện An Dương (Hải Phòng)": "An" is also a
    family name; "Đồng Văn (Hà Giang)", a district).

    >>> _labels_a_person("ông Lê Văn Tám ("), _labels_a_person("huyện An Dương (")
    (True, False)
    """
    label = _PERSON_LABEL.search(before)
    return (
        bool(label)
        and label.group(1).split()[0] in SURNAMES
        and label.group(1) not in gazetteer().districts
        and not _SUBUNIT.search(before, 0, label.start())
    )


def _districts_named(text: str, end: int) -> list[str]:
    """The province key of each district named after its unit before ``end``, but a
    namesake: a district the story names with another province ("huyện Kỳ Sơn (Hòa
    Bình)": the gazetteer's Kỳ Sơn is Nghệ An's, Hòa Bình's was merged away), wherever it
    names it, unless it also names it with its own (the other was a slip).

    >>> _districts_named("Công an huyện Kỳ Sơn (Hòa Bình) khởi tố; thị trấn Kỳ Sơn", 60)
    []
    """
    g = gazetteer()
    named = [(m.group(1), m.end()) for m in g.district_re.finditer(text, 0, end)]
    told = {(name, _province_next(text, at)) for name, at in named}
    namesakes = {
        name
        for name, key in told
        if key not in (None, g.districts[name]) and (name, g.districts[name]) not in told
    }
    return [g.districts[name] for name, _ in named if name not in namesakes]


def _province_next(text: str, at: int) -> str | None:
    """The key of the province named right after a district ending at ``at``, in
    brackets or after a comma or dash, if one is.

    >>> _province_next("huyện Kỳ Sơn (Hòa Bình)", 12), _province_next("huyện Kỳ Sơn đã", 12)
    ('tinhhoabinh', None)
    >>> _province_next("huyện Mê Linh, Vĩnh Phúc, nay thuộc Hà Nội", 13)
    'thanhphohanoi'
    """
    g = gazetteer()
    after = _PROVINCE_NEXT.match(text, at)
    province = after and g.province_re.match(text, after.end())
    if not province:
        return None
    now = _NOW_PART_OF.match(text, province.end())  # "Mê Linh, Vĩnh Phúc, nay thuộc Hà Nội"
    later = now and g.province_re.match(text, now.end())
    return g.forms[(later or province).group()]


# A province's own police, court or procuracy ("Công an tỉnh Bình Phước cho hay", "TAND
# TP.HCM xét xử", "Viện KSND tỉnh Nghệ An"), not a regional court ("TAND Cấp cao tại Hà
# Nội") nor the police's newspaper or photo credit ("theo báo Công an TP.HCM", "Ảnh:
# Công an TP.HCM cung cấp").
_COURTS = r"TAND|VKSND|Tòa án nhân dân|Viện KSND|Viện kiểm sát nhân dân"
_LAW_BODY = re.compile(rf"(?<!\w)(?<![Bb]áo )(?<!Ảnh: )(?:Công an|{_COURTS})\s+")
# … whose seat is no scene of the case it hears ("TAND Cấp cao tại Hà Nội xét xử phúc thẩm").
_APPEAL_COURT_BEFORE = re.compile(
    rf"(?:{_COURTS}|Tòa án)\s+[Cc]ấp cao\s+(?:tại\s+)?(?:TP\.?\s*|[Tt]hành phố\s+)?$"
)
_ADMIN_PREFIX = re.compile(r"(?:tỉnh|thành phố|TP\.?)\s*")


def _law_bodies_named(text: str, end: int) -> list[str]:
    """The province key of each police, court or procuracy of a province named before
    ``end``: its case is the province's news, though the story names the province once.

    >>> _law_bodies_named("Phiên tòa của TAND TP HCM xét xử; TAND Cấp cao tại Hà Nội", 60)
    ['thanhphohochiminh']
    >>> _law_bodies_named("Công an tỉnh Bình Phước cho hay; theo báo Công an TP.HCM", 60)
    ['tinhbinhphuoc']
    """
    g = gazetteer()
    keys = []
    for body in _LAW_BODY.finditer(text, 0, end):
        prefix = _ADMIN_PREFIX.match(text, body.end())
        province = g.province_re.match(text, body.end()) or (
            prefix and g.province_re.match(text, prefix.end())
        )
        if province:
            keys.append(g.forms[province.group()])
    return keys


_PROVINCE_NEXT = re.compile(r"\s*(?:,|\(|–|-)\s*(?:tỉnh\s+|TP\.?\s*)?")
_NOW_PART_OF = re.compile(r"\s*,?\s*nay (?:thuộc|là)\s+(?:tỉnh\s+|TP\.?\s*)?")


def _closes_an_address(text: str, start: int) -> bool:
    """Whether the mention ends an address: a capitalised place that is no province
    (not a list "Hải Phòng, Hà Nội"), not where a firm stands or someone comes from,
    before it, then a comma or a bracket.

    >>> _closes_an_address("tại phường Vạn Phúc, Hà Đông, Hà Nội", 30)
    True
    >>> _closes_an_address("Hải Phòng, Hà Nội", 11), _closes_an_address("tại Hà Nội", 4)
    (False, False)
    """
    place = _ADDRESS_BEFORE.search(text, max(0, start - 40), start)
    if not place or _NO_SCENE_BEFORE.search(text, max(0, start - 60), start):
        return False  # "công ty Đại Nguyên Dương (Nam Định)", "đến từ Bù Đăng, Bình Phước"
    return not gazetteer().province_re.search(place.group(1))


def _no_local_news(text: str) -> bool:
    return len(text) >= LOCAL_READ_CHARS and len(_LOCAL_ACTOR.findall(text)) <= FEW_LOCAL_ACTORS


def _lists(mentions: list[tuple[str, float, int]], text: str) -> list[tuple[list[str], set[int]]]:
    """(the provinces, the positions of their mentions) of each run of 3+ distinct
    provinces with short gaps, no full stop."""
    lists: list[tuple[list[str], set[int]]] = []
    run: list[tuple[str, float, int]] = []
    for m in [*mentions, None]:
        if m and run:
            gap = mask_tp(text[run[-1][2] : m[2]])
            if m[2] - run[-1][2] <= _LIST_GAP and ". " not in gap and "\n" not in gap:
                run.append(m)
                continue
        if len({k for k, _, _ in run}) >= 3:
            lists.append(([*dict.fromkeys(k for k, _, _ in run)], {pos for _, _, pos in run}))
        run = [m] if m else []
    return lists


def _counted(opening: str, lists: list[tuple[list[str], set[int]]]) -> list[str]:
    """The provinces of a list as long as the count the opening gives ("4 tỉnh miền
    Trung" and "Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên-Huế"): each is a subject."""
    counts = {
        _NUMBER_WORDS.get(m.group(1).lower(), m.group(1))
        for m in _COUNT.finditer(opening)
        if not _ATTENDING.search(
            opening, max(0, m.start() - ATTENDING_REACH), m.end() + ATTENDING_REACH
        )
    }
    counted = [k for keys, _ in lists if str(len(keys)) in counts for k in keys]
    return list(dict.fromkeys(counted))  # a list told twice names its provinces once


def _mentions(text: str, teams: bool = False) -> list[tuple[str, float, int]]:
    """(province key, weight, position) of each mention; in a football story (``teams``)
    a province named without its administrative word or a body of its own is mostly a
    team ("tân binh Bình Định", "Sân Tam Kỳ: Quảng Nam - Đắk Lắk"), which the guidelines
    do not count as a mention. A person's home province, or the city whose clock tells
    the kick-off ("16h (giờ Hà Nội)"), is no team but a mention that weighs nothing: the
    story is not about it."""
    out = []
    for key, start, end in _named(text):
        if longer_name_end(key, text, start, end) > end:
            continue  # "Thái Bình Dương": the Pacific
        weight = _weight(text, start, end)
        before = (text, max(0, start - 20), start)
        if teams and weight and any(p.search(*before) for p in (_ORIGIN, _CLOCK_BEFORE, _TRAVEL)):
            out.append((key, 0.0, start))  # a player's home, the kick-off's time zone, a trip
        elif weight >= (STRONG if teams else WEAK):
            out.append((key, weight, start))
    return out


def _named(text: str) -> list[tuple[str, int, int]]:
    """(province key, start, end) of each province's name in ``text``, in order: as the
    gazetteer writes it, or with its later words in lower case after its administrative
    word (``_lowered_names``)."""
    g = gazetteer()
    named = [(g.forms[m.group()], m.start(), m.end()) for m in g.province_re.finditer(text)]
    pattern, province_of = _lowered_names()
    named += [(province_of[m.group(1)], m.start(1), m.end(1)) for m in pattern.finditer(text)]
    return sorted(named, key=lambda name: name[1])


@functools.cache
def _lowered_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """(pattern, form -> province key) of a province written with its later words in
    lower case after its administrative word ("tỉnh Lạng sơn", "TP Cần thơ"): only
    there, as alone the forms are mostly words ("Hòa bình", peace; "Hải dương", ocean)."""
    province_of = {}
    for form, key in gazetteer().forms.items():
        head, _, tail = form.partition(" ")
        if tail and tail.lower() != tail:
            province_of[f"{head} {tail.lower()}"] = key
    names = "|".join(map(re.escape, sorted(province_of, key=len, reverse=True)))
    admin = rf"(?:{_ADMIN_WORD}|Tỉnh|Thành phố)"
    return re.compile(rf"(?<!\w){admin}\s*({names})(?!\w)"), province_of


def _football(text: str) -> bool:
    """A match report or a club's news: several words only football uses."""
    return len(set(_FOOTBALL.findall(text))) >= FOOTBALL_WORDS


def _weather_bulletin(text: str) -> bool:
    return len(_TEMPERATURE_READING.findall(text)) >= BULLETIN_READINGS


def extract_provinces(
    title: str, body: str, summary: str = "", reports_figures: bool = False
) -> ProvinceResult:
    """Provinces named in the article and the ones it is about (tone-unified input).

    The summary (the lead) is scored as the body is: most leads are not repeated in
    the body, and one may be all that names the city ("Chủ tịch UBND TP HCM đã đến đánh
    cồng …" above a body saying only "Lãnh đạo TP"). An article that
    ``reports_figures`` (indicator values) is local news of the provinces it names most,
    whoever acts in it: "TP.HCM xuất khẩu …" needs no "UBND"."""
    g = gazetteer()
    scores: Counter[str] = Counter()
    order: dict[str, int] = {}
    whole = title + "\n" + summary + "\n" + body  # the lead included: a district named there
    teams = _football(whole)
    title_mentions = _mentions(title, teams)
    for key, _, pos in title_mentions:
        order.setdefault(key, -1)
        if not (
            _in_a_stretch(title, pos)
            or _on_a_road(title, pos)
            or _venue(title, pos, _TITLE_EVENT)
            or _EPITHET_BEFORE.search(title[:pos])
        ):
            scores[key] += 3.0
    lead_mentions = _mentions(summary, teams)
    lead_lists = _lists(lead_mentions, summary)
    lead_listed = set().union(*(positions for _, positions in lead_lists))
    addressed = set()  # provinces closing an address: local news
    for key, weight, pos in lead_mentions:
        order.setdefault(key, -1)
        if pos not in lead_listed and not _incidental(summary, pos):
            scores[key] += weight
            if weight and _closes_an_address(summary, pos):
                scores[key] += 1.0  # the lead's scene: "về núi Bà Đen (Tây Ninh)"
                addressed.add(key)
    lead_end = _lead_end(body)
    donations = _DONATIONS.search(body)
    story_end = donations.start() if donations else len(body)
    lead_bonus: set[str] = set()
    body_mentions = _mentions(body, teams)
    lists = _lists(body_mentions, body)
    listed = set().union(*(positions for _, positions in lists))
    for key, weight, pos in body_mentions:
        if _is_byline(body, pos):
            continue
        order.setdefault(key, pos)
        if pos in listed or pos >= story_end or _incidental(body, pos):
            continue
        scores[key] += weight
        if weight and _closes_an_address(body, pos):
            addressed.add(key)
        if pos < lead_end and weight >= PLAIN:
            lead_bonus.add(key)
    for key in lead_bonus:
        scores[key] += 1.0
    for m in _DATELINE.finditer(body[:200]):
        key = _NEWSPAPER_PREFIXES[m.group(1)]
        scores[key] += 3.0
        order.setdefault(key, -2)
    districted = set()  # provinces a district of which is named: local news
    whole_story_end = len(whole) - len(body) + story_end
    for key in _districts_named(whole, whole_story_end):
        scores[key] += 1.5 if key in scores else 1.0
        districted.add(key)
    cased = set(_law_bodies_named(whole, whole_story_end))  # a province's case: local news
    for key in cased:
        scores[key] += 1.0
    titled = {key for key, _, _ in title_mentions}
    for key in _landmark_provinces(title):
        scores[key] += 3.0
        titled.add(key)
    for district in _NUMBERED_DISTRICT.finditer(whole, 0, whole_story_end):
        if not _in_contact(whole, district.start()):  # an office's address
            scores[_HCM] += 1.5 if _HCM in scores else 1.0
            order.setdefault(_HCM, len(whole))  # a mention of the city, after those named
    opening = title + " " + summary + " " + body[:lead_end]
    national = not (title_mentions or _local_actor(opening)) and bool(
        _NATIONAL_SUBJECT.search(opening)
    )
    picked = _pick(scores, NATIONAL_MIN_SCORE if national else MIN_SCORE)
    if not (picked or national):
        picked = _lone_local_province(scores, whole)
    about = list(picked)
    if not reports_figures and _no_local_news(whole):
        local = districted | addressed | titled | cased
        about = [k for k in about if k in local or scores[k] >= UNLOCAL_MIN_SCORE]
    about += [k for k in _counted(opening, lead_lists + lists) if k not in about]
    if _weather_bulletin(whole):
        about = [k for k in about if k in titled]
    mentioned = sorted(order, key=order.__getitem__)
    mentioned += [k for k in picked if k not in order]
    return ProvinceResult(
        about=[g.names[k] for k in about],
        mentioned=[g.names[k] for k in mentioned],
        about_2025=list(dict.fromkeys(g.names_2025[k] for k in about)),
    )


BYLINE_CHARS = 100


def _is_byline(body: str, pos: int) -> bool:
    """A place name closing the article after its final full stop is a byline ("./. Hà Giang").

    Only the article's last ``BYLINE_CHARS`` are read, so a text of thousands of place
    names costs linear time.
    """
    if len(body) - pos > BYLINE_CHARS:
        return False
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
            return min(pos, pos - len(para) - 1 + _LEAD_MAX)
    return min(pos, 400)


@functools.cache
def _landmarks() -> tuple[re.Pattern[str], dict[str, str]]:
    """(pattern of the places in ``data/landmarks.txt``, place -> province key)."""
    g = gazetteer()
    province_of = {}
    for line in data_lines("indexer.facets", "landmarks.txt"):
        province, places = line.split(":", 1)
        province_of.update(
            {place.strip(): g.forms[province.strip()] for place in places.split(",")}
        )
    names = sorted(province_of, key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, names))})(?!\w)"), province_of


def _landmark_provinces(text: str) -> list[str]:
    """The province of each landmark named in ``text`` ("sân bay Tân Sơn Nhất"), but a
    street named after one ("đường Phan Thiết")."""
    pattern, province_of = _landmarks()
    return [
        province_of[m.group()]
        for m in pattern.finditer(text)
        if not _STREET.search(text, max(0, m.start() - 30), m.start())
    ]


def _lone_local_province(scores: Counter[str], text: str) -> list[str]:
    """The one province a story names, when a local actor opens it (read in its first
    ``LOCAL_READ_CHARS``), no foreign country does ("thành phố Trùng Khánh, Trung Quốc"
    is no district of Cao Bằng) and the province weighs ``LONE_MIN_SCORE`` at least."""
    named = [key for key, score in scores.items() if score > 0]
    if len(named) != 1 or scores[named[0]] < LONE_MIN_SCORE:
        return []
    opening = text[:LOCAL_READ_CHARS]
    return named if _LOCAL_ACTOR.search(opening) and not SURE_COUNTRIES.search(opening) else []


def _pick(scores: Counter[str], least: float) -> list[str]:
    """Provinces scoring at least ``least`` and at least half the top score, best first."""
    if not scores:
        return []
    top = max(scores.values())
    return [k for k, s in scores.most_common() if s >= least and s >= top / 2]
