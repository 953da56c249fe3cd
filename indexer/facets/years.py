"""Years an article reports on.

Rules (in order):
1. The publication year (from ``published``, else a "dd/mm/yyyy" date line near the top).
2. A year counts only inside a period expression: "năm 2023", "năm học 2022-2023",
   "quý I/2023", "quý 1-2023", "6 tháng đầu 2019", "nửa đầu 2017", "(mùa) hè 2017"
   (not "vỉa hè", a pavement, nor a "xuân hè" collection), "(đến) hết 2019",
   "tháng 5/2017", "tháng 2 và 3.2017", "cuối 2016", "đầu 2017", "Tết Nguyên đán Đinh
   Dậu 2017",
   "niên vụ 2018-2019", "vụ đông xuân 2020-2021", "ĐX 2015-2016" (a school year or a crop
   season is one period, not a horizon: both ends count; one written short, "La Liga
   2016/17", "năm 2015-16", counts by its first year), "giai đoạn 2021-2025", "Giai
   đoạn 4 (2018-2020)", "giai đoạn trước (2004-2015)", "giai đoạn năm 2010-2012", "thời
   kỳ ổn định ngân sách 2017-2020", "thời kỳ quy hoạch 2021 -2030", "trung hạn
   2016-2020", "kế hoạch hành động 2016 – 2017" (both ends). Years listed after a
   period's count as it does ("trong năm 2017, 2018 lần lượt là …").
   Bare 4-digit numbers never count: "1.500 triệu" is an amount, "28/2017/QĐ-UBND" is a
   document number (its year is when the document was issued, not a reported period),
   and "ngày 25 tháng 1 năm 2017" is an event date (rule 7), not a reporting period.
3. A period is the time of what its sentence tells ("đóng vai chính năm 2009", "tháng
   6/2017 tỉnh khởi công …") unless the words just before it make it background: a
   birth ("sinh năm 1985"), a death ("mất năm 2002", "qua đời năm 2013"; not "biến
   mất", vanish), a founding ("thành lập năm 1975"), a decade ("những năm
   1970"), a law, treaty or document named by its year ("Bộ luật Hình sự năm 2015",
   "Pháp lệnh nhà ở năm 1991", "Hiệp định thương mại năm 2001", "quyết định 3800 (năm
   2018)", "công văn số 3478 năm 2011") or amended in it ("sửa đổi, bổ sung năm 2009"),
   though not the period it applies in ("giai đoạn 2016-2018"); a start ("kể từ (khi
   …) năm …") counts only when recent, as rule 7 says. Ranges and "đến năm" horizons
   need a figure or a target word (a span up to now, "từ năm 2013 đến nay", a count),
   or a plan's direction or vision ("Kế hoạch … giai đoạn 2021-2025, định hướng đến năm
   2030", "tầm nhìn đến năm 2050"); a bare "đến năm" reaching a recent year not after the
   article's time tells when something came about ("đến năm 2016 mới được phê duyệt"),
   as a start does.
4. Every period year in the title counts (titles name the period the article reports).
5. A closed span "từ (năm) 2016 đến/tới/- (năm) 2017", "trong hai năm 2014-2015" is the
   timeline of what is reported: both ends.
6. An explicit comparison base counts: "so với cùng kỳ (năm) 2016", "so với tháng 1.2016",
   "so cùng kỳ 2016", "so với 2016" (not "so với 2016 người", an amount).
7. A dated event ("ngày 17/6/2016", "20-7-2015", "tháng 6-2017", "tháng 1.2017", "tháng
   5 năm 2011", a "21:10 22/05/2017" timestamp) counts when it is recent (at most three years before
   publication, or after it; never without a publication year), and is not a birth date
   ("sinh ngày", "SN"). A document's issue date ("Quyết định số … ngày …") counts only
   in the article's own year (the decision it reports), never when the document is cited
   as a legal basis ("quy định tại / theo / căn cứ Thông tư …"). Older dates are
   background. Without a publication year (baomoi records) the latest such date stands in
   for it, so the article's own dated events count and much older ones do not. An
   anniversary's span ("kỷ niệm 60 năm … (1957 - 2017)") is dated by its end, the day it
   is held; its start is history.
8. Also counted: "tháng 1.2017"/"tháng 6-2017" periods; a lunar-year label ("năm Đinh Dậu
   2017"); a horizon without "năm" ("Chương trình hành động đến 2025" with a target word);
   a schedule "lộ trình (thực hiện) 2017-2020"; a "giai đoạn 2017-2022" range even without
   a figure (the programme's period).
9. A closed date span "từ 7/2014 - 10/2017" / "từ tháng 3/2015 đến tháng 5/2016": both ends.
10. The timeline of the reported project/case: a sentence opening "Năm 2009, …" and a
    milestone verb with a year ("khởi công từ tháng 11/2016", "triển khai từ đầu năm 2019");
    but a life told year by year, a pronoun and no name after the year ("Năm 1992, ông
    là …", "Năm 2011, cô kết hôn …"), is background.
11. A term "khóa XV (2021-2026)"/"nhiệm kỳ 2021-2026" counts only when it starts in the
    publication year or later (the article is about that term, not a past post's label).
12. The summary (lead), when given, is read like the body.
13. Only years near the article's time are reporting years: at most
    ``REPORT_YEARS_BEFORE`` before it (older ones are history: "năm 1945") and
    ``REPORT_YEARS_AFTER`` after it: a plan's vision counts ("đến năm 2030, tầm nhìn
    đến năm 2050"), a century's forecast does not ("đến năm 2100").
    The article's time is its publication year, else its latest year not in the future.
    A year the title names counts however far ("Pháp cấm xe chạy xăng vào năm 2040").
"""

