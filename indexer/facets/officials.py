"""People named with a public-office title (Party and state, any level).

Two shapes are recognised:
* title first: "Phó Giám đốc Sở Công Thương Vũ Hồng Dương, Phạm Phước Trãi" (the title
  may be followed by its organisation, and by a list of names);
* name first: "Ông Phạm Văn Tám, Giám đốc Sở Công Thương".
Heads of state departments count ("Phó trưởng phòng Văn hóa - Thông tin huyện",
"Trưởng phòng Cảnh sát hình sự"), as do "Chủ tịch TP …" and "Giám đốc KBNN".
Only titles of public offices match, so "Giám đốc Công ty …" or "Chủ tịch HĐQT" do not;
a name must start with a Vietnamese family name, which drops most foreigners, bylines
("Tin, ảnh: Cẩm Trúc") and photo credits, since those carry no title.
More rules:
* the title may follow "nguyên" ("ông Phí Thái Bình, nguyên Phó chủ tịch UBND TP");
* after "ông"/"bà" no separator is needed ("ông Phạm Đại Dương Bí thư Tỉnh ủy"), and a
  minority name without a family name is accepted ("bà H'Yim Kđoh - Phó Chủ tịch");
* a person ever titled with a foreign country ("Thủ tướng Singapore Lý Hiển Long") is
  foreign everywhere in the article;
* a name that is a clipped form of another found name ("Phạm Minh" / "Phạm Minh Chính",
  "Kim Tiến" / "Nguyễn Thị Kim Tiến") is dropped; a word glued to the last syllable
  by a typo is cut ("Nguyễn Tấn Bỉnhcho biết", "Nguyễn Phú Trọngmong muốn");
* the name may follow its title after a comma or dash and "ông", "bà" or "đồng chí"
  ("Giám đốc Sở Công Thương, ông Nguyễn Văn An"), and a list after a title may name
  its people with them ("… Trần Văn Bình và bà Lê Thị Cúc");
* "Chủtịch" (missing space) is read as "Chủ tịch";
* a district's name right after a title is the place ("Bí thư Thành ủy Phan Thiết"),
  as is a commune's after a title ending in its unit ("Chủ tịch xã Ninh Sở"); "Ông",
  "Bà" or "Chúng tôi" glued to a name by a lost full stop is no part of it.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Container
from functools import cache

from search.gazetteer import gazetteer
from search.lunar import BRANCHES, STEMS
from search.names import data_lines
from search.segmentation import dictionary_words
from search.tones import normalize, untoned

from .text import (
    CAP_WORD,
    COUNTRIES,
    LOWER,
    MAJOR_SURNAMES,
    SURE_COUNTRIES,
    SURNAMES,
    UPPER,
    longer_name_end,
    sentence_bounds,
)

# How far the rules look, in characters (tokens for the name after a title): a title's
# organisation and its holder's name fit in these; a name further on is someone else's.
NAME_REACH = 200  # after a title, where its holder's name may be
TOKENS_TO_NAME = 14  # tokens of organisation allowed before that name
ROLE_REACH = 120  # after a name, how long the role ("Giám đốc Sở …") may run
_NEXT_TITLE = re.compile(r"\s*,\s*(?:kiêm\s+)?")
NAME_LOOKAHEAD = 40  # a name's first three words; a newspaper named after a title
NAMED_BEFORE_REACH = 12  # "bệnh viện ", "đường ": a word naming a place before a name
# Marks a person titled with a foreign country ("Thủ tướng Singapore Lý Hiển Long").
_FOREIGN = "\0foreign"
# Marks a leader remembered, not in office: "tưởng niệm Tổng Bí thư Nguyễn Văn Cừ",
# "ngày sinh của Tổng Bí thư Trần Phú", "cố Thủ tướng Võ Văn Kiệt".
_REMEMBERED = "\0remembered"
_REMEMBRANCE_BEFORE = re.compile(
    r"(?<!\w)(?:cố|[Tt]ưởng\s+(?:niệm|nhớ)|ngày\s+(?:sinh|mất|giỗ)(?:\s+của)?|[Ll]ưu\s+niệm"
    r"|[Gg]iỗ)\s+(?:đồng\s+chí\s+)?$"
)
# Where an ambassador serves is no country of theirs: "Đại sứ Việt Nam tại Mỹ".
_POSTING = re.compile(r"\stại\s.*$")

_PHO = r"(?:Phó\s+)?"
# A project, infrastructure, national park or forest board ("Ban Quản lý dự án …", "BQL
# Vườn Quốc gia") is a public-service unit, not an office; an economic zone's board
# ("Ban Quản lý các KCN") is a state agency.
_PROJECT = (
    r"\s+(?:các\s+)?(?:dự\s+án|hạ\s+tầng|[Vv]ườn\s+[Qq]uốc\s+gia|VQG|rừng"
    r"|đầu\s+tư\s+xây\s+dựng)"  # "Ban quản lý đầu tư xây dựng công trình giao thông"
)
_TEAM_HEAD = rf"(?:{_PHO}Đội\s+trưởng|Đội\s+phó)"
# "nguyên Giám đốc" (former), "Quyền Giám đốc" (acting) hold the title all the same.
_FORMER_OR_ACTING = r"(?:(?:[Nn]guyên|[Qq]uyền)\s+)?"
_TITLES = [
    rf"{_PHO}Chủ\s*tịch(?:\s+(?:Thường\s+trực|chuyên\s+trách))?\s+(?:nước|Quốc\s+hội|QH|UBND(?:TP)?|HĐND|UBMTTQ|MTTQ|UBTƯ|UB\s+TƯ|Ủy\s+ban|Hội\s+đồng\s+(?:nhân\s+dân|[Dd]ân\s+tộc)"
    r"|tỉnh|thành\s+phố|TP|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|Mặt\s+trận"
    # the Front's member organisations: "Chủ tịch Hội Nông dân thị xã", "Hội LHPN", their
    # central committee's ("Phó Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam");
    # of the labour unions the national confederation's only ("Tổng LĐLĐ Việt Nam"): no
    # annotator names the head of a province's or a district's federation (0 of 4 in dev);
    # of the others, a commune's head is rarely named (1 of 6 in dev)
    r"|(?:(?:Ban\s+[Cc]hấp\s+hành|BCH)\s+)?(?:(?:Trung\s+ương|TƯ|T\.Ư)\s+)?"
    r"Hội\s+(?:[Nn]ông\s+dân|Liên\s+hiệp\s+Phụ\s+nữ|LHPN|Cựu\s+chiến\s+binh|CCB)"
    r"(?!\s+(?:xã|phường|thị\s+trấn)(?!\w))"
    r"|Tổng\s+(?:Liên\s+đoàn\s+Lao\s+động|LĐLĐ(?:VN)?))",
    # a chairman named bare where he signs: "do Phó Chủ tịch Trần Tiến Dũng ký" (a firm's
    # board chairman signs no decision the news reports by his bare title)
    rf"{_PHO}Chủ\s+tịch(?=(?-i:(?:\s+{CAP_WORD}){{2,4}})\s+(?:đã\s+)?ký(?!\w))",
    rf"{_PHO}Thủ\s+tướng(?:\s+Chính\s+phủ|\s+Thường\s+trực)?",
    r"P?CT\s+(?:UBND|HĐND)",  # "PCT UBND TP Hải Phòng": Phó Chủ tịch abbreviated
    # "Bí thư thứ nhất Trung ương Đoàn" (the Youth Union's first secretary); not a
    # school's Youth Union ("Bí thư Đoàn trường") nor a Party cell's, below the commune
    # ("bí thư chi bộ thôn", "Phó bí thư chi đoàn xóm")
    r"(?:Tổng\s+|Phó\s+)?Bí\s+thư(?:\s+thứ\s+nhất)?(?!\s+Đoàn\s+trường)"
    r"(?!\s+chi\s+(?:bộ|đoàn)\s+(?:thôn|xóm|ấp|bản|khu\s+phố|tổ\s+dân\s+phố|khối))",
    rf"(?:{_PHO}Giám\s+đốc|P?GĐ)\s+(?:phụ\s+trách\s+)?(?:Sở|Công\s+an|(?-i:CATP|CAT)(?!\w)|Kho\s+bạc|KBNN|Ban\s+Quản\s+lý(?!{_PROJECT})|Đài\s+Phát\s+thanh"
    # a port authority is a ministry's agency: "Phó Giám đốc Cảng vụ Hàng không miền Bắc"
    r"|Ngân\s+hàng\s+Nhà\s+nước|NHNN|Bảo\s+hiểm\s+xã\s+hội|BHXH|Cảng\s+vụ)",
    rf"(?:{_PHO}Trưởng|Phó)\s+phòng\s+(?:Cảnh\s+sát|An\s+ninh|Văn\s+hóa|Tài\s+nguyên|Kinh\s+tế|Nông"
    r"\s+nghiệp|Tài\s+chính|Giáo\s+dục|Y\s+tế|Lao\s+động|Tư\s+pháp|Nội\s+vụ|Quản\s+lý\s+đô\s+thị"
    r"|Tham\s+mưu|Kế\s+hoạch|Khảo\s+thí|CS[A-ZĐ]{2,3}|P[ACKH]\s?\d{2,3}|GD\s?[&-]?\s?ĐT|TN\s?[&-]?\s?MT"
    r"|LĐ\s?-?\s?TB\s?&?\s?XH|VH\s?-?\s?TT|NN\s?[&-]?\s?PTNT|KT\s?-?\s?HT|QLĐT)",
    # a division of a state body: "Trưởng phòng Công tác thanh tra – Cục An toàn thực phẩm",
    # "Phó Trưởng phòng Thanh tra Chi cục Thủy sản", "Trưởng phòng Quản lý thi và Kiểm
    # định chất lượng giáo dục Sở GD&ĐT" (capitalised, the body right after)
    rf"(?:{_PHO}Trưởng|Phó)\s+phòng(?=[^.;]{{0,60}}?(?:–|-|,|\(|thuộc|của)\s*(?:Cục|Sở|Bộ"
    r"|Tổng\s+cục|Chi\s+cục|UBND|Công\s+an|Cảnh\s+sát)\b"
    # … or the body alone, its division unnamed: "Phó Trưởng phòng Cục Quản lý cạnh tranh"
    rf"|(?-i:\s+(?:Cục|Tổng\s+cục|Chi\s+cục)\s+[{UPPER}])"
    rf"|(?-i:(?!(?:\s+\S+){{0,3}}?\s+(?:Công\s+ty|Tập\s+đoàn|Ngân\s+hàng)\s)"
    rf"\s+[{UPPER}][{LOWER}]*(?:\s+(?:và\s+)?[{UPPER}]?[{LOWER}]+){{0,8}}\s+(?:Chi\s+cục|Tổng\s+cục|Cục|Sở)\s))",
    # of a police, market-control, ranger or transport-inspection team ("Đội trưởng
    # Đội TTGT số 3", "đội trưởng TTGT huyện Phong Điền")
    rf"{_TEAM_HEAD}\s+(?:Đội\s+(?:CS(?:GT|HS|ĐT)|Cảnh\s+sát|Tuần\s+tra|Quản\s+lý\s+thị\s+trường|QLTT"
    r"|Kiểm\s+lâm|điều\s+tra|hình\s+sự|cơ\s+động)|(?:Đội\s+)?(?:TTGT|Thanh\s+tra\s+giao\s+thông))",
    r"Người\s+phát\s+ngôn\s+(?:Bộ|Chính\s+phủ|Công\s+an|UBND|Sở)",
    rf"{_PHO}Tổng\s+tham\s+mưu\s+trưởng",
    # of a province's or district's military or border-guard command
    r"(?:Phó\s+)?Chỉ\s+huy\s+(?:trưởng|phó)(?=\s+(?:Bộ\s+(?:[Cc]hỉ\s+huy|đội\s+[Bb]iên\s+phòng)"
    r"|Ban\s+(?:[Cc]hỉ\s+huy|CHQS)|BĐBP|BCH))",
    # … and a commune's, ward's or district's, told short: "phường đội trưởng phường Sơn Kỳ"
    r"(?:[Xx]ã|[Pp]hường|[Hh]uyện|[Qq]uận)\s+đội\s+(?:trưởng|phó)",
    # (a bank's or company's "Ban Kiểm soát" is no public office)
    # (nor is a jury's: "Trưởng Ban giám khảo")
    rf"{_PHO}Trưởng\s+(?:ban(?!\s+Quản\s+lý{_PROJECT})(?!\s+[Kk]iểm\s+soát)(?!\s+giám\s+khảo)"
    r"|Công\s+an|(?-i:CA(?:Q|H|P|X|TP|T))(?!\w)"
    # "Trưởng CA quận Hoàn Kiếm" (not "trưởng ca", a shift's head)
    r"|(?-i:CA)(?=\s+(?:xã|phường|quận|huyện|thị\s+xã|thị\s+trấn|tỉnh|TP|thành\s+phố)))",
    # "Phó công an xã Nghĩa Bình": a deputy police chief named without "Trưởng"
    r"Phó\s+Công\s+an\s+(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|thành\s+phố|TP)",
    # the head of an investigation agency: "Phó Thủ trưởng Cơ quan Cảnh sát điều tra"
    rf"{_PHO}Thủ\s+trưởng\s+Cơ\s+quan\s+(?:(?:Cảnh\s+sát|CS|An\s+ninh)\s*điều\s+tra|CSĐT|ANĐT)",
    # the army: "Tư lệnh Bộ Tư lệnh Thủ đô", "Chính ủy Quân khu 4" (not the historical
    # "Tổng Tư lệnh" Võ Nguyên Giáp)
    rf"(?<!Bộ\s)(?<!Tổng\s){_PHO}(?:Tư\s+lệnh|Chính\s+ủy)|Phó\s+Tổng\s+[Tt]ư\s+lệnh",
    rf"{_PHO}(?:Tổng\s+)?Cục\s+trưởng",
    rf"{_PHO}Chi\s+cục\s+trưởng",
    rf"{_PHO}Hạt\s+trưởng",  # of a forest ranger station (Hạt Kiểm lâm)
    # of a traffic-police, border-control or ranger station (not a commune's clinic,
    # "Trạm trưởng Trạm Y tế", a public-service unit)
    r"Trạm\s+(?:trưởng|phó)(?=\s+(?:phụ\s+trách\s+)?Trạm\s+(?:CSGT|Cảnh\s+sát"
    r"|Kiểm\s+soát\s+[Bb]iên\s+phòng|[Kk]iểm\s+lâm))",
    # of a border-guard post (Đồn Biên phòng), its deputy and its political officer
    rf"{_PHO}Đồn\s+trưởng|Đồn\s+phó|Chính\s+trị\s+viên(?:\s+phó)?(?=\s+Đồn\s)",
    r"(?:Chi\s+)?Cục\s+phó|(?-i:Vụ\s+phó)",  # not "giữ chức vụ Phó chủ tịch"
    rf"{_PHO}Vụ\s+trưởng",
    # "Chánh TTGT": of transport; not a firm's office ("Chánh văn phòng Công ty Than …")
    rf"{_PHO}Chánh\s+(?:Văn\s+phòng(?!\s+(?:(?:Tổng\s+)?[Cc]ông\s+ty|Tập\s+đoàn))|Thanh\s+tra|án|TTGT)",
    r"Thẩm\s+phán|Chủ\s+tọa(?:\s+phiên\s+(?:tòa|xử))?",  # a court's judge, a trial's presiding one
    # a deputy head of a Party board: "Phó ban Tổ chức Trung ương", "Phó ban Dân vận Tỉnh ủy"
    r"Phó\s+ban\s+(?:Tổ\s+chức|Tuyên\s+giáo|Dân\s+vận|Kinh\s+tế|Nội\s+chính|Đối\s+ngoại)"
    r"\s+(?:Trung\s+ương|TƯ|T\.Ư|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy)",
    rf"{_PHO}Viện\s+trưởng\s+Viện\s+(?:KSND|Kiểm\s+sát)",
    rf"{_PHO}Chủ\s+nhiệm\s+(?:Ủy\s+ban|UBKT|UB|Văn\s+phòng|VPCP"
    # the army's political heads: "Phó Chủ nhiệm Tổng cục Chính trị", "Chủ nhiệm Chính
    # trị Quân khu 7"
    r"|Tổng\s+cục\s+(?:Chính\s+trị|Hậu\s+cần|Kỹ\s+thuật)|Chính\s+trị\s+(?:Quân|Bộ\s+đội))",
    # (not of the Council of Ministers, "Chủ tịch Hội đồng Bộ trưởng", a title of its own)
    r"(?<!đồng\s)Bộ\s+trưởng",
    r"Thứ\s+trưởng",
    r"Đại\s+biểu\s+Quốc\s+hội|ĐB(?:QH)?",
    rf"{_PHO}Trưởng\s+[Đđ]oàn\s+(?:ĐBQH|[Đđ]ại\s+biểu\s+Quốc\s+hội)",  # a delegation's head
    r"Tổng\s+Thanh\s+tra(?:\s+Chính\s+phủ)?",
    rf"{_PHO}Tổng\s+(?:Kiểm\s+toán(?:\s+Nhà\s+nước)?|KTNN)",
    r"Ủy\s+viên\s+(?:dự\s+khuyết\s+)?(?:Bộ\s+Chính\s+trị|(?:Ban\s+Chấp\s+hành\s+|BCH\s+)?(?:Trung\s+ương|T\.Ư|TƯ)|Ban\s+Thường\s+vụ|BTV"
    # of the Assembly's Standing Committee: "Ủy viên Ủy ban Thường vụ Quốc hội"
    r"|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|UBTVQH"
    # of a National Assembly committee: "ủy viên thường trực UB Kinh tế"
    r"|[Tt]hường\s+trực\s+(?:Ủy\s+ban|UB)\b)",
    rf"{_PHO}Thống\s+đốc",
    # an envoy of a cause ("Đại sứ du lịch", "Đại sứ thiện chí") holds no office
    # (a plenipotentiary's country follows "đặc mệnh toàn quyền": "Đại sứ đặc mệnh toàn quyền
    # Hàn Quốc tại Việt Nam" is foreign)
    rf"Đại\s+sứ(?:\s+đặc\s+mệnh\s+toàn\s+quyền)?(?-i:(?!\s+(?!đặc\s|tại\s|và\s|kiêm\s|quán\s)[{LOWER}]))",
    r"Tham\s+tán(?:\s+Công\s+sứ)?",
    rf"{_PHO}Tổng\s+lãnh\s+sự(?!\s+quán)",  # a consul general: "Tổng lãnh sự Việt Nam tại …"
    rf"{_PHO}Tổng\s+Thư\s+ký\s+(?:Quốc\s+hội|UBTƯ|UBTW|Ủy\s+ban|MTTQ)",
    # national state bodies headed by a "Tổng giám đốc" (a firm's is no public office)
    # ("Tổng Giám đốc (TGĐ) Thông tấn xã", "TGĐ Đài Truyền hình Việt Nam")
    rf"(?:{_PHO}Tổng\s+giám\s+đốc(?:\s*\(P?TGĐ\))?|P?TGĐ)\s+(?:BHXH|Bảo\s+hiểm\s+xã\s+hội|Kho\s+bạc|KBNN|Thông\s+tấn\s+xã"
    r"|TTXVN|Đài\s+(?:Truyền\s+hình|Tiếng\s+nói)|VTV|VOV)",
]
# Substrings every title contains; lines without one are skipped cheaply.
_TITLE_KEYS = (
    "chủ tịch",
    "chủtịch",
    "ct ubnd",
    "ct hđnd",
    "thủ tướng",
    "bí thư",
    "giám đốc",
    "gđ",
    "trưởng",
    "chánh",
    "thẩm phán",
    "chủ tọa",
    "chủ nhiệm",
    "đại biểu",
    "đb",
    "thanh tra",
    "ủy viên",
    "thống đốc",
    "đại sứ",
    "tham tán",
    "lãnh sự",
    "thư ký",
    "cục phó",
    "đội phó",
    "đồn phó",
    "trạm phó",
    "chính trị viên",
    "vụ phó",
    "phát ngôn",
    "phó phòng",
    "phó ban",
    "phó công an",
    "thủ trưởng",
    "tư lệnh",
    "chính ủy",
    "chỉ huy",
    "kiểm toán",
    "ktnn",
)
_TITLE_ALT = "|".join(_TITLES)
_TEAM_TITLE = re.compile(_TEAM_HEAD, re.IGNORECASE)
TITLE_RE = re.compile(rf"(?<!\w)(?:{_TITLE_ALT})(?!\w)", re.IGNORECASE)

# Lower-case words allowed between a title and the name: parts of organisation names.
_ORG_WORDS = frozenset(data_lines("indexer.facets", "organisation_words.txt"))
_TOKEN = re.compile(r"[^\s,;:()\"“”!?]+|[,;:()\"“”!?]")
# The fields an organisation's name lists ("Bộ Văn hóa, Thể thao và Du lịch", "… & Du lịch").
_ORG_LIST = re.compile(rf",\s+((?:\w+\s+){{1,3}})(?:và|&)\s+\w+(?:\s+[{LOWER}]+)?")
_CAPITALISED_END = re.compile(rf"[{UPPER}][{LOWER}]*\s+$")  # "Mỹ" of "… UBND Phú Mỹ"
_CAPITALISED_START = re.compile(rf"\s+[{UPPER}]")  # "Mỹ" of "UBND Mỹ Châu"
_CAP = re.compile(rf"{CAP_WORD}$")
# A short note may stand between a name and its title: "ông Huỳnh Hùng (SN 1971), Phó …".
_NOTE = r"(?:\s*\([^()]{1,30}\))?"
# A seat on a Party committee may stand there too: "ông Trương Đạt, Đảng ủy viên, Phó
# Giám đốc Sở …", "đồng chí A, Thành ủy viên, Bí thư Quận ủy …".
_MEMBER = r"(?:(?:[Đđ]ảng|[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]hị)\s+ủy\s+viên\s*,\s*)?"
_NAMED = rf"(?<!\w)((?:{CAP_WORD}\s+){{1,5}}{CAP_WORD}){_NOTE}"  # a name and its note
_TITLE_AHEAD = rf"(?=(?i:{_TITLE_ALT})(?!\w))"  # a title starts here
# A defendant's age or birth year may open the bracket: "Đoàn Vũ Duy (39 tuổi, nguyên đội
# trưởng đội TTGT …)", "A (SN 1973, nguyên Phó trưởng phòng …)".
_AGE = r"(?:(?:\d{1,3}\s+tuổi|SN\s+\d{4}|sinh\s+năm\s+\d{4})\s*[,;–-]\s*)?"
_NAME_FIRST = re.compile(
    rf"{_NAMED}\s*(?:,|–|-|\(\s*{_AGE})\s*{_MEMBER}{_FORMER_OR_ACTING}{_TITLE_AHEAD}"
)
# A post the titles do not list may stand there as well: "bà Nguyễn Thị Hồng Minh, chủ
# tịch danh dự VASEP, nguyên Thứ trưởng Bộ Thủy sản" (``_an_aside``).
_ASIDE_FIRST = re.compile(
    rf"{_NAMED}\s*,\s*(?P<aside>[^,.;:()\d\"“”]{{3,80}}?)\s*,\s*{_FORMER_OR_ACTING}{_TITLE_AHEAD}"
)
# "ông Nguyễn Văn Nên khi đó là Phó Trưởng phòng", "bà A làm Phó Chủ tịch UBND xã",
# "bà B giữ chức Chủ tịch MTTQ xã", "bà C được bổ nhiệm làm phó trưởng phòng", "ông D được
# bầu giữ chức Chủ tịch", "ông E được điều động và bổ nhiệm chức danh Phó Giám đốc Sở":
# the office held then or now, or taken up.
_WAS = (
    r"(?:(?:(?:khi|lúc)\s+(?:đó|ấy)\s+|hiện\s+|đang\s+)?(?:là|làm|giữ\s+chức(?:\s+vụ)?)\s+"
    r"|(?:(?:đã\s+)?được\s+)?(?:điều\s+động\s*(?:,|và)\s*)?(?:bổ\s+nhiệm|bầu|điều\s+động)\s+"
    r"(?:làm\s+|(?:giữ\s+)?chức(?:\s+(?:vụ|danh))?\s+)?)?"
)
# A rank stands where "ông" would: "Giám đốc Công an tỉnh, Đại tá Nguyễn Văn A".
_RANK = (
    r"(?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu)\s+(?:tướng|tá|úy)"
    r"|(?:[Cc]huẩn\s+|[Pp]hó\s+)?[Đđ]ô\s+đốc"
)
# "ông Phạm Đại Dương Bí thư Tỉnh ủy", "bà H'Yim Kđoh - Phó Chủ tịch", "Thiếu tướng Lê Hiền
# Vân Phó Chủ nhiệm …": after an honorific or a rank the name needs no comma before its
# title and may be a minority name without a family name.
_PERSON = r"[Ôô]ng|[Bb]à|[Đđ]ồng\s+chí"
_NAME_WORD = rf"[{UPPER}](?:[{LOWER}]?['’][{UPPER}{LOWER}])?[{LOWER}]*"  # "B’Krông", "Bk’rông"
_HONORIFIC_FIRST = re.compile(
    rf"(?<!\w)(?:{_PERSON}|{_RANK})\s+((?:{_NAME_WORD}\s+){{1,4}}{_NAME_WORD}){_NOTE}"
    rf"\s*(?:,|–|-|\()?\s*{_MEMBER}{_WAS}{_FORMER_OR_ACTING}{_TITLE_AHEAD}"
)
_MINORITY_CAP = re.compile(rf"{_NAME_WORD}$")
# What may stand between a title and its holder's name ("…, ông Nguyễn Văn A", "… - bà
# B", "… đồng chí C", "bổ nhiệm Giám đốc Sở … đối với ông D", "bắt Chi cục phó là ông
# E", "Giám đốc Sở Nội vụ hiện nay là ông F", "Bộ trưởng … khi đó là ông G"), and before a
# name in a list after a title ("…, B và bà C").
# A title held at a newspaper or magazine ("Trưởng ban Bạn đọc báo …") is no public office.
# A board or division of a public-service unit named right after the role is the
# unit's, no public office.
_HEAD_OF_A_PART = re.compile(r"(?:Phó\s+)?Trưởng\s+(?:ban|phòng)", re.IGNORECASE)
# … or in brackets, after the division's lower-case words ("Trưởng phòng Kế hoạch tổng
# hợp (BV Nhi đồng 1)": a hospital's)
_UNIT_AFTER = re.compile(
    rf"(?:\s+[{LOWER}]+){{0,3}}\s*[,–(-]\s*"
    r"(?:Học viện|Trường|Đại học|Bệnh viện|BV|Viện|Trung tâm)\b"
)
# A paper is named after "báo" ("báo Giáo dục", "báo điện tử Giáo dục Việt Nam", "Giải
# Báo chí Quốc gia"); "thông báo cho", "báo cáo" are verbs.
_PRESS = re.compile(rf"(?<!\w)(?:[Bb]áo(?:\s+(?:điện\s+tử|chí))?|[Tt]ạp\s+chí)\s+[{UPPER}]")
# A business association's post is no public office: "Trưởng ban Pháp chế VCCI"; nor is a
# sports federation's ("Trưởng ban Kỷ luật VFF") or the journalists' association's.
_JOURNALISTS = r"Hội\s+Nhà\s+báo"
_ASSOCIATION = re.compile(
    r"\bVCCI\b|Phòng\s+Thương\s+mại\s*(?:và|[-–])\s*Công\s+nghiệp|Hiệp\s+hội"
    rf"|\bVFF\b|\bVPF\b|Liên\s+đoàn\s+Bóng\s+đá|{_JOURNALISTS}"
)
# A village's post, below the commune the offices stop at: "Bí thư thôn Trung Đào",
# "Trưởng ban Công tác mặt trận thôn Đông Cốc" (not "Sở Nông nghiệp và Phát triển nông thôn").
_VILLAGE_POST = re.compile(
    rf"(?<!nông )(?<!\w)(?:thôn|xóm|ấp|bản|khu phố|tổ dân phố)\s+[{UPPER}\d]"
)
# … named after the post: "…, Trưởng ban Pháp chế (VCCI)", "ông A, Trưởng Ban Kiểm tra, Hội
# Nhà báo Việt Nam cho biết" (after a comma only the journalists': "nguyên Phó Vụ trưởng Vụ
# Giáo dục ĐH, Hiệp hội các trường ĐH" held the ministry's post before the association's).
_ASSOCIATION_AFTER = re.compile(rf"\s*(?:\(\s*VCCI\s*\)|,\s*{_JOURNALISTS})")
_CLAUSE_STOP = re.compile(r"[,;:]|\.\s|\s[-–]\s")
_ACRONYM_AFTER = re.compile(r"\(\s*[A-ZĐ][A-ZĐ&.-]*\s*\)")
# The body a title is held in, in brackets: "Trưởng phòng Quản lý vận tải (Sở GTVT …)".
_BODY_AFTER = re.compile(
    r"\(\s*(?:Sở|Bộ|Cục|Tổng\s+cục|Chi\s+cục|UBND|Công\s+an|Thanh\s+tra)\s[^()]{1,60}\)"
    # … or the place it is in: "Phó Chủ tịch UBND huyện Mường Nhé (tỉnh Điện Biên) Thào A
    # Dế", "Trưởng Công an phường Hải Tân (TP Hải Dương), ông Nguyễn Đức Tùng"
    r"|\(\s*(?:(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|TP\.?)\s+)?"
    rf"[{UPPER}][{LOWER}]*(?:\s+[{UPPER}][{LOWER}]*){{0,3}}\s*\)"
)
# So does a degree: "Thứ trưởng Bộ GD&ĐT, PGS.TS Trần Xuân Nhĩ", "…, bác sĩ Nguyễn Văn A".
_DEGREE = (
    r"(?:P?GS\.?\s?)?T(?:h)?S\.?|P?GS\.?|BS(?:CKI{1,2})?\.?"
    r"|(?:[Tt]iến|[Tt]hạc|[Bb]ác)\s+sĩ"
)
_ABBREVIATIONS = frozenset(["TP", "Tp", "tp", "TS", "ThS", "GS", "PGS", "BS", "GS.TS", "PGS.TS"])
# A second post of a title's holder, at a body the titles do not list, stands between
# the title and the name: "Thứ trưởng Bộ LĐTBXH - Chủ tịch HĐTLQG Doãn Mậu Diệp",
# "Phó Chánh án Tòa án Nhân dân kiêm Chủ tịch Hội Luật gia Bình Định Đặng Thành Thái".
_SECOND_HEAD = re.compile(
    rf"(?:[,–-]\s*(?:kiêm\s+)?|kiêm\s+)((?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Trưởng\s+ban|Chủ\s+nhiệm"
    r"|Trưởng\s+(?:[Pp]hái\s+)?đoàn))"
    rf"\s+(?=[{UPPER}])"
)
_HONORIFIC_AFTER = re.compile(
    rf"(?:[,–-]\s*)?(?:đối\s+với\s+|(?:(?:hiện\s+nay|hiện|nay|lúc\s+đó|khi\s+(?:đó|ấy))\s+)?là\s+)?"
    rf"(?:{_PERSON}|{_RANK}|{_DEGREE})\s+(?=[^\W\d_])"
)
# A holder's name after a comma, as the subject of what they say: "Chủ tịch UBND huyện
# Lộc Bình, Lương Trọng Quỳnh cho biết" (the verb tells a name from a list's next item;
# a place there is the unit's province or district: "Trưởng CA phường Quang Trung, Hà
# Đông cho biết").
_NAME_SAYS_AFTER = re.compile(
    rf",\s+(?=((?:{CAP_WORD}\s+){{2,3}})(?:(?:cũng|đã|còn|phấn\s+khởi|vui\s+mừng)\s+)?"
    r"(?:cho\s+biết|cho\s+rằng|khẳng\s+định|nhấn\s+mạnh"
    rf"|chia\s+sẻ|phát\s+biểu|thông\s+tin|trả\s+lời|nói)(?!\w))"
)
# A title's holders listed after it: "… như các ông A, B, C", "… gồm các ông, bà: A; B".
_PLURAL_HOLDERS = re.compile(
    rf"(?:như|gồm(?:\s+có)?|là)\s+các\s+(?:ông|bà|đồng\s+chí)(?:\s*,?\s*bà)?\s*:?\s*(?=[{UPPER}])"
)
# In a list after a title's holder a rank brings in someone else ("Bộ trưởng Quốc phòng
# Ngô Xuân Lịch và Thượng tướng Phạm Trường Long", a guest); "ông", "bà" do not.
_LISTED_HONORIFIC = re.compile(rf"(?:{_PERSON})\s+(?=[^\W\d_])")
_LISTED_RANK = re.compile(rf"(?:{_PERSON}|{_RANK})\s+(?=[{UPPER}])")
# A name that has a role of its own after it is someone else's, not the title's holder:
# "ông A - Phó Chủ tịch Hội Nông dân, ông B - Giám đốc Công ty CP …" (a firm's head).
_ROLE_SEPARATOR = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?[-–,]\s*(?:nguyên\s+)?")
_OWN_ROLE = re.compile(
    _ROLE_SEPARATOR.pattern + r"(?:Phó\s+|Tổng\s+)?(?:[Gg]iám\s+đốc|P?GĐ"
    r"|Chủ\s+tịch|Trưởng|Bí\s+thư|Chủ\s+nhiệm|Chánh|Thủ\s+trưởng|Đại\s+diện)\b"
)


# "đại biểu Nguyễn Văn Cảnh (Bình Định)", "ĐB Trần Đình Gia (Hà Tĩnh)": a delegate named
# with the province that elected them is a member of the National Assembly; so is each
# name of a list after one ("Đại biểu A (Quảng Bình); B (Thanh Hóa) và C (Đà Nẵng)").
_DELEGATE_NAME = rf"((?:{CAP_WORD}\s+){{1,4}}{CAP_WORD})"
_DELEGATE_NAMED = (
    rf"{_DELEGATE_NAME}\s*\(\s*"
    r"(?:[Đđ]oàn\s+)?(?:[Tt]ỉnh\s+|TP\.?\s*|[Tt]hành\s+phố\s+)?([^()]{2,30}?)\s*\)"
)
_DELEGATE_WORD = r"(?<!\w)(?:[Đđ]ại\s+biểu(?:\s*\(ĐB\))?|ĐBQH|ĐB)"
_DELEGATE = re.compile(rf"{_DELEGATE_WORD}\s+{_DELEGATE_NAMED}")
_LIST_NEXT = r"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)"
_NEXT_DELEGATE = re.compile(rf"{_LIST_NEXT}(?:{_DELEGATE_WORD}\s+)?{_DELEGATE_NAMED}")
# In news of the Assembly, "đại biểu Phạm Quang Thanh ở tổ Hà Nội" is a member too, and
# so are those of a list: "các đại biểu Võ Trọng Việt, Lê Thị Nga".
# (Not after "ĐBQH": a heading after it reads as the name's end, "ĐBQH Đỗ Văn Sinh Vì sao …".)
_SESSION_DELEGATE = re.compile(rf"(?<!\w)(?:[Đđ]ại\s+biểu|ĐB)\s+{_DELEGATE_NAME}")
_NEXT_SESSION_DELEGATE = re.compile(rf"{_LIST_NEXT}{_DELEGATE_NAME}")
DELEGATE_ROLE = "Đại biểu Quốc hội"
_DELEGATE_ABBREVIATION = re.compile(r"^(?:ĐBQH|ĐB)(?!\w)")
# Heads' titles abbreviated ("PGĐ Sở Nội vụ", "PCT UBND"), spelt out in the role.
_TITLE_ABBREVIATIONS = {
    "PCT": "Phó Chủ tịch",
    "CT": "Chủ tịch",
    "PTGĐ": "Phó Tổng Giám đốc",
    "TGĐ": "Tổng Giám đốc",
    "PGĐ": "Phó Giám đốc",
    "GĐ": "Giám đốc",
}
_TITLE_ABBREVIATION = re.compile(rf"^(?:{'|'.join(_TITLE_ABBREVIATIONS)})(?!\w)")


def _canon(role: str) -> str:
    """Title case of the head words ('Phó chủ tịch' -> 'Phó Chủ tịch'), spaces collapsed,
    a delegate's or head's abbreviation spelt out ('ĐBQH' -> 'Đại biểu Quốc hội',
    'PGĐ' -> 'Phó Giám đốc'), an acronym in brackets dropped."""
    role = re.sub(r"(?i)(chủ)(tịch)", r"\1 \2", role)
    role = _ACRONYM_AFTER.sub(" ", role)  # "Tổng Giám đốc (TGĐ) Thông tấn xã"
    role = _DELEGATE_ABBREVIATION.sub(DELEGATE_ROLE, role)
    role = _TITLE_ABBREVIATION.sub(lambda m: _TITLE_ABBREVIATIONS[m.group()], role)
    words = role.rstrip(" .,;:-–").split()
    if words and words[-1] in ("và", "của", "khóa", "Ông", "Bà"):
        words.pop()  # "… Nghệ An của ông A"; "… Trung ương Ông A": a caption run on;
        # "Ủy viên Trung ương khóa 16": a term in digits
    heads = 2 if words[:1] == ["Phó"] else 1
    return " ".join(w[:1].upper() + w[1:] if i < heads else w for i, w in enumerate(words))


# A lunar year is named by a stem and a branch ("Tết Đinh Dậu"), and "Đinh" is a surname.
_BRANCHES = frozenset([*BRANCHES, "Tị"])


def _is_name(words: list[str]) -> bool:
    """2-5 capitalised words from a family name on, and not a place ("Hà Nội", "Hồ Chí
    Minh") or a lunar year ("Đinh Dậu")."""
    if not (2 <= len(words) <= 5 and words[0] in SURNAMES and all(_CAP.match(w) for w in words)):
        return False
    if words[0] in STEMS and words[1].strip(",.;:") in _BRANCHES:
        return False
    forms = gazetteer().forms
    if SURE_COUNTRIES.search(" ".join(words)) and not _named_like_a_country(words):
        return False
    if any(map(_foreign_word, words)) and not _is_minority_name(words):
        return False  # "Kpă Thuyên", "Nay Yblung": a Central Highlands name is spelt so
    return not any(" ".join(words[:k]) in forms for k in (2, 3, 4))


def _named_like_a_country(words: list[str]) -> bool:
    """Whether a name is a family name and a given name spelt as a country, as the
    deputy Dương Trung Quốc's is (a foreigner's name runs longer: "Uông Dương Trung Quốc"
    reads the Chinese vice-premier and his country).

    >>> _named_like_a_country(["Dương", "Trung", "Quốc"]), _named_like_a_country(["Trung", "Quốc"])
    (True, False)
    """
    return len(words) == 3 and SURE_COUNTRIES.fullmatch(" ".join(words[1:])) is not None


def _is_minority_name(words: list[str]) -> bool:
    """ "H'Yim Kđoh": 2-4 capitalised words, some not Sino-Vietnamese, not a place or country."""
    if not (2 <= len(words) <= 4 and all(_MINORITY_CAP.match(w) for w in words)):
        return False
    forms = gazetteer().forms
    runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1))
    if COUNTRIES.search(" ".join(words)) or any(run in forms for run in runs):
        return False  # "Hồ Đắk Lắk" ends in a province
    if any(_WESTERN_SPELLING.search(w) for w in words):
        return False  # "John", "Zaw", "Harris", "Gabrielson": Western or other foreign spellings
    if any(_OPEN_SYLLABLES.match(w) for w in words):
        return False  # "Masaru Hashimoto": Japanese, three open syllables and more
    return any("'" in w or not _VIET_SYLLABLE.match(w) for w in words)