from __future__ import annotations

import re
from datetime import datetime

from search.lunar import CAN_CHI

from .numbers import AMOUNT_RE
from .text import LOWER, sentences

_Y = r"(19\d\d|20\d\d)"
PERIOD_RE = re.compile(
    rf"(?<![\w/])(năm(?: học(?: mới)?| tài chính| tài khóa| {CAN_CHI})?|tài khóa|niên (?:vụ|khóa)|"
    rf"(?:vụ (?:đông xuân|hè thu|thu đông|mùa|chiêm)|ĐX)(?: năm)?|"
    rf"giai đoạn(?: năm| \d{{1,2}} \(| (?:trước|sau|mới) \(?)?|"
    rf"thời kỳ(?: ổn định ngân sách| quy hoạch)?|trung hạn|kế hoạch(?: hành động)?|"
    rf"mùa (?:giải|thu|đông|xuân)|(?:mùa )?(?<!vỉa )(?<!xuân )hè|"
    rf"quý (?:[IV]+|[1-4])\s*[/.-]|\d{{1,2}} tháng(?: đầu| cuối)?|nửa (?:đầu|cuối)(?: năm)?|"
    rf"(?:đến )?hết|(?:đầu|cuối|giữa)|{CAN_CHI}|"
    rf"tháng \d{{1,2}}(?:\s*(?:,|và|-|–)\s*\d{{1,2}})*\s*[/.-]|đến năm|đến|từ năm|"
    # … and a year written bare after "trong": "giảm từ 34% trong 2000 xuống 24,3% trong 2019"
    rf"trong|"
    rf"lộ trình(?: thực hiện)?)\s*{_Y}"
    rf"(?:\s*[-–—]\s*{_Y})?(?![\d/])",
    re.IGNORECASE,
)
# More years listed after a period's ("trong năm 2017, 2018 lần lượt là …", "năm 2015 và 2016").
_YEAR_LIST = re.compile(rf"(?:\s*(?:,|và)\s*(?:năm\s+)?{_Y}(?![\d/.,]\d))+")
_DATE_BEFORE = re.compile(r"(?:ngày|tháng)\s+\d{1,2}\s+(?:tháng\s+\d{1,2}\s+)?$", re.IGNORECASE)
_TIMESTAMP = re.compile(r"\b\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/(\d{4})\b")
# … or a live report's, year first: "• 2017-06-04 03:01 Phút 53: …"
_ISO_TIMESTAMP = re.compile(r"(?<![\d/-])(\d{4})-\d{2}-\d{2}\s+\d{1,2}:\d{2}\b")
_DATE_LINE = re.compile(r"^\s*\d{1,2}/\d{1,2}/(\d{4})\b", re.MULTILINE)
_RESULT_WORDS = re.compile(
    r"phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến|kết quả|tổng kết|sơ kết|nhiệm vụ|"
    r"đạt|tăng|giảm|ước|so với|cùng kỳ"
)
_TARGET_WORDS = re.compile(
    r"phấn đấu|mục tiêu|chỉ tiêu|dự kiến|đặt ra|lộ trình|từ nay đến|\bsẽ\b", re.IGNORECASE
)
# Words before a period that make it background, not the time of what is told (rule 3).
# A start ("kể từ khi … năm 2010", "kể từ đầu năm 2017"): the time of what is told when
# recent, background when older (rule 7's window).
_SINCE_BEFORE = re.compile(r"\bkể từ\b[^.;]{0,60}?$")
_BACKGROUND_BEFORE = re.compile(
    r"(?:\b(?:[Ss]inh|SN|(?i:thành lập|tái lập|ra đời)|(?<!biến )mất|qua đời|từ trần|hy sinh)"
    r"(?:\s+(?:vào|từ|hồi|trong))?|\bnhững"
    r"|(?:\b[Ll]uật|\bBL(?:HS|DS|TTHS|TTDS|LĐ|HH)\b|[Hh]iến pháp|[Qq]uyết định|[Nn]ghị định"
    r"|[Nn]ghị quyết|[Tt]hông tư"
    r"|[Pp]háp lệnh|[Hh]iệp định|[Cc]ông ước|[Cc]ông văn|[Cc]hỉ thị|[Tt]hông báo)"
    r"[^.;,]{0,40}?\(?|\bsửa đổi(?:,? bổ sung)?)\s*$"
)
BACKGROUND_REACH = 60
# A year inside the quoted name of a work or an event ("báo cáo … về "những cơ hội đầu
# tư … năm 2017"", "hội thảo "Kinh tế năm 2017"") names it, as "SEA Games 29" does.
_QUOTED_NAME_BEFORE = re.compile(
    r"\b(?:về|chủ đề|mang tên|có tên|báo cáo|hội thảo|diễn đàn|tọa đàm|cuộc thi|giải thưởng)"
    r"\s*[\"“][^\"”]{0,100}$"
)
QUOTED_NAME_REACH = 130
_HORIZON = ("giai đoạn", "đến năm", "đến", "từ năm", "lộ trình", "lộ trình thực hiện")
# A plan's horizon told as its direction or vision ("định hướng đến năm 2025", "tầm nhìn
# đến năm 2050") is its time, figure or not: the annotators count 31 of 38.
_VISION_BEFORE = re.compile(r"(?:định hướng|tầm nhìn)\s*$", re.IGNORECASE)
# A span up to now ("từ năm 2010 đến nay, có 18.052 trang mạng bị tấn công") is the time
# of what it counts: a count (no age) is figure enough, as an amount is for other horizons.
_TO_NOW = re.compile(r"\s*(?:đến|tới)\s+(?:nay|hiện nay|hiện tại)\b")
_COUNT = re.compile(r"(?<![\w/.,])\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?(?![\d/])(?!\s*tuổi)")
# A span from one time to another, its ends' years ("từ năm 2011 đến hết năm 2020", "từ
# cuối năm 2013 đến 6 tháng đầu năm 2016"): the time of what is told, even with no figure.
_SPAN = re.compile(
    rf"\b(?:(?:từ|trong (?:\d+|hai|ba|bốn|năm) năm) "
    # … or counted, the span in brackets: "trong 4 năm (2016-2020)", "kế hoạch 5 năm (2011-2015)"
    r"|(?:\d+|hai|ba|bốn|năm|sáu|bảy|mười) năm\s*\(\s*(?:từ\s+)?)"
    rf"(?:(?:đầu|cuối|giữa) )?(?:năm )?{_Y}"
    rf"\s*(?:đến|tới|-|–)\s*(?:(?:hết|đầu|cuối|giữa|\d{{1,2}} tháng (?:đầu|cuối)) )?"
    rf"(?:năm )?{_Y}(?![\d/])",
    re.IGNORECASE,
)
# A season or a crop year written with a slash and both years whole ("niên vụ 2016/2017"):
# both its years; no document number ("28/2017/QĐ"). Written short, see _SHORT_SEASON.
_SEASON = re.compile(
    rf"\b(?:mùa giải|mùa|niên vụ|niên khóa|năm học)\s+{_Y}\s*/\s*{_Y}(?![\d/])",
    re.IGNORECASE,
)
# … and a season or fiscal year written short, by any name ("Champions League 2015/16",
# "mùa giải 2016-17", "năm 2015-16"): its first year, the one annotators date it by; the
# second ends it only ("2016-17" is the 2016 season). Not "2016-17 tuổi" nor "2016-17%".
_SHORT_SEASON = re.compile(rf"(?<![\w/.-]){_Y}\s?[/-]\s?(\d\d)(?![\d/%-]|[.,]\d|\s*tuổi)")
# A yearly exam named with its year ("kỳ thi THPT quốc gia 2017", "tuyển sinh 2017") is
# the time of what an education story reports, as "năm 2017" would be.
_EXAM = re.compile(
    rf"\b(?:THPT [Qq]uốc [Gg]ia|tốt nghiệp THPT|(?:thi|tuyển sinh) vào lớp 10|tuyển sinh"
    rf"(?: đại học(?:,? cao đẳng)?)?)\s+{_Y}(?![\d/])"
)
# A holiday or a season named with its year ("Tết Nguyên đán 2017", "năm mới 2017", "vụ
# xuân 2017") is the time of what the story tells (31 of 32 such years in dev are gold).
_HOLIDAY = re.compile(
    r"(?<!\w)(?i:tết(?:\s+nguyên\s+đán)?|năm\s+mới|(?:vụ|đầu|mừng|chào|đón)\s+xuân)"
    rf"\s+(?:năm\s+)?{_Y}(?![\d/])"
)
_MONTH_YEAR = rf"(?:(?:ngày )?\d{{1,2}}\s*[/.-]\s*)?\d{{1,2}}\s*[/.-]\s*{_Y}"
_DATE_SPAN = re.compile(
    rf"\btừ (?:tháng )?{_MONTH_YEAR}\s*(?:[-–—]|đến)\s*(?:(?:ngày|tháng) )?{_MONTH_YEAR}(?![\d/])",
    re.IGNORECASE,
)
_TERM = re.compile(
    rf"(?:khóa|nhiệm kỳ)[^().;\n]{{0,12}}\(?\s*{_Y}\s*[-–—]\s*{_Y}(?!\d)", re.IGNORECASE
)
_CONGRESS_BEFORE = re.compile(r"\b[Đđ]ại hội\b[^.;\n]*$")
CONGRESS_REACH = 90
_MILESTONE = re.compile(
    r"(?:khởi công|triển khai|thi công|xây dựng|bắt đầu|khởi tố|nghiệm thu|đưa vào sử dụng|"
    r"hoàn thành|vận hành)\s+(?:từ|vào|hồi|trong)?\s*(?:(?:đầu|cuối|giữa) )?"
    rf"(?:năm|tháng \d{{1,2}}\s*[/.-])\s*{_Y}(?![\d/])",
    re.IGNORECASE,
)
# A life told year by year is background ("Năm 1992, ông là thành viên …", "Năm 2011,
# cô kết hôn …"): a pronoun, no name, after the year.
_BIOGRAPHY = rf"\s*,\s*(?:ông|bà|cô|anh|chị)\s+[{LOWER}]"
_TIMELINE = re.compile(
    rf"(?:^|[.!?]\s+|\n\s*)(?:(?:Trong|Đến|Từ|Sang|Tới|Vào|Cuối|Đầu|Giữa) )?"
    rf"(?:(?:đầu|cuối|giữa) )?[Nn]ăm {_Y}(?!{_BIOGRAPHY})\s*,"
)
_BIOGRAPHY_AFTER = re.compile(_BIOGRAPHY)
_TWO_WORDS = re.compile(r"\S\s+\S")
CLAUSE_READ = 40
_COMPARISON = re.compile(
    rf"so (?:với )?(?:cùng kỳ (?:năm )?|năm |tháng \d{{1,2}}\s*[./-]\s*|cùng kỳ tháng \d{{1,2}}"
    rf"\s*[./-]\s*)?{_Y}(?![\d/]|[.,]\d|\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn|người|ca|tấn)(?!\w))",
    re.IGNORECASE,
)
# A record's base is a compared year: "mức cao nhất kể từ năm 2007", "thấp nhất kể từ
# tháng 8/2016", "mức tăng cao nhất trong giai đoạn từ năm 2011 đến nay".
_RECORD_SINCE = re.compile(
    r"(?:cao|thấp|lớn|nhỏ|mạnh|nhiều|kỷ lục)\s+nhất(?:\s+[^\s.;,]+){0,5}?\s+(?:kể\s+|tính\s+)?từ"
    rf"\s+(?:(?:đầu|cuối|giữa)\s+)?(?:năm\s+|tháng\s+\d{{1,2}}\s*[./-]\s*)?{_Y}(?![\d/])",
    re.IGNORECASE,
)
# What a month and year without a day follow ("tháng 6/2017", "từ 7/2014"), read in the
# last 20 characters before them: the whole text before each cost quadratic time.
_MONTH_BEFORE = re.compile(r"(?:tháng|từ|đến|\()\s*$")
_DATE = re.compile(rf"(?<![\w/.-])(?:\d{{1,2}}\s*([/.-])\s*)?\d{{1,2}}\s*([/.-])\s*{_Y}(?![\w/-])")
# A birth date ("sinh ngày", "SN").
_BIRTH = re.compile(r"(?:sinh|SN)\b[^.;()]{0,40}$")
# Documents dated by their issue ("Quyết định … ngày …").
_DOCUMENT = (
    r"[Qq]uyết định|[Nn]ghị định|[Nn]ghị quyết|[Tt]hông tư|[Cc]ông văn|[Cc]hỉ thị|[Vv]ăn bản"
)
# A document cited as the legal basis: "quy định tại / phê duyệt tại / theo / căn cứ
# Thông tư số 29/2015/TT-BYT ngày 12/10/2015".
_CITED = re.compile(rf"(?:tại|theo|căn cứ(?: vào)?)\s+(?:các\s+)?(?:{_DOCUMENT})\b[^.;()]{{0,40}}$")
# A cited document's issue date: "số …", "ban hành …", or a document named with its
# number ("Quyết định 166/QĐ-UBND ngày 16.1.2015"); "kết luận điều tra cho thấy, tối
# 20/10/2016" names no document and tells when the case happened.
_ISSUED = re.compile(
    rf"(?:số|ban hành)\b[^.;()]{{0,40}}$"
    rf"|(?:{_DOCUMENT}|[Kk]ết luận)\b(?=[^.;()]{{0,40}}$)[^.;()]*\d"
)
# An anniversary's span ("kỷ niệm 60 năm … (1957 - 2017)", "(27/7/1947-27/7/2017)"): its
# end is the date the anniversary is held, an event; its start is history.
_ANNIVERSARY = re.compile(
    rf"kỷ niệm[^.()]{{0,120}}\([^()]{{0,20}}?{_Y}\s*[-–]\s*[^()]{{0,10}}?{_Y}\s*\)", re.I
)
_BACKGROUND_YEARS = 3
REPORT_YEARS_BEFORE = 25
REPORT_YEARS_AFTER = 35


def publication_year(body: str, published: datetime | None) -> int | None:
    """Year of publication, of a leading "07/02/2023 - 18:34" date line or of a timestamp."""
    if published is not None:
        return published.year
    m = _DATE_LINE.search(body[:300]) or _TIMESTAMP.search(body) or _ISO_TIMESTAMP.search(body)
    return int(m.group(1)) if m else None


def _period_years(text: str, strict: bool) -> tuple[list[int], list[int], list[int]]:
    """Years of period expressions in text; the starts among them ("kể từ …"), which
    count only when recent; and the years a bare "đến năm" reaches, which count only
    when recent and past (rule 3). strict: require a reporting context."""
    found: list[int] = []
    starts: list[int] = []
    reached: list[int] = []
    for a, b in sentences(text):
        sent = text[a:b]
        has_figure = AMOUNT_RE.search(sent) is not None
        for m in PERIOD_RE.finditer(sent):
            if _DATE_BEFORE.search(sent[max(0, m.start() - 25) : m.start()]):
                continue
            word = m.group(1).lower()
            if word.startswith(("giai đoạn", "thời kỳ", "trung hạn", "kế hoạch")):
                word = "giai đoạn"  # "Giai đoạn 4 (2018-2020)", "kế hoạch hành động 2016-2017"
            # a school year, a crop or a sports season ("ĐX 2015-2016", "mùa giải
            # 2016-2017"): one period
            season = word.startswith(("năm học", "niên", "vụ ", "đx", "mùa giải"))
            horizon = word in _HORIZON or (m.group(3) is not None and not season)
            period = word == "giai đoạn" and m.group(3) is not None
            before = sent[max(0, m.start() - BACKGROUND_REACH) : m.start()]
            if strict and not period and background_before(sent, m.start()):
                continue  # a law's year; its "giai đoạn 2016-2018" is when it applies
            if strict and _opens_a_life_step(sent, m):
                continue
            if strict and _SINCE_BEFORE.search(before):
                starts += [int(y) for y in (m.group(2), m.group(3)) if y]
                continue
            counted = _TO_NOW.match(sent, m.end()) and _COUNT.search(sent)
            vision = word.startswith("đến") and _VISION_BEFORE.search(before)
            if (
                strict
                and horizon
                and not (has_figure or period or counted or vision or _reporting(sent))
            ):
                if word.startswith("đến") and m.group(3) is None:
                    reached.append(int(m.group(2)))
                continue
            found += [int(y) for y in (m.group(2), m.group(3)) if y]
            if m.group(3) is None and (listed := _YEAR_LIST.match(sent, m.end())):
                found += [int(y) for y in re.findall(_Y, listed.group())]
    return found, starts, reached