# Letters, doubled letters, a final "s" or a length no Central Highlands name has.
_WESTERN_SPELLING = re.compile(r"(?i:[fjwz]|([bcdghklmnprstv])\1)|\ws$|^\w{9,}$")
# A word of three open syllables or more in plain letters ("Masaru", "Hashimoto"), as
# Japanese names are spelt and no Central Highlands name is.
_OPEN_SYLLABLES = re.compile(r"(?:[bcdghkmnprstvy]{0,2}[aeiou]){3,}$", re.IGNORECASE)
# A Vietnamese syllable: optional initial consonant cluster, then a vowel nucleus and coda.
_VIET_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(?i:[aăâeêioôơuưyáàảãạ"
    r"ắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]+)(?:ch|ng|nh|[cmnpt])?$",
    re.IGNORECASE,
)


def _foreign_word(word: str) -> bool:
    """Whether a capitalised word is spelt as no Vietnamese name is ("Augusto", "Santos"),
    not even one with a word glued to it by a typo ("Trọngmong").

    >>> [_foreign_word(w) for w in ("Augusto", "Silva", "Trọngmong", "Minh", "UBND")]
    [True, True, False, False, False]
    """
    word = word.rstrip(",.;:")
    return word.istitle() and word.isalpha() and _syllables_glued(word) is None


def _syllables_glued(word: str) -> str | None:
    """The first syllable of a word that is one Vietnamese syllable or two glued by a
    typo ("Trọngmong" -> "Trọng"), else None."""
    if _VIET_SYLLABLE.match(word):
        return word
    for cut in range(len(word) - 1, 1, -1):
        rest = word[cut:]
        if _VIET_SYLLABLE.match(word[:cut]) and rest.islower() and _VIET_SYLLABLE.match(rest):
            return word[:cut]
    return None


def _first_word_cased(name: str) -> str:
    """A pattern of ``name`` whose words after the first may open in either case.

    >>> pattern = _first_word_cased("Quốc vụ viện")
    >>> [bool(re.fullmatch(pattern, n)) for n in ("Quốc Vụ viện", "quốc vụ viện")]
    [True, False]
    """
    first, *rest = name.split()
    words = [re.escape(first)] + [f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in rest]
    return r"\s+".join(words)


# A foreign state's body named without its country ("Chính hiệp", data/foreign_bodies.txt),
# its words after the first in either case ("Đại hội Đại biểu nhân dân toàn quốc", "Quốc
# Vụ viện"); "Nhân đại diện" is a name before "đại diện" (represents).
_FOREIGN_BODY_NAMES = "|".join(
    map(_first_word_cased, data_lines("indexer.facets", "foreign_bodies.txt"))
)
_FOREIGN_BODIES = re.compile(rf"(?<!\w)(?:{_FOREIGN_BODY_NAMES})(?!\w)(?! diện)")


# … right before a name, whatever title comes after it: "Ủy ban Thường vụ Đại hội đại biểu
# nhân dân toàn quốc Trương Đức Giang, Chủ tịch …".
_FOREIGN_BODY_BEFORE = re.compile(
    rf"{_FOREIGN_BODIES.pattern}\s+(?:[{UPPER}]\w*\s+){{1,3}}[{UPPER}]\w*$"
)


def _names_a_country(role: str) -> bool:
    """Whether a role is held in a foreign country ("Thủ tướng Hà Lan"), not at a post
    there ("Đại sứ Việt Nam tại Nga") nor in a place of ours named like one ("Bí thư
    Tỉnh ủy Lào Cai", "huyện Nga Sơn", "UBND Mỹ Châu"): a country stands alone, no
    capitalised word beside it.

    >>> [_names_a_country(r) for r in ("Thủ tướng Hà Lan", "Đại sứ tại Nga", "Bí thư Lào Cai")]
    [True, False, False]
    """
    if _FOREIGN_BODIES.search(role):
        return True
    if not COUNTRIES.search(role):
        return False  # the common case, spared masking every place name (a sentence's too)
    role = _place_names_re().sub(" ", _POSTING.sub("", role))
    return any(
        not _CAPITALISED_END.search(role, 0, m.start())
        and not _CAPITALISED_START.match(role, m.end())
        for m in COUNTRIES.finditer(role)
    )


def _place_names() -> frozenset[str]:
    """Every province's and district's name: after a title, with no "ông" or "bà"
    before it, such a name is the place ("Bí thư Thành ủy Phan Thiết"); after one it
    may be a person's ("ông Hoàng Sa, Chủ tịch UBND xã")."""
    return gazetteer().place_names


@cache
def _place_names_re() -> re.Pattern[str]:
    names = sorted(gazetteer().place_names, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)")


def _place_spans(text: str) -> list[tuple[int, int]]:
    """Where provinces and countries are named: a family name inside one ("Đào" of "Bồ
    Đào Nha", "Dương" of "Thái Bình Dương") starts no person's name."""
    g = gazetteer()
    places = [
        (m.start(), longer_name_end(g.forms[m.group()], text, m.start(), m.end()))
        for m in g.province_re.finditer(text)
    ]
    return sorted([*places, *(m.span() for m in SURE_COUNTRIES.finditer(text))])


def _ends_a_place(tokens: list[re.Match[str]], i: int, spans: list[tuple[int, int]]) -> bool:
    """Whether tokens[i], a family name, ends a district's or a city's name begun by the
    one or two words before it ("Hà" of "UBND TP Đông Hà Nguyễn Chiến Thắng", "Châu" of
    "Huyện ủy Mộc Châu Hà Trung Chiến"): it starts no holder's name, though a person may
    share a district's whole name ("ông Ngô Quyền"); a province named just before it
    ("tỉnh Thái Bình Dương Văn Minh") ends there, the name after it."""
    if tokens[i].group() not in SURNAMES or not i or _in_spans(tokens[i - 1].start(), spans):
        return False
    words = [t.group() for t in tokens[max(0, i - 2) : i + 1]]
    return any(" ".join(words[k:]) in _place_names() for k in range(len(words) - 1))


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` is inside one of ``spans`` (sorted, apart): a bisection, as a long
    text has thousands of place names."""
    at = bisect.bisect_right(spans, (pos, math.inf)) - 1
    return at >= 0 and pos < spans[at][1]


_ADMIN_WORDS = frozenset(["xã", "phường", "huyện", "quận", "trấn", "thôn", "ấp", "bản"])
_CAPITALISED_ADMIN_WORDS = frozenset(["Phường", "Huyện", "Quận"])
# A division's parent body after a comma, before the head's name: its organisation goes on.
_PARENT_BODY = re.compile(r",\s*(?:Sở|Bộ|Cục|Tổng\s+cục|UBND|Công\s+an|quận|huyện|thị\s+xã)\s")
_PLURAL_BEFORE = re.compile(r"(?<!\w)[Cc]ác\s+(?:(?:đồng\s+chí|ông|bà)\s+)?$")
# … or a unit's police, abbreviated: "Trưởng CAP" (Công an phường).
_UNIT_ENDS_TITLE = re.compile(r"(?<!\w)(?:xã|phường|huyện|quận|thị\s+trấn|CA[PXQH])$")
WORD_BEFORE_REACH = 20  # characters a short word ending at a position is looked for in
# A lower-case word that names what follows: a hospital, a school, a street, a place.
_NAMED_BEFORE = re.compile(
    r"(?:viện|trường|THPT|THCS|ty|đường|phố|xã|phường|quận|huyện|thôn|ấp|chợ|cầu|sông|xứ)\s+$"
)


# Capitalised words that start the next sentence or person, never a name's syllable
# ("Bộ trưởng Phùng Xuân Nhạ Ông Nhạ nói": a full stop lost between them).
_NEXT = frozenset(
    [
        *("Ông", "Bà", "Theo", "Tại", "Trong", "Khi", "Sau", "Vì", "Là", "Các", "Những"),
        *("Đây", "Đó", "Nhưng", "Với", "Để", "Cũng", "Nếu", "Về", "Do", "Tuy"),
        *("Chúng", "Tôi"),  # "… Nguyễn Văn Tuấn Chúng tôi cũng …": the speaker
        # "… Nguyễn Văn Sơn Không ban hành …" (not "Đang", "Vẫn": "Lê Văn Đang" is a name)
        *("Không", "Đã", "Sẽ", "Chưa"),
    ]
)
# … and words opening a sentence that are also, rarely, a given name ("Nguyễn Hữu Có",
# "Tôn Thất Cần"): after a whole name of three words they open the next sentence, its
# full stop lost under a photo ("… Nguyễn Xuân Phúc Lúc 2h sáng …", "… Nguyễn Thị Kim
# Ngân Trước ý kiến này, …", "… Lê Thị Nga Có ý kiến …").
_NEXT_AFTER_A_NAME = frozenset(
    [
        *("Ngoài", "Nhiều", "Khoảng", "Lúc", "Chuyến", "Chuyện", "Cùng", "Xin", "Điều"),
        *("Nói", "Ngành", "Có", "Trước", "Nhà", "Cần", "Qua", "Đúng", "Ban"),
    ]
)
WHOLE_NAME_WORDS = 3


def _opens_the_next(word: str, read: int) -> bool:
    """Whether a capitalised word after ``read`` words of a name opens the next sentence.

    >>> [_opens_the_next("Lúc", n) for n in (2, 3)], _opens_the_next("Theo", 2)
    ([False, True], True)
    """
    return word in _NEXT or (read >= WHOLE_NAME_WORDS and word in _NEXT_AFTER_A_NAME)


# A head's title of any body, public or not ("Chủ tịch VCCI", "Tổng giám đốc Viettel").
_HEAD_WORDS = r"(?:Phó\s+)?(?:Chủ\s+(?:tịch|nhiệm)|(?:Tổng\s+)?[Gg]iám\s+đốc)(?!\w)"
# A time of day, a connective or a person's degree opening the next sentence, its full
# stop lost (a photo's caption): "… Đinh Tiến Dũng Sáng 12/6, phát biểu …", "… Nguyễn Chí
# Dũng Chiều cùng ngày, …", "Thứ trưởng Huỳnh Vĩnh Ái Như vậy, …", "… Nguyễn Xuân Phúc
# Tiến sĩ Terry Buss …" ("Sáng", "Như", "Tiến" or "Tiếp" alone may be a given name).
_NEXT_OPENING = re.compile(
    r"(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm)\s+(?:nay|qua|mai|cùng\s+ngày|\d)"
    r"|(?:Như\s+(?:vậy|thế)|Bên\s+cạnh|Trước\s+(?:đó|đây|khi)|Qua\s+đó)(?!\w)"
    # a caption's verb before the guest's title: "… Nguyễn Xuân Phúc Tiếp Phó Chủ tịch …"
    rf"|(?:Tiếp|Đón|Thăm|Gặp|Chúc\s+mừng|Trao)\s+(?=(?i:{_TITLE_ALT})(?!\w)|{_HEAD_WORDS})"
    # "As a paper reported": "… Nguyễn Ngọc Thiện Như VnMedia đã đưa tin, …"
    rf"|Như\s+(?=(?:[{UPPER}]\S*\s+){{1,3}}(?:đã\s+)?(?:đưa\s+tin|thông\s+tin|phản\s+ánh))"
    r"|(?:Phó\s+)?(?:Tiến\s+sĩ|Thạc\s+sĩ|Giáo\s+sư|Bác\s+sĩ|Kỹ\s+sư|Luật\s+sư)(?!\w)"
    # the next caption's title, of an office or a firm: "… Nguyễn Chí Dũng Chủ tịch VCCI
    # Vũ Tiến Lộc …", "… Nguyễn Văn A Tổng giám đốc Viettel …"
    rf"|{_HEAD_WORDS}"
)


# "Đoàn" is a family name, and also a body: the Youth Union ("Bí thư Đoàn Thanh niên",
# "Bí thư Tỉnh Đoàn Quảng Ninh") or a delegation ("Thủ tướng … và Đoàn Cấp cao Việt
# Nam", "Đoàn công tác"); such a body names no person. A province after it is the
# union's ("Tỉnh Đoàn Quảng Ninh"); a ward's name is not ("Đoàn Ngọc Hải").
_BODY = re.compile(
    r"Đoàn\s+(?:(?P<group>[Tt]hanh\s+niên|[Cc]ấp\s+cao|[Cc]ông\s+tác|[Đđ]ại\s+biểu"
    r"|[Kk]iểm\s+tra)(?!\w)|(?:tỉnh\s+|thành\s+phố\s+|TP\.?\s*)?)"
)


def _a_body(text: str, at: int) -> bool:
    """Whether "Đoàn" at ``at`` is a body: a group word, or a province, after it."""
    body = _BODY.match(text, at)
    if body is None:
        return False
    return bool(body.group("group")) or gazetteer().province_re.match(text, body.end()) is not None


# A reporter's credit after a name: "Nghiêm Huê (thực hiện)", "Hải Nguyễn (ghi)".
_CREDIT_AFTER = re.compile(r"\s*\((?:thực hiện|ghi|tổng hợp|lược dịch|biên dịch)\)")


def _read_name(tokens: list[re.Match[str]], i: int, text: str, split: bool = True) -> list[str]:
    """Capitalised words from tokens[i] on (at most 5), stopping before another title."""
    if i < len(tokens) and _a_body(text, tokens[i].start()):
        return []
    words: list[str] = []
    end = 0  # where the last word read ends
    while i < len(tokens) and len(words) < 5:
        tok = tokens[i]
        word = tok.group()
        bare = word.rstrip(".…")
        if bare != word and len(bare) > 1 and _CAP.match(bare):
            if words and not TITLE_RE.match(text, tok.start()):
                words.append(bare)  # the name ends the sentence: "… Lý Hiển Long.", "… C..."
            break
        if not _CAP.match(word) or (
            words
            and (
                TITLE_RE.match(text, tok.start())
                or _opens_the_next(word, len(words))
                or _NEXT_OPENING.match(text, tok.start())
                or (len(words) > 2 and _capitalised_word(tokens, i))
            )
        ):
            break
        words.append(word)
        end = tok.end()
        i += 1
    if end and _CREDIT_AFTER.match(text, end):
        # "… Bùi Văn Ga Nghiêm Huê (thực hiện)": the interview's author ends the text
        credited = [j for j in range(2, len(words)) if words[j] in SURNAMES]
        words = words[: credited[-1]] if credited else words
    for j in range(2, len(words) - 2 if split else 0):
        if words[j] in MAJOR_SURNAMES:
            return words[j:]
    return words


def _after_title(text: str, m: re.Match[str], spans: list) -> list[tuple[str, str]]:
    """Names that follow a title, with the role text (title + its organisation); the
    name may come after a comma or dash and "ông", "bà" or "đồng chí"."""
    if _TEAM_TITLE.match(m.group()):
        return []  # "Đội CSGT Bàn Cờ": a team is named after its ward, its head before it
    tokens = list(_TOKEN.finditer(text, m.end(), min(len(text), m.end() + NAME_REACH)))
    unit_title = _UNIT_ENDS_TITLE.search(m.group()) is not None
    role_end = None  # where the role ends when an honorific stands between it and the name
    # the honorific's words are passed over, and a listed body the title begins
    # ("Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Nguyễn Đức Hải")
    inside = _body_across(text, m.start(), m.end())
    name_from = inside.end() if inside else 0
    counted = 0  # tokens of organisation read; those passed over (a bracket) are not
    for i, tok in enumerate(tokens):
        word = tok.group().rstrip(".")
        if tok.start() < name_from:
            continue
        counted += 1
        if counted > TOKENS_TO_NAME:
            break
        if i and _ends_a_sentence(tokens[i - 1].group()):
            return []  # "… với các đại biểu Quốc hội. Ông Phan Văn A, quận …": a voter
        plural = i == 0 and _PLURAL_HOLDERS.match(text, tok.start())
        if plural:
            role_end, name_from = tok.start(), plural.end()  # "… như các ông A, B, C"
            continue
        if _and_someone(text, tokens, i) and role_end is None and _named_before(text, m):
            return []  # "A - Giám đốc CATP và Đại tá B - …", "A, Phó phòng TN&MT và B"
        honorific = not _in_a_place_name(tokens, i) and _HONORIFIC_AFTER.match(text, tok.start())
        listed = i > 0 and tokens[i - 1].group() == "và"  # "… và bà B": someone else
        if honorific and i and tokens[i - 1].group().endswith("."):
            return []  # "Ban giám đốc Công an TP. Trung tá A, Phó phòng …": a new sentence
        if honorific and role_end is None and not listed:
            role_end, name_from = tok.start(), honorific.end()
            continue
        says = role_end is None and _NAME_SAYS_AFTER.match(text, tok.start())
        if says and says.group(1).strip() not in _place_names():  # "…, Hà Đông cho biết"
            role_end, name_from = tok.start(), says.end()
            continue
        second = role_end is None and _SECOND_HEAD.match(text, tok.start())
        if second and not TITLE_RE.match(text, second.start(1)):  # a listed title reads itself
            role_end, name_from = tok.start(), second.end()
            continue
        bracket = _ACRONYM_AFTER.match(text, tok.start()) or _BODY_AFTER.match(text, tok.start())
        if bracket:
            name_from = bracket.end()
            continue  # "Bộ trưởng Bộ Kế hoạch và Đầu tư (KH-ĐT) Nguyễn Chí Dũng"
        body = role_end is None and _known_bodies().match(text, tok.start())
        if body:
            name_from = body.end()
            continue  # a listed body's lower-case words: "Cục Văn hóa cơ sở Ninh Thị Thu Hương"
        listed_in_name = _ORG_LIST.match(text, tok.start())
        if listed_in_name and not TITLE_RE.match(text, listed_in_name.start(1)):
            name_from = listed_in_name.end()  # "Bộ Văn hóa, thể thao và du lịch"
            continue
        if (
            tok.group() == ":"
            and role_end is None
            and _PLURAL_BEFORE.search(text, max(0, m.start() - WORD_BEFORE_REACH), m.start())
        ):
            # "Các Phó Thủ tướng: Trịnh Đình Dũng, …", "các đồng chí Phó Bí thư Tỉnh ủy: …";
            # a listed name with a role of its own holds that one
            role_end = tok.start()
            continue
        if role_end is None and _PARENT_BODY.match(text, tok.start()):
            continue  # "Trưởng phòng Cấp phép xây dựng, Sở Xây dựng Tống Đức Tiến"
        if tok.group() in ',;:()"“”!?' or (
            word.islower() and word not in _ORG_WORDS and not _word_goes_on(text, tokens, i)
        ):
            return []
        # "UBND quận Hoàng Mai Nguyễn Văn A", "huyện Lý Sơn", "quận Bắc Từ Liêm": the
        # words after an admin word are a place's name, but for a person's full name no
        # unit has ("Chủ tịch UBND quận Nguyễn Song Hào phát biểu"; "phường Bùi Thị
        # Xuân" is a ward).
        if i > 0 and _admin_word(tokens, i - 1) and not _person_not_unit(tokens, i, text):
            continue
        numbered = tokens[i - 1].group().isdigit() if i else False  # "UBND quận 7 Đào Gia Vượng"
        if i > 1 and _admin_word(tokens, i - 2) and word not in MAJOR_SURNAMES and not numbered:
            continue
        # "Chủ tịch xã Ninh Sở": the unit ends the title; a name of a major family may
        # follow at once ("Chủ tịch xã Nguyễn Văn A"), a commune's name is in the way
        if i < 2 and unit_title and word not in MAJOR_SURNAMES:
            continue
        if i and tokens[i - 1].group() == "và" and (field := _org_field(tokens, i)):
            name_from = field  # "Bộ Giáo dục và Đào Tạo": the ministry's field, no name
            continue
        if _youth_union(tokens, i):
            continue  # "Bí thư Trung ương Đoàn Lê Quốc Phong": the union, then the name
        if _ends_a_place(tokens, i, spans):
            continue  # "UBND TP Đông Hà Nguyễn …": "Hà" ends the city's name
        if word in SURNAMES and not _in_spans(tok.start(), spans):
            read = _read_name(tokens, i, text, split=False)
            words = _read_name(tokens, i, text)
            if _is_name(words) and role_end is None and " ".join(read) in _place_names():
                # "Thành ủy Phan Thiết", "Công an TP Uông Bí": the place; its head may follow
                name_from = tokens[i + len(read) - 1].end()
                continue
            if _is_name(words):
                last = tokens[i + len(read) - 1]
                if role_end is not None and _has_own_role(text, last.end()):
                    return []
                first = tokens[i + len(read) - len(words)]  # "quận Bắc Từ Liêm Nguyễn …"
                gap = text[m.start() : role_end if role_end is not None else first.start()]
                if _names_a_country(gap):
                    return [(" ".join(words), _FOREIGN)]
                if _REMEMBRANCE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                    return [(" ".join(words), _REMEMBERED)]
                return [(" ".join(words), _canon(gap))] + _list_tail(
                    tokens, i + len(read), text, _canon(gap)
                )
            if role_end is not None:
                return []
    return []


def _in_a_place_name(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether a capitalised "Bà" or "Ông" at tokens[i] is part of a place's name with a
    word beside it ("quận Hai Bà Trưng", "Cửa Ông"), no honorific before a name."""
    word = tokens[i].group()
    if word not in ("Bà", "Ông"):
        return False
    before = tokens[i - 1].group() if i else ""
    after = tokens[i + 1].group() if i + 1 < len(tokens) else ""
    names = gazetteer().unit_names
    return any(
        n in names for n in (f"{before} {word}", f"{word} {after}", f"{before} {word} {after}")
    )


_UNION_CENTRE = frozenset(["ương", "TƯ", "T.Ư", "TW"])


def _youth_union(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the token at ``i`` is the "Đoàn" of "Trung ương Đoàn" (the Youth Union's
    central committee) before a name of a family, not that family name itself."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i].group() == "Đoàn"
        and tokens[i - 1].group() in _UNION_CENTRE
        and tokens[i + 1].group() in SURNAMES
    )


@cache
def _org_fields() -> frozenset[tuple[str, ...]]:
    """The fields after "và" in the names of state bodies ("đào tạo", "đầu tư", "phát
    triển nông thôn"), lower case."""
    names = data_lines("search", "organisations.txt")
    return frozenset(
        tuple(name.split(" và ", 1)[1].lower().split()) for name in names if " và " in name
    )


LONGEST_FIELD = 4  # "phát triển nông thôn"


def _org_field(tokens: list[re.Match[str]], i: int) -> int | None:
    """Where the field of a state body's name starting at tokens[i] ends, if one does.

    >>> toks = list(_TOKEN.finditer("Bộ Giáo dục và Đào Tạo – ông"))
    >>> _org_field(toks, 4) == len("Bộ Giáo dục và Đào Tạo")
    True
    """
    words = tuple(t.group().lower() for t in tokens[i : i + LONGEST_FIELD])
    ends = [n for n in range(1, len(words) + 1) if words[:n] in _org_fields()]
    return tokens[i + max(ends) - 1].end() if ends else None


def _ends_a_sentence(token: str) -> bool:
    """Whether a token ends with a full stop that is no abbreviation's ("TP.", "N.", "TS.").

    >>> [_ends_a_sentence(t) for t in ("hội.", ".", "TP.", "N.", "PGS.TS.", "hội")]
    [True, True, False, False, False, False]
    """
    word = token.rstrip(".")
    return token != word and (not word or len(word) > 1 and word not in _ABBREVIATIONS)


def _person_not_unit(tokens: list[re.Match[str]], i: int, text: str) -> bool:
    """Whether the words from token ``i`` are a person's name of three words or more,
    led by a major family name, no start of which names a district, commune or ward
    ("Bùi Thị Xuân Nguyễn Văn An" is the ward's chairman)."""
    read = _read_name(tokens, i, text, split=False)
    units = gazetteer().unit_names
    return (
        tokens[i].group() in MAJOR_SURNAMES
        and len(read) >= 3
        and _is_name(read)
        and not any(" ".join(read[:k]) in units for k in range(2, len(read) + 1))
    )


def _admin_word(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether tokens[i] names an administrative unit ("xã", "thôn"), not "nông thôn" of
    "Bộ Nông nghiệp và Phát triển nông thôn"."""
    word = tokens[i].group()
    if i + 1 < len(tokens) and tokens[i + 1].group() in ("ủy", "Ủy"):
        return False  # "Bí thư Huyện ủy Hồ Xuân Trăng": the party's committee
    if word in _CAPITALISED_ADMIN_WORDS:
        return True  # "Trưởng Công an Quận Ngô Quyền" (not "Xã hội", "Nhật Bản")
    return word in _ADMIN_WORDS and not (
        word == "thôn" and i and tokens[i - 1].group().lower() == "nông"
    )


def _has_own_role(text: str, at: int) -> bool:
    """Whether the name ending at ``at`` is given a role of its own after it: "…, Thiếu
    tướng Nguyễn Đức Minh, Cục trưởng Cục Công tác Đảng" is no holder of the title
    before."""
    if _OWN_ROLE.match(text, at):
        return True
    separator = _ROLE_SEPARATOR.match(text, at)
    return separator is not None and TITLE_RE.match(text, separator.end()) is not None


def _list_tail(tokens: list[re.Match[str]], i: int, text: str, role: str) -> list[tuple[str, str]]:
    """Further names after ',' or 'và' that share the same title."""
    out = []
    while i + 1 < len(tokens) and tokens[i].group() in {",", ";", "và"}:
        start = i + 1
        honorific = start < len(tokens) and _LISTED_HONORIFIC.match(text, tokens[start].start())
        while honorific and start < len(tokens) and tokens[start].start() < honorific.end():
            start += 1  # "…, B và bà C"
        words = _read_name(tokens, start, text)
        if not _is_name(words):
            break
        after = start + len(words)
        if (
            after < len(tokens)
            and tokens[after].group() in {",", "-", "–", "("}
            and (TITLE_RE.match(text, tokens[after].end() + 1))
        ):
            break  # "…, Nguyễn Văn B, Giám đốc Sở …" has its own title
        out.append((" ".join(words), role))
        i = after
    return out


def _starts_name(text: str, tok: re.Match[str]) -> bool:
    """A person's name begins here: the title's organisation ended before it."""
    words = text[tok.start() : tok.start() + NAME_LOOKAHEAD].split()[:3]
    return _is_name([w.strip(",.;:()") for w in words[:3]]) or _is_name(words[:2])


def _clause_end(text: str, at: int) -> int:
    """Where the words after a title stop (a comma, a full stop, a dash closing an aside),
    at most ``NAME_LOOKAHEAD`` on: "…, Phó Chủ tịch UBND tỉnh, và yêu cầu báo cáo" and
    "… - Chủ tịch UBND huyện Ba Vì - khẳng định với PV Báo Lao Động" name no newspaper."""
    stop = _CLAUSE_STOP.search(text, at, at + NAME_LOOKAHEAD)
    return stop.start() if stop else at + NAME_LOOKAHEAD


def _before_title(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, str, int]]:
    """ "(Ông) Phạm Văn Tám, Giám đốc Sở Công Thương" -> (name, role, position);
    ``spans`` are the text's place names (``_place_spans``)."""
    out = []
    matches = [(m, False) for m in _NAME_FIRST.finditer(text)]
    matches += [(m, True) for m in _HONORIFIC_FIRST.finditer(text)]
    matches += [(m, False) for m in _ASIDE_FIRST.finditer(text) if _an_aside(m.group("aside"))]
    for m, honorific in matches:
        if _NAMED_BEFORE.search(text, max(0, m.start(1) - NAMED_BEFORE_REACH), m.start(1)):
            continue  # "bệnh viện Bạch Mai, đại biểu …": a place's or institution's name
        words = _from_last_honorific(m.group(1).split())
        if _a_delegation(text, m.start(1), words):
            continue  # "(Đoàn Thanh Hóa - Phó Chủ nhiệm …)": a delegate's delegation
        if honorific and not _is_name(words):
            if not _is_minority_name(words) or _names_a_country(
                text[slice(*sentence_bounds(text, m.start()))]
            ):
                continue  # "ông Vratislav Mynar, Chủ nhiệm …" in a Czech delegation's list
        else:
            starts = [m.start(1) + w.start() for w in re.finditer(r"\S+", m.group(1))]
            while words and (
                not _is_name(words)
                or (not honorific and _in_spans(starts[len(starts) - len(words)], spans))
            ):
                # drop "Ông", "Đồng chí", places and sentence-initial words, and a family
                # name ending a province's ("Bí thư Tỉnh ủy Lâm Đồng Nguyễn Xuân Tiến, …")
                words = words[1:]
            if not _is_name(words):
                continue
        name_end = m.end(1)
        if len(words) > 2 and words[-1] == "Phó":  # "bà A Phó Giám đốc …": no comma
            words, name_end = words[:-1], m.start(1) + m.group(1).rindex("Phó")
        title = TITLE_RE.search(text, name_end)
        if _PRESS.search(text, title.end(), _clause_end(text, title.end())):
            continue  # "…, Trưởng ban Bạn đọc báo Giáo dục": a newspaper's, no public office
        end = _role_end(text, title)
        if _ASSOCIATION_AFTER.match(text, end):
            continue  # "…, Trưởng ban Pháp chế (VCCI)": the chamber's, named after the post
        if _HEAD_OF_A_PART.match(title.group()) and _UNIT_AFTER.match(text, end):
            continue  # "…, Trưởng Ban Quản lý Đào tạo, Học viện Tài chính": a school's
        role = text[title.start() : end]
        if _holder_follows(text, end):
            continue  # "ông A, Tổng cục trưởng Tổng cục Du lịch Nguyễn Văn B cho biết"
        foreign = _names_a_country(text[title.start() : _roles_end(text, end)]) or (
            _FOREIGN_BODY_BEFORE.search(text, max(0, name_end - ROLE_REACH), name_end) is not None
        )
        out.append((" ".join(words), _FOREIGN if foreign else _canon(role), m.start()))
    return out


def _and_someone(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether tokens[i] is a "và" bringing in a person, by name, rank or honorific ("và
    Phạm Văn Châm", "và Đại tá B", "và ông B"): no part of an organisation's name."""
    if tokens[i].group() != "và" or i + 1 == len(tokens):
        return False
    after = tokens[i + 1]
    return _LISTED_RANK.match(text, after.start()) is not None or _starts_name(text, after)


def _named_before(text: str, title: re.Match[str]) -> bool:
    """Whether a person's name and a comma or dash stand right before the title: the
    title is theirs ("Đỗ Quốc Đính, Phó phòng TN&MT và Phạm Văn Châm")."""
    window = max(0, title.start() - NAME_LOOKAHEAD)
    return any(
        m.end() == title.start() and _is_name(m.group(1).split()[-3:])
        for m in _NAME_FIRST.finditer(text, window, title.end())
    )


# A school's, a hospital's or a firm's post: the title after it is the institution's too
# ("Hiệu trưởng Trường THPT Cao Lãnh, Trưởng ban sao in đề thi").
_INSTITUTION = re.compile(
    r"(?i:trường|học viện|đại học|bệnh viện|viện|trung tâm|công ty|tập đoàn|ngân hàng|hiệu trưởng)"
)


# … which opens as a post does: "chủ tịch danh dự …", "Ủy viên …", "Thành viên …".
_POST = re.compile(
    r"(?:nguyên\s+)?(?:[Pp]hó\s+)?(?:[Cc]hủ\s+tịch|[Gg]iám\s+đốc|[Tt]ổng\s+[Gg]iám\s+đốc|[Tt]rưởng"
    r"|[Ủủ]y\s+viên|UV|[Tt]hành\s+viên|[Bb]í\s+thư|[Cc]hủ\s+nhiệm)\s"
)


def _a_delegation(text: str, at: int, words: list[str]) -> bool:
    """Whether the words at ``at`` open a bracket naming a delegate's delegation, "Đoàn"
    and a province ("Đại biểu Phạm Trí Thức (Đoàn Thanh Hóa - Phó Chủ nhiệm …)"), not a
    person of the family Đoàn.

    >>> _a_delegation("(Đoàn Thanh Hóa - Phó", 1, ["Đoàn", "Thanh", "Hóa"])
    True
    >>> _a_delegation("ông Đoàn Thanh Hóa", 4, ["Đoàn", "Thanh", "Hóa"])
    False
    """
    return (
        words[:1] == ["Đoàn"]
        and text[max(0, at - 2) : at].strip().endswith("(")
        and " ".join(words[1:]) in gazetteer().forms
    )


def _an_aside(words: str) -> bool:
    """Whether words between a name and its title are another post of the holder's at a
    body the titles do not list ("chủ tịch danh dự VASEP", "Chủ tịch SFOM"), naming
    no one ("Giám đốc và Đại tá Vũ Nhân Khánh"), no title of its own, and no school's,
    hospital's or firm's post."""
    split = words.split()
    names = any(_is_name(split[i : i + k]) for i in range(len(split)) for k in (2, 3))
    return bool(_POST.match(words)) and not (
        names or TITLE_RE.search(words) or _INSTITUTION.search(words)
    )


def _holder_follows(text: str, at: int) -> bool:
    """Whether a title's role is followed at once by a person's full name, no unit's:
    the title is that person's, not the name's before it ("ông A, Tổng cục trưởng Tổng
    cục Du lịch Nguyễn Văn B cho biết")."""
    tokens = list(_TOKEN.finditer(text, at, min(len(text), at + NAME_LOOKAHEAD)))
    return bool(tokens) and _person_not_unit(tokens, 0, text)


def _from_last_honorific(words: list[str]) -> list[str]:
    """The words after the last "Ông" or "Bà" inside them: a full stop was lost before it.

    >>> _from_last_honorific("Đại Nguyên Dương Ông Nguyễn Chí Công".split())
    ['Nguyễn', 'Chí', 'Công']
    """
    inner = [k for k, word in enumerate(words) if k and word in ("Ông", "Bà")]
    return words[inner[-1] + 1 :] if inner else words


@cache
def _known_bodies() -> re.Pattern[str]:
    """The public bodies ``search/data/organisations.txt`` lists, as the news writes them:
    "và" also as a dash ("Ủy ban Khoa học, Công nghệ - Môi trường")."""
    names = sorted(map(normalize, data_lines("search", "organisations.txt")), key=len, reverse=True)
    spelt = (r"\s+".join(map(_body_word, name.split())) for name in names)
    return re.compile(rf"(?<!\w)(?:{'|'.join(spelt)})(?!\w)", re.IGNORECASE)


def _body_word(word: str) -> str:
    return r"(?:và|[-–])" if word == "và" else re.escape(word)


def _role_end(text: str, title: re.Match[str]) -> int:
    """Where the organisation of a title ends: its capitalised words, up to the next
    title or name, and a listed body's whole name, whose words after the first are
    written in lower case ("Chi cục trưởng Chi cục bảo vệ môi trường") or hold commas
    ("Chủ nhiệm Ủy ban Tài chính, Ngân sách": the body begins inside the title). A
    body is looked for past the last one only, and none once the role has run
    ``ROLE_REACH`` on: a text of bodies one after another costs linear time."""
    at = title.end()
    start, end = title.start(), _capitalised_end(text, at)
    while end - at < ROLE_REACH and (body := _body_across(text, start, end)):
        start, end = body.end(), _capitalised_end(text, body.end())
    return end


def _body_across(text: str, start: int, end: int) -> re.Match[str] | None:
    """A listed body's name from ``start`` on that begins before ``end`` and runs past it."""
    bodies = _known_bodies().finditer(text, start, end + ROLE_REACH)
    return next((m for m in bodies if m.start() < end < m.end()), None)


def _capitalised_end(text: str, at: int) -> int:
    """Where the capitalised words (and organisation words) from ``at`` end; a word of
    the dictionary whose first syllable is capitalised ends with it ("Ủy ban Khoa học",
    "Phòng Quản lý"), unless its last syllable starts the next word ("tỉnh Thái Bình
    thường xuyên")."""
    end, previous, unit_end = at, "", 0
    tokens = list(_TOKEN.finditer(text, at, min(len(text), at + ROLE_REACH)))
    if tokens and _UNIT_ENDS_TITLE.search(text, max(0, at - WORD_BEFORE_REACH), at):
        unit_end = _unit_words(text, tokens[0])  # "Phó Chủ tịch phường" 8
    for i, tok in enumerate(tokens):
        w = tok.group().rstrip(".")
        if _and_someone(text, tokens, i):
            break  # "Giám đốc CATP và Đại tá Lê Thanh Hải": another person comes in
        if previous.lower() in _ADMIN_WORDS:
            unit_end = i + _unit_words(text, tok)  # "phường Bùi Thị Xuân", "huyện Mai Châu"
        if i < unit_end:
            end, previous = tok.end(), w
            if tok.group().endswith("."):
                break  # the unit ends the sentence
            continue
        if (
            TITLE_RE.match(text, tok.start())
            or _starts_name(text, tok)
            or not (
                _CAP.match(w)
                or w.isupper()
                or w in _ORG_WORDS
                or w in {"-", "&"}
                or _ends_a_word(previous, w, tokens[i + 1].group() if i + 1 < len(tokens) else "")
            )
        ):
            break
        end, previous = tok.end(), w
        if tok.group().endswith(".") and w not in {"TP", "Tp"}:
            break
    return _informs_cut(text, at, end)


# "… Đà Nẵng thông tin về vụ việc", "… phường Thủy Xuân thông báo", "… tỉnh Yên Bái công
# bố", "… tỉnh phát biểu": after a name "thông tin", "thông báo", "công bố", "phát biểu"
# are the verb (informs), not the end of a body's name ("Trung tâm Công nghệ thông tin",
# "Ngân hàng Phát triển"). The role may end inside it: "báo", "bố" are no organisation words.
_INFORMS = re.compile(
    r"(?:\s+[-–])?\s+(?:thông\s+(?:tin|báo)|công\s+bố|(?P<speaks>phát\s+biểu))(?!\w)"
)


def _informs_cut(text: str, at: int, end: int) -> int:
    """``end``, before a closing verb of informing after a capitalised word, or before
    "phát biểu", which no body's name holds ("Chủ tịch UBND tỉnh phát biểu")."""
    closing = _INFORMS.finditer(text, at, end + len(" biểu"))
    # not one the body holds; "phát biểu" no body holds ("Cục Nghệ thuật biểu diễn" does)
    informs = next((m for m in closing if m.group("speaks") or m.end() >= end), None)
    if informs is None:
        return end
    before = text[at : informs.start()].split()
    after_a_name = before and before[-1][:1].isupper()
    return informs.start() if informs.group("speaks") or after_a_name else end


def _unit_words(text: str, tok: re.Match[str]) -> int:
    """How many words from ``tok`` name a district, commune or ward (0 for none): after
    an administrative word they are the role's, though they may read as a person's
    name ("phường Bùi Thị Xuân", "huyện Mai Châu").

    >>> _unit_words("Bùi Thị Xuân cho biết", re.match(r"\\S+", "Bùi"))
    3
    >>> _unit_words("8, quận 5", re.match(r"\\S+", "8"))
    1
    """
    words = text[tok.start() : tok.start() + NAME_LOOKAHEAD].split()[:4]
    if words[0].rstrip(",.;:)").isdigit():
        return 1  # a numbered ward or district: "phường 8", "quận 5"
    units = gazetteer().unit_names
    for k in range(len(words), 1, -1):
        run = words[:k]
        if any(w[-1] in ",.;:()" for w in run[:-1]):
            continue  # a sign parts the words
        if " ".join(w.strip(",.;:()") for w in run) in units:
            return k
    return 0


def _word_goes_on(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether token ``i`` ends a dictionary word the token before it begins ("Bộ Chỉ
    huy", "Bộ đội Biên phòng"), one that opens no other title ("Thủ tướng giao Phó Thủ
    tướng Thường trực Trương Hòa Bình": the name is the second title's)."""
    if i == 0 or TITLE_RE.match(text, tokens[i - 2 if i > 1 else 0].start()):
        return False
    following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
    return _ends_a_word(tokens[i - 1].group(), tokens[i].group(), following) and not (
        TITLE_RE.match(text, tokens[i - 1].start())
    )


# Words that follow a name as often as they end a word with its last syllable: "Lý Thị
# Ba bị cảnh cáo" ("ba bị"), "Nguyễn Văn Nghĩa là", "Trần Thành ra".
_LIGHT_WORDS = frozenset(["bị", "là", "ra", "không", "có", "được", "đã", "cho", "vừa", "thì"])


def _capitalised_word(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the capitalised token ``i`` begins a dictionary word with the lower-case
    one after it: a verb capitalised by a slip after a name ("Vũ Đức Đam Khẳng định"),
    no part of the name ("Lê Văn Quang cảnh báo": "cảnh báo" is a word too)."""
    after = [tok.group() for tok in tokens[i + 1 : i + 3]] + ["", ""]
    return (
        after[0].islower()
        and after[0] not in _LIGHT_WORDS
        and _ends_a_word(tokens[i].group(), after[0], after[1])
    )


def _ends_a_word(previous: str, syllable: str, following: str) -> bool:
    """Whether a lower-case syllable ends a dictionary word a capitalised one begins,
    and starts none with the syllable after it.

    >>> _ends_a_word("Trẻ", "em", "cho"), _ends_a_word("Mau", "chóng", "mặt")
    (True, False)
    """
    word = f"{previous} {syllable}".lower()
    return (
        _CAP.match(previous) is not None
        and word in _dictionary()
        and word not in _NOT_AN_ORGANISATIONS_WORD
        and f"{syllable} {following}".lower() not in _dictionary()
    )


# Words that end a title's organisation: another person's post ("… và Chủ tịch HĐQT
# Nguyễn Văn A") or a firm ("Công ty").
_NOT_AN_ORGANISATIONS_WORD = frozenset(
    [
        "chủ tịch",
        "thủ tướng",
        "bí thư",
        "giám đốc",
        "chủ nhiệm",
        "ủy viên",
        "thống đốc",
        "tư lệnh",
        "chính ủy",
        "đại sứ",
        "tham tán",
        "lãnh sự",
        "thư ký",
        "công ty",
        "tập đoàn",
        "doanh nghiệp",
    ]
)


@cache
def _dictionary() -> frozenset[str]:
    """pyvi's dictionary entries, tones unified, lower case: read once, on first use."""
    return frozenset(normalize(word).lower() for word in dictionary_words())


def _roles_end(text: str, end: int) -> int:
    """Where the titles a name is given one after another end ("Phạm Trường Long, Ủy
    viên Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc đang thăm …"): the
    last may say which country the person serves. Each is told after a comma, opens with
    a capital and ends before two words in lower case (a verb: "đang thăm", "cho biết");
    one holding a name is another person's ("…, Bộ trưởng Ngoại giao Ấn Độ Sushma
    Swaraj" in a list of guests).
    """
    limit = min(len(text), end + ROLE_REACH)
    while comma := _NEXT_TITLE.match(text, end, limit):
        if not text[comma.end() : limit][:1].isupper():
            break
        lower = 0
        for tok in _TOKEN.finditer(text, comma.end(), limit):
            if _starts_name(text, tok) or _foreign_word(tok.group()):
                return end
            lower = lower + 1 if tok.group()[0].islower() else 0
            if lower == 2 or tok.group()[-1] in ",.;:":
                end = tok.start() if lower == 2 else tok.end() - 1
                break
        else:
            return limit
        if lower == 2:
            break
    return end


def _delegates(text: str, session: str | None) -> list[tuple[str, str, int]]:
    """Delegates: (name, role, position). National Assembly delegates named with their
    province ("Bà Rịa – Vũng Tàu": the gazetteer knows every dash); any "đại biểu X" in news of a
    session, whose role ``session`` names (of the Assembly or of a People's Council)."""
    province = gazetteer().province_re
    named = [
        (m.group(1), m.start())
        for m in _listed(text, _DELEGATE, _NEXT_DELEGATE)
        if province.fullmatch(m.group(2)) and _is_name(m.group(1).split())
    ]
    delegates = [(name, DELEGATE_ROLE, at) for name, at in named]
    if session:
        delegates += [
            (n, session, m.start())
            for m in _listed(text, _SESSION_DELEGATE, _NEXT_SESSION_DELEGATE)
            if (n := _leading_name(m))
        ]
    return delegates


# A People's Council in session: "Kỳ họp thứ 4 HĐND TP", "HĐND thành phố … kỳ họp".
_COUNCIL_SESSION = re.compile(
    r"[Kk]ỳ họp[^.\n]{0,40}(?:HĐND|Hội đồng [Nn]hân dân)"
    r"|(?:HĐND|Hội đồng [Nn]hân dân)[^.\n]{0,60}[Kk]ỳ họp"
)
COUNCIL_DELEGATE_ROLE = "Đại biểu HĐND"


def _session_role(text: str) -> str | None:
    """Whose session the news is of, by the role its "đại biểu X" hold: a People's
    Council's (its delegates are elected officials too), else the Assembly's."""
    if _COUNCIL_SESSION.search(text):
        return COUNCIL_DELEGATE_ROLE
    return DELEGATE_ROLE if "Quốc hội" in text else None


def _listed(text: str, first: re.Pattern[str], then: re.Pattern[str]) -> list[re.Match[str]]:
    """Each match of ``first``, and the items of a list it opens: ``then`` matched
    right after it, and again after each item."""
    found = []
    for m in first.finditer(text):
        found.append(m)
        while (m := then.match(text, m.end())) and _leading_name(m):
            found.append(m)
    return found


def _leading_name(m: re.Match[str]) -> str | None:
    """The longest name the match's capitalised words start with ("Dương Trung Quốc",
    whose name holds a country's, is none: not "Dương Trung")."""
    words = m.group(1).split()
    if SURE_COUNTRIES.search(m.group(1)) or any(map(_foreign_word, words)):
        return None
    tokens = list(_TOKEN.finditer(m.string, m.start(1), m.end(1) + NAME_LOOKAHEAD))
    ends = (
        k
        for k in range(2, len(words))
        if _opens_the_next(words[k], k) or (k > 2 and _capitalised_word(tokens, k))
    )
    words = words[: next(ends, len(words))]  # "Bùi Thị Quỳnh Thơ Tham gia thảo luận"
    while len(words) > 2 and not _is_name(words):
        words.pop()
    return " ".join(words) if _is_name(words) else None


# A name written in capitals, as interviews head an answer: "TS VÕ KIM CƯƠNG, nguyên Phó
# Kiến trúc sư trưởng …", "Ông VŨ VĂN TÁM, Thứ trưởng …".
_CAPS_RUN = re.compile(rf"(?<!\w)[{UPPER}]{{1,7}}(?:\s+[{UPPER}]{{1,7}}){{1,4}}(?!\w)")
# Degrees that may open such a run: "TS TẠ QUANG NGỌC, nguyên Bộ trưởng …".
_CAPS_DEGREES = frozenset(["TS", "THS", "PGS", "GS", "BS", "KTS", "LS", "NSND", "NSƯT"])


def _caps_names_titled(text: str) -> str:
    """``text`` with each name written in capitals (a run of 2-5 words of capitals led
    by a family name, none an acronym's length) in title case; the length is kept.

    >>> _caps_names_titled("Ông VŨ VĂN TÁM, Thứ trưởng; UBND TP HCM; TS TẠ QUANG NGỌC")
    'Ông Vũ Văn Tám, Thứ trưởng; UBND TP HCM; TS Tạ Quang Ngọc'
    """

    def titled(m: re.Match[str]) -> str:
        words = list(re.finditer(r"\S+", m.group()))
        first = next((k for k, w in enumerate(words) if w.group() not in _CAPS_DEGREES), 0)
        name = [w.group() for w in words[first:]]
        if len(name) < 2 or name[0].capitalize() not in SURNAMES or min(map(len, name)) == 1:
            return m.group()
        start = words[first].start()
        capitalised = re.sub(r"\S+", lambda w: w.group().capitalize(), m.group()[start:])
        return m.group()[:start] + capitalised

    return _CAPS_RUN.sub(titled, text)


# A degree glued to the name it opens: "TS.Nguyễn Hữu Đoàn", "PGS.TS.Trần Văn A".
_GLUED_DEGREE = re.compile(rf"(?<![\w.])((?:P?GS\.)?(?:TS|ThS)|P?GS|BS)\.(?=[{UPPER}][{LOWER}])")


def extract_officials(text: str) -> list[dict[str, str]]:
    """[{"name", "role"}] in order of first mention, one entry per person."""
    text = _GLUED_DEGREE.sub(r"\1. ", _caps_names_titled(text))
    titled: list[tuple[int, str, str]] = []  # a name after its title
    titled_after: list[tuple[int, str, str]] = []  # a name before it, or a delegate's
    session = _session_role(text)
    for line_start, line in _lines(text):
        low = line.lower()
        if not any(k in low for k in _TITLE_KEYS):
            continue
        spans = _place_spans(line)
        for m in TITLE_RE.finditer(line):
            titled += [(line_start + m.start(), n, r) for n, r in _after_title(line, m, spans)]
        named_first = _before_title(line, spans) + _delegates(line, session)
        titled_after += [(line_start + p, n, r) for n, r, p in named_first]
    titled, titled_after = (
        [f for f in fs if not (_ASSOCIATION.search(f[2]) or _VILLAGE_POST.search(f[2]))]
        for fs in (titled, titled_after)
    )
    no_office = _no_office(titled, titled_after)
    found = sorted(
        (f for f in titled + titled_after if f[2] not in (_FOREIGN, _REMEMBERED)),
        key=lambda f: f[0],
    )
    spelt = _usual_spellings([_unglued(name) for _, name, _ in found])
    people: dict[str, str] = {}
    for _, name, role in found:
        name = spelt[_unglued(name)]
        if name not in no_office:
            people.setdefault(name, role)
    names = [n for n in people if not _runs_past_a_name(n, people, text)]
    shortened = {short for n in names for short in _short_forms(n)}
    return [{"name": n, "role": people[n]} for n in names if n not in shortened]


# Middle names the press drops: "Đặng Ngọc Thịnh" is "Đặng Thị Ngọc Thịnh". Any other
# tells two people apart: "Nguyễn Thị Lan" (Hà Nội), "Nguyễn Thị Ngọc Lan" (Bắc Ninh).
_DROPPED_MIDDLES = frozenset(["Thị", "Văn"])


def _short_forms(name: str) -> set[str]:
    """The ways ``name`` is written short, to keep the fullest form only: clipped ("Phạm
    Minh" of "Phạm Minh Chính"), its given names ("Bộ trưởng Kim Tiến" of "Nguyễn Thị Kim
    Tiến"), or three words or more without "Thị" or "Văn" ("Đặng Ngọc Thịnh"; "Nguyễn
    Chiến" may not be "Nguyễn Văn Chiến"). A set per name, so that an article naming
    thousands of people costs linear time, not a comparison of every two.

    >>> "Đặng Ngọc Thịnh" in _short_forms("Đặng Thị Ngọc Thịnh")
    True
    >>> "Lê Hải" in _short_forms("Lê Văn Hải")
    False
    """
    words = name.split()
    forms = {" ".join(words[:k]) for k in range(1, len(words))}
    forms |= {" ".join(words[k:]) for k in range(1, len(words))}
    if len(words) > WHOLE_NAME_WORDS:
        forms |= {
            " ".join(words[:i] + words[i + 1 :])
            for i in range(1, len(words) - 1)
            if words[i] in _DROPPED_MIDDLES
        }
    return forms


def _no_office(
    titled: list[tuple[int, str, str]], titled_after: list[tuple[int, str, str]]
) -> set[str]:
    """Names of people foreign or remembered, found in no office of ours. A Vietnamese
    title right before a name outweighs a foreign one after its comma, which is the next
    subject's ("với Chủ tịch nước Trần Đại Quang, Thủ tướng Belarus khẳng định"); one
    read across "và" does not ("Bộ trưởng Bộ Quốc phòng Việt Nam và Thượng tướng Phạm
    Trường Long, Phó Chủ tịch Quân ủy Trung ương Trung Quốc"). An office of one of our
    provinces outweighs any foreign reading (``_of_our_province``)."""
    in_office = {
        _unglued(n) for _, n, r in titled if r not in (_FOREIGN, _REMEMBERED) and " và " not in r
    }
    ours = {_unglued(n) for _, n, r in titled + titled_after if _of_our_province(r)}
    return {
        _unglued(name)
        for readings, outweighed in ((titled, ours), (titled_after, in_office | ours))
        for _, name, role in readings
        if role in (_FOREIGN, _REMEMBERED) and _unglued(name) not in outweighed
    }


def _of_our_province(role: str) -> bool:
    """Whether a role is held in one of our provinces ("Bí thư Thành ủy TP Hồ Chí Minh"):
    no foreigner holds it, whatever foreign title a comma puts before the name ("… của Chủ
    tịch Quốc hội Myanmar, ông Nguyễn Thiện Nhân nhấn mạnh").

    >>> [_of_our_province(r) for r in ("Bí thư Thành ủy TP Hồ Chí Minh", "Bí thư Khu ủy Quảng Tây")]
    [True, False]
    """
    return role not in (_FOREIGN, _REMEMBERED) and bool(gazetteer().province_re.search(role))


def _runs_past_a_name(name: str, names: Container[str], text: str) -> bool:
    """Whether ``name``, written once, is a whole name the article gives elsewhere, then
    more words: a byline or a place after a caption's name ("Bộ trưởng Trần Tuấn Anh
    Thành Nam", "Bí thư Tỉnh ủy Lê Đình Sơn Hà Tĩnh"), the next sentence's first word
    ("Nguyễn Chí Dũng Như các bạn biết"). A name written again is whole ("Nguyễn Thị Kim
    Ngân" beside a clipped "Nguyễn Thị Kim").

    >>> _runs_past_a_name("Đặng Hoài Tân Văn Kiên", ["Đặng Hoài Tân"], "")
    True
    >>> _runs_past_a_name("Nguyễn Thị Kim Tiến", ["Thị Kim Tiến", "Nguyễn Thị"], "")
    False
    """
    words = name.split()
    runs_past = any(
        " ".join(words[:k]) in names for k in range(WHOLE_NAME_WORDS, len(words))
    )  # looked up, not compared with every other name: linear in the names
    return runs_past and text.count(name) < 2  # counted only for the few that run past


def _usual_spellings(names: list[str]) -> dict[str, str]:
    """Each name -> the spelling the article gives it most often (the first given, on a
    tie) among those differing only in tone marks or in one letter: "Phạm Binh Minh"
    once beside "Phạm Bình Minh" is a typo, and so are "Võ Đức Đam" and "Vũ Đứ Đam"
    beside "Vũ Đức Đam" (in the corpus, every two officials one letter apart in an
    article are one person).

    >>> _usual_spellings(["Phạm Bình Minh", "Phạm Binh Minh", "Phạm Bình Minh"])["Phạm Binh Minh"]
    'Phạm Bình Minh'
    >>> _usual_spellings(["Vũ Đức Đam", "Võ Đức Đam", "Vũ Đức Đam"])["Võ Đức Đam"]
    'Vũ Đức Đam'
    """
    counts = Counter(names)
    usual: dict[str, str] = {}
    near: dict[str, list[str]] = {}  # a usual spelling, and it less a letter -> spellings
    for name, _ in counts.most_common():
        key = untoned(name)
        if key in usual:
            continue
        variants = _less_a_letter(name)
        nearby = (u for less in variants for u in near.get(less, ()))
        usual[key] = next((u for u in nearby if _one_letter_apart(name, u)), name)
        if usual[key] == name:
            for less in variants:
                near.setdefault(less, []).append(name)
    return {name: usual[untoned(name)] for name in counts}


def _less_a_letter(name: str) -> set[str]:
    """``name`` and it less any one letter: two spellings one letter apart share one of
    these, so a spelling's look-alikes are looked up, not compared with every other."""
    return {name} | {name[:i] + name[i + 1 :] for i in range(len(name))}


def _one_letter_apart(name: str, other: str) -> bool:
    """Whether one letter changed, dropped or added turns ``name`` into ``other``, of as
    many words (linear time: a text naming hundreds of people stays cheap).

    >>> _one_letter_apart("Vũ Đứ Đam", "Vũ Đức Đam"), _one_letter_apart("Văn Ca", "Văn Nam")
    (True, False)
    """
    if abs(len(name) - len(other)) > 1 or name.count(" ") != other.count(" "):
        return False
    start = 0
    while start < min(len(name), len(other)) and name[start] == other[start]:
        start += 1
    tail = 0
    while tail < min(len(name), len(other)) - start and name[-1 - tail] == other[-1 - tail]:
        tail += 1
    return max(len(name), len(other)) - start - tail <= 1


def _unglued(name: str) -> str:
    """The name without the word a typo glued to its last syllable.

    >>> _unglued("Nguyễn Phú Trọngmong"), _unglued("Nguyễn Tấn Bỉnhcho"), _unglued("H'Yim Kđoh")
    ('Nguyễn Phú Trọng', 'Nguyễn Tấn Bỉnh', "H'Yim Kđoh")
    """
    head, _, last = name.rpartition(" ")
    first = _syllables_glued(last) if head else None
    return f"{head} {first}" if first else name


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out