def background_before(text: str, at: int) -> bool:
    """Whether the words before the period at ``at`` make it background (rule 3): a
    birth, a founding, a law named by its year ("Công ước … Luật Biển năm 1982"), a
    work or an event named in quotes."""
    return bool(
        _BACKGROUND_BEFORE.search(text, max(0, at - BACKGROUND_REACH), at)
        or _QUOTED_NAME_BEFORE.search(text, max(0, at - QUOTED_NAME_REACH), at)
    )


def _opens_a_life_step(sentence: str, period: re.Match[str]) -> bool:
    """Whether the period opens its sentence (after one word at most) or a clause, and a
    pronoun with no name follows: "Năm 1992, ông là …", "Về đời tư, năm 2004, cô từng
    …" (not "Trong thư gửi cổ đông năm 2016, ông viết").
    """
    if not _BIOGRAPHY_AFTER.match(sentence, period.end()):
        return False
    at = period.start()
    # read near the period only: a sentence of thousands of periods costs linear time
    clause = sentence[max(0, at - CLAUSE_READ) : at].rstrip().endswith(",")
    return clause or not _TWO_WORDS.search(sentence, 0, at)


def _reporting(sentence: str) -> bool:
    return _TARGET_WORDS.search(sentence) is not None


_WORDED_DATE = re.compile(rf"(?:ngày\s+\d{{1,2}}\s+)?tháng\s+\d{{1,2}}\s+năm\s+{_Y}(?!\d)", re.I)


def _dated_years(text: str, pub: int | None) -> list[int]:
    """Years of recent event dates ("17/6/2016", "tháng 6-2017"), not births or documents.

    Without a publication year the latest such date stands in for it.
    """
    dates = _dates(text)
    found, issued = dates["event"], dates["issued"]
    if not found and not issued:
        return found
    ref = pub if pub is not None else max(found + issued)
    recent = [y for y in found if y >= ref - _BACKGROUND_YEARS]
    return recent + [y for y in issued if y >= ref]


# The first months or quarter of a year, told as a period already under way.
_BEGUN_YEAR = re.compile(
    rf"\b(?:\d{{1,2}}|những|các|mấy)\s+tháng\s+đầu\s+(?:năm\s+)?{_Y}(?![\d/])"
    rf"|\bquý\s+(?:I{{1,3}}|1|2|3)\s*(?:[/-]\s*|năm\s+){_Y}(?![\d/])",
    re.IGNORECASE,
)


def present_year(body: str) -> int | None:
    """The latest year an undated article gives a date of (an event, a document, even
    one cited) or reports the first months of ("những tháng đầu năm 2017", "quý I/2017":
    told as done): it was written then or later.

    >>> present_year("Theo Quyết định số 438/QĐ-TTg ngày 7/4/2017, đến năm 2030 …")
    2017
    >>> present_year("So với tháng 12 năm 2016, kết quả 4 tháng đầu năm 2017 khả quan")
    2017
    """
    dates = _dates(body)
    begun = [int(y) for m in _BEGUN_YEAR.finditer(body) for y in m.groups() if y]
    return max(dates["event"] + dates["issued"] + dates["cited"] + begun, default=None)


def _dates(text: str) -> dict[str, list[int]]:
    """The years of the dates of a text by kind: "event", "issued" (a document's issue
    date), "cited" (a legal basis's), "birth"."""
    dates: dict[str, list[int]] = {"event": [], "issued": [], "cited": [], "birth": []}
    for m in _DATE.finditer(text):
        if m.group(1) and m.group(1) != m.group(2):
            continue  # "7/2014 - 10" style mixes are not one date
        if not m.group(1) and not _MONTH_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # a bare "6/2017" outside "tháng …" may be a ratio or a number
        dates[_date_kind(text, m.start())].append(int(m.group(3)))
    for m in _WORDED_DATE.finditer(text):
        dates[_date_kind(text, m.start())].append(int(m.group(1)))
    dates["event"] += [int(m.group(2)) for m in _ANNIVERSARY.finditer(text)]
    return dates


def _date_kind(text: str, at: int) -> str:
    """What a date is: a birth date or a legal basis cited (no reported year), a
    document's issue date (kept only when current: the article reports the decision),
    else an event."""
    before = text[max(0, at - 50) : at]
    if _BIRTH.search(before):
        return "birth"
    if _CITED.search(before):
        return "cited"
    return "issued" if _ISSUED.search(before) else "event"


def extract_years(
    title: str, body: str, published: datetime | None, summary: str | None = None
) -> list[int]:
    """Sorted reported years plus the publication year; the summary (lead) reads like the body."""
    if summary:
        body = f"{summary}\n{body}"
    title_years, _, _ = _period_years(title, strict=False)
    body_years, starts, reached = _period_years(body, strict=True)
    years = set(title_years) | set(body_years)
    pub = publication_year(body, published)
    for text in (title, body):
        for rx in (_SPAN, _DATE_SPAN, _SEASON, _EXAM, _HOLIDAY):
            for m in rx.finditer(text):
                years.update(int(y) for y in m.groups() if y)
        years.update(int(m.group(1)) for rx in (_TIMELINE, _MILESTONE) for m in rx.finditer(text))
        years.update(_short_seasons(text))
        for m in _TERM.finditer(text):
            if _the_terms_news(text, m, pub):
                years.update(int(y) for y in m.groups())
        years.update(
            int(m.group(1)) for rx in (_COMPARISON, _RECORD_SINCE) for m in rx.finditer(text)
        )
        years.update(_dated_years(text, pub))
    if pub is not None:
        years.add(pub)
    anchor = _anchor(years, pub)
    recent = anchor - _BACKGROUND_YEARS
    years.update(year for year in starts if year >= recent)
    if pub is not None or years:  # an undated article of no other year has no time
        years.update(year for year in reached if recent <= year <= anchor)
    # a year the title names is the article's subject however far it is ("… vào năm 2040")
    return sorted(_near_in_time(years, pub) | set(title_years))


def _short_seasons(text: str) -> list[int]:
    """The first year of each season written short ("2016/17", "2016-17").

    >>> _short_seasons("La Liga 2016/17, mùa 2015-16; 2016-18 tuổi, 28/2017/QĐ, 2017-06-01")
    [2016, 2015]
    """
    return [
        int(m.group(1))
        for m in _SHORT_SEASON.finditer(text)
        if int(m.group(2)) == (int(m.group(1)) + 1) % 100
    ]


def _the_terms_news(text: str, term: re.Match[str], pub: int | None) -> bool:
    """Whether the article is about the term (rule 2): one starting in its publication
    year or later, or, undated, one a congress opens ("Đại hội … nhiệm kỳ 2017-2022")."""
    if pub is not None:
        return int(term.group(1)) >= pub
    return (
        _CONGRESS_BEFORE.search(text, max(0, term.start() - CONGRESS_REACH), term.start())
        is not None
    )


def _anchor(years: set[int], pub: int | None) -> int:
    """The article's time: its publication year, else its latest year not in the future."""
    this_year = datetime.now().year
    return pub or max((y for y in years if y <= this_year), default=this_year)


def _near_in_time(years: set[int], pub: int | None) -> set[int]:
    """Rule 13.

    >>> sorted(_near_in_time({1900, 1945, 2016, 2017, 2030, 2050, 2055}, 2017))
    [2016, 2017, 2030, 2050]
    >>> sorted(_near_in_time({1945, 2019, 2055}, None))
    [2019]
    """
    anchor = _anchor(years, pub)
    return {y for y in years if anchor - REPORT_YEARS_BEFORE <= y <= anchor + REPORT_YEARS_AFTER}
