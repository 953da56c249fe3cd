"""Catalogue indicators an article reports with a figure, and those figures.

Per sentence, every indicator phrase opens a segment that runs to the next indicator
phrase (or the sentence end, or "trong đó"/"chủ yếu", where sub-items start). In it
the first amount is the value, the first "tăng/giảm X%" the change. Kind: target if the
text before the figure has a target word (or the paragraph opened a target list with
":"), estimate if "ước" sits between phrase and figure, else actual. Year: a "năm YYYY"
between phrase and figure, else the last one earlier in the paragraph (comparison bases
such as "so với năm 2022" excluded), else the publication year.

Rules, one line each:
- An amount belongs to the segment it starts in, even if its unit runs past the next phrase.
- A visitor count written figure-first ("đón 700.000 lượt khách", "75.000 du khách") is tourism,
  a capacity ("công suất 10 triệu khách/năm") not.
- "sản xuất công nghiệp tăng/giảm X%" is the IIP; "mục tiêu tăng trưởng X%" and GDP are growth.
- Any "vốn đầu tư" / "(tổng) mức đầu tư" figure is investment, but a minimum ("… tối
  thiểu") a rule asks; "đầu tư nước ngoài" is FDI.
  A project's worth is too, a deal's only when it invests ("thỏa thuận … đầu tư trị giá").
- "thu hút (được) X tỷ/triệu USD" is FDI: capital attracted in dollars is foreign capital;
  so is "đầu tư X tỷ USD vào Việt Nam" / "đầu tư của Nhật Bản vào Việt Nam", and capital
  registered in dollars ("vốn (đầu tư) đăng ký 1,41 tỷ USD").
- A forecast by a third party (the IMF, a bank, experts) is no figure.
- In an article with FDI figures, investment amounts in USD are FDI breakdowns and dropped.
- Exports/imports of "các mặt hàng/sản phẩm …" or "N tấn" of a product are sub-breakdowns,
  and so is one product group's ("xuất khẩu thủy sản") unless the title names the group;
  "thuế (suất) nhập khẩu 60%" is a duty.
- With several changes the year-on-year one ("… so với cùng kỳ") wins.
- Without an amount the value is a stated level % ("đạt 53,17%", "từ 11 đến 12%"), else
  the change itself ("xuất khẩu tăng 7%" = 7 %); shares ("chiếm 62%") never count.
- Plan words (quy hoạch, muốn / xin đầu tư, đề xuất, kế hoạch vốn, sẽ đầu tư) make a figure
  a target, and so does a purpose naming a figure ("để đạt được tốc độ tăng trưởng 6,7%").
- "đạt 55% kế hoạch" is no value, except public investment disbursed ("giải ngân …").
- "khối doanh nghiệp FDI", "(DN FDI)", "kinh tế có vốn đầu tư nước ngoài" are the
  foreign-invested sector (its trade, its sales), not FDI capital.
- GRDP per head is not income per head; "64,8% GDP", "chiếm 23% GDP", "tỷ trọng … trong
  GDP" are shares of GDP, not growth.
- Power and tourism have no level in % ("công suất thuê đạt 92%" is an occupancy rate).
- "thu nội địa" is budget revenue when no total is reported; in a province's article a
  national figure beside a local one of the same indicator is context.
- "lạm phát" is reported as the CPI, but core inflation ("lạm phát cơ bản") is not;
  "tăng trưởng đạt mục tiêu 6,7%" is growth.
- A figure naming no place after sentences about the country ("Cả nước có …") is the
  country's, as is one a ministry or the statistics office reports.
- A sentence right after a plan's, naming no time of its own and nothing done, goes on
  with the plan ("… phấn đấu đến năm 2020 đón 4,3 triệu lượt khách. Doanh thu đạt …").
- A figure is flagged as not the province's year when its clause gives it to a district,
  town, commune or resort, a company or a project, a region; and it is not read when it
  is money lost, short or spent, a capacity or a threshold ("… trở lên"); a count of one
  day or week, a festival's or "mỗi năm" (a typical year) answers no year.
"""

from __future__ import annotations

import bisect
import math
import re
from datetime import date

from search.gazetteer import gazetteer
from search.indicators import (
    HOLIDAY,
    HOLIDAYS,
    INDICATORS,
    ONE_DAY,
    ONE_WEEK,
    PER_DAY,
    PER_MONTH,
    YEARS_SPAN,
    normalised,
    periods_in,
)
from search.lunar import new_years_in

from .numbers import AMOUNT_RE, NUMBER, RANGE, parse_amount, parse_number
from .text import COUNTRIES, COUNTRY_ALTERNATION, LOWER, UPPER, sentences
from .years import background_before

_TL = r"t[ỷỉ] lệ"
# Product groups whose trade is told on its own (see ``_PRODUCT_GROUP``).
_GROUP_WORDS = (
    r"nông|lâm|thủy sản|hải sản|gạo|tôm|cá tra|cà phê|hồ tiêu|hạt điều|rau quả|trái cây"
    r"|gỗ|dệt may|giày dép|da giày|sắt thép|thép|dầu thô|than|quặng|cao su|sắn|chè|phân bón"
    r"|xăng dầu|điện thoại|ô tô|ôtô|xe máy|linh kiện"
)
# A bare "xuất khẩu" is the trade flow when a figure's verb follows, maybe after its
# product group and whose it is: "xuất khẩu gạo của cả nước ước đạt 1,2 tỷ USD".
_AFTER_BARE = (
    rf"(?=\s+(?:(?:{_GROUP_WORDS})\s+)?(?:của\s+(?:cả nước|việt nam|tỉnh|thành phố)\s+)?"
    # one market's, read as such (``_MARKET``): "xuất khẩu của Việt Nam sang Đức đạt …"
    r"(?:(?:sang|từ)\s+(?:thị trường\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?\s+)?"
    # … or to markets counted: "xuất khẩu tôm sang 90 thị trường, đạt kim ngạch 3,1 tỷ USD"
    r"(?:sang\s+(?:hơn\s+|gần\s+|trên\s+)?\d+\s+(?:thị trường|quốc gia|nước)"
    r"(?:\s+[^\W\d_]+){0,3}?\s*,?\s+)?"
    # a period ("năm 2016", "tháng 1/2017", "4 tháng đầu năm"), and "được" before the figure
    r"(?:(?:trong\s+)?(?:năm \d{4}|(?:tháng|quý)\s+[\divx]+(?:[./]\d{4})?"
    r"|\d+\s+tháng(?:\s+đầu)?\s+năm(?:\s+\d{4})?)\s+)?"
    r"(?:tiếp tục\s+|có thể\s+|dự kiến\s+|đã\s+)?(?:được\s+(?=khoảng|trên|gần|hơn|\d))?"
    r"(?:đạt|ước|khoảng|trên|gần|hơn|là|tăng|giảm|\d))"
)
# Words of aid, whose projects invest nothing: ODA loans, grants, sponsors' money.
_AID = "oda|vốn vay|viện trợ|không hoàn lại|tài trợ"
# A second sum joined to a first ("… và gần 3.588 tỷ đồng"), maybe after the first one's
# conversion in brackets ("311 triệu USD (hơn 7.000 tỷ đồng) và …").
_AND_SUM = r" và (?:gần |hơn |trên |khoảng )?"
_AND_SUM_AFTER = rf"(?: \([^()]{{0,30}}\))?{_AND_SUM}"
# … and a sum in đồng beside one in dollars: "311 triệu USD và 3.588 tỷ đồng"
_AND_DONG = rf"{_AND_SUM_AFTER}[\d.,]+ (?:tỷ|tỉ|triệu|nghìn tỷ) đồng"
_PATTERNS = {
    "iip": (
        r"chỉ số (?:phát triển )?sản xuất (?:các ngành |toàn ngành |ngành )?công nghiệp|\biip\b"
        r"|(?<!giá trị )sản xuất công nghiệp(?= (?:tiếp tục )?(?:tăng|giảm) \d)"
    ),
    "industrial_output": r"giá trị sản xuất (?:ngành |toàn ngành )?công nghiệp|gtsx công nghiệp",
    "retail_sales": (
        r"tổng mức bán lẻ(?: hàng hóa)?|doanh thu bán lẻ hàng hóa"
        # Hà Nội's and Hồ Chí Minh City's wording: "tổng mức lưu chuyển hàng hóa và doanh
        # thu dịch vụ tiêu dùng xã hội" (not goods moving in trade, "lưu chuyển hàng hóa
        # thương mại")
        r"|(?:tổng mức )?lưu chuyển hàng hóa(?: bán (?:ra|lẻ))? và doanh thu dịch vụ"
    ),
    # "kim ngạch hàng hóa xuất khẩu": the statistics office's wording
    "exports": (
        rf"(?:kim ngạch|giá trị)(?: hàng hóa)? xuất khẩu|xuất khẩu hàng hóa"
        rf"|\bxuất khẩu{_AFTER_BARE}"
    ),
    "imports": (
        r"(?:kim ngạch|giá trị)(?: hàng hóa)? nhập khẩu|nhập khẩu hàng hóa"
        rf"|(?<!xuất )\bnhập khẩu{_AFTER_BARE}"
    ),
    "grdp_growth": (
        r"tốc độ tăng trưởng (?:kinh tế|grdp|gdp)|tăng trưởng kinh tế|(?<!/)\bgrdp\b(?! bình quân)"
        r"|kinh tế (?:của )?(?:tỉnh|thành phố|toàn tỉnh|cả nước)"
        r"(?: (?:vẫn|tiếp tục|đã|duy trì|giữ vững|đạt mức|đạt))* tăng trưởng"
        r"|tốc độ phát triển kinh tế|tăng trưởng (?:đạt )?(?:mục tiêu|chỉ tiêu)(?= (?:khoảng )?\d)"
        r"|(?<!/)\bgdp\b(?! bình quân)|mục tiêu tăng trưởng(?= (?:năm \d{4} |cả năm |năm nay )?"
        r"(?:là |ở mức |phải |đạt |từ |khoảng )*\d)"
        r"|tổng sản phẩm (?:quốc nội|trên địa bàn|trong nước)"
        r"|tăng trưởng(?= (?:của )?(?:quý (?:[1-4]|i{1,3}|iv)|\d tháng|nửa đầu năm|cả năm)\b)"
        r"|(?:mức|tốc độ) tăng trưởng(?= (?:năm \d{4}|năm nay)\b)"
    ),
    # not revenue from one source, a part: "thu ngân sách từ thuế bảo vệ môi trường",
    # "thu ngân sách nhà nước năm 2015 đối với các khoản phí"
    "budget_revenue": (
        r"(?:(?:tổng )?thu ngân sách|thu nsnn)"
        r"(?!(?: nhà nước)?(?: (?:năm|tháng) [\d/]+)?"
        r" (?:từ(?! (?:đầu|cuối|năm|tháng|quý|ngày|nay)\b)|đối với) )(?: nhà nước)?"
    ),
    # Domestic revenue is the total's part; alone, it is what the article reports.
    "budget_domestic": r"thu nội địa",
    # core inflation ("lạm phát cơ bản", less food and energy) is no CPI (``_CUT``)
    "cpi": r"chỉ số giá tiêu dùng|\bcpi\b|lạm phát(?! cơ bản)",
    "fdi": (
        r"\bfdi\b|(?:vốn )?đầu tư (?:trực tiếp )?nước ngoài|đầu tư trực tiếp nước ngoài"
        r"|thu hút(?: được)?(?= (?:gần |hơn |trên |khoảng )?[\d.,]+ (?:tỷ|tỉ|triệu) usd)"
        r"|(?:tổng |số )*vốn (?:đầu tư )?đăng ký"
        rf"(?= (?:là |đạt |gần |hơn |trên |khoảng )*[\d.,]+ (?:tỷ|tỉ|triệu) usd(?!{_AND_DONG}))"
        # invested into the country by a foreign investor: "Samsung đã đầu tư khoảng 14,8 tỷ
        # USD vào Việt Nam", "Đầu tư của Trung Quốc vào Việt Nam … đạt 1,8 tỷ USD"
        r"|đầu tư(?= (?:khoảng |hơn |gần |trên )?[\d.,]+ (?:tỷ|tỉ|triệu) usd (?:vào|tại) việt nam)"
        r"|(?:vốn )?đầu tư (?:(?:của )?[^,.;]{1,30} )?vào việt nam"
        r"|đầu tư (?:tại|vào) việt nam(?= với [\d.,]+ dự án)"  # "… với 287 dự án trị giá …"
        # projects counted, then their capital in dollars: "Trung Quốc có hơn 1.600 dự án
        # với tổng số vốn trên 11 tỷ USD", "34 dự án tại Việt Nam với tổng vốn đạt gần 90
        # triệu USD", "30 doanh nghiệp của Cộng hòa Séc đầu tư tại Việt Nam với tổng số vốn hơn
        # 170 triệu USD" (no aid programmes': "… dự án và chương trình với tổng vốn 217 triệu USD";
        # no rate: "150 MW/1 dự án")
        r"|(?<=\d )(?<!/\d )(?<!/\d\d )(?:dự án|doanh nghiệp)"
        rf"(?=(?:(?!chương trình|{_AID})[^.;\d]){{0,50}}?"
        r" với (?:tổng )?(?:số )?vốn(?: đầu tư)?(?: đăng ký)?"
        r" (?:là |đạt |ước |khoảng |gần |hơn |trên )*[\d.,]+ (?:tỷ|tỉ|triệu) (?:usd|đô)"
        rf"(?!{_AND_DONG}))"
        # disbursed beside registered, in dollars: "…; vốn thực hiện đạt 7,7 tỷ USD"
        r"|vốn (?:thực hiện|giải ngân)"
        r"(?= (?:đạt |là |ước |khoảng |gần |hơn |trên )*[\d.,]+ (?:tỷ|tỉ|triệu) (?:usd|đô))"
    ),
    "investment": (
        # not a holding's book value, nor the least a law asks of a project ("vốn đầu tư
        # tối thiểu 2 tỷ USD"); a project's "tổng giá trị đầu tư" is its "tổng mức đầu tư"
        # (not what a divestment brings back, "giá trị đầu tư thu về", nor shares held)
        r"(?:vốn đầu tư (?:phát triển )?toàn xã hội|tổng vốn đầu tư|giải ngân vốn đầu tư công"
        r"|(?:tổng )?mức đầu tư|vốn đầu tư|(?:tổng )?giá trị đầu tư(?! thu về| cổ phiếu))"
        r"(?! tối thiểu| (?:trên|theo) sổ sách)"
        # registered capital told in dollars and đồng together, the foreign and the domestic
        # projects' ("tổng vốn đăng ký 311 triệu USD và 3.600 tỷ đồng"), not FDI alone
        r"|(?:tổng |số )*vốn đăng ký"
        rf"(?= (?:là |đạt |gần |hơn |trên |khoảng )*[\d.,]+ (?:tỷ|tỉ|triệu) usd{_AND_DONG})"
        # a project's worth or what is put into it: "dự án thép trị giá 3 tỷ USD",
        # "đầu tư 70.000 tỷ đồng", "thỏa thuận hợp tác đầu tư trị giá 22 tỷ USD"
        # (not an ODA loan or a grant: "4 dự án vốn vay ODA trị giá 100,3 tỷ yên", "dự án
        # không hoàn lại trị giá 26 triệu USD", "tài trợ dự án … trị giá …"; nor a
        # deal that invests nothing, a sale's or a trade's: "thỏa thuận bán vũ khí … trị
        # giá 1,3 tỷ USD"); or its capital: "41 dự án đang đầu tư với tổng số vốn 5.500 tỉ
        # đồng" (not a lender's "19 dự án và chương trình với tổng vốn 217 triệu USD")
        r"|(?:(?<!trợ )dự án|thỏa thuận(?=[^.;,\d]{0,40}?đầu tư))"
        rf"(?![^.;,\d]{{0,60}}?(?:{_AID}|chương trình))[^.;,\d]{{0,60}}?"
        r"(?:trị giá|với (?:tổng )?(?:số )?vốn"
        r"(?= (?:là |lên tới |lên đến |khoảng |gần |hơn |trên )*[\d.,]+ (?:tỷ|tỉ|triệu|nghìn tỷ))"
        # … registered in đồng, a domestic project's ("8 dự án với tổng số vốn đăng ký gần
        # 3.600 tỉ đồng"; in dollars it is FDI's)
        r"|với (?:tổng )?(?:số )?vốn(?: đầu tư)? đăng ký"
        r"(?= (?:là |khoảng |gần |hơn |trên )*[\d.,]+ (?:tỷ|tỉ|triệu|nghìn tỷ|ngàn tỷ) đồng))"
        # … summed or added: "đầu tư tổng cộng 1,2 tỷ USD", "đầu tư thêm 2,5 tỷ USD"
        r"|đầu tư(?= (?:tổng cộng |thêm )?(?:khoảng |hơn |gần |trên )?[\d.,]+"
        r" (?:tỷ|tỉ|triệu|nghìn tỷ) (?:usd|đồng))"
        # a total capital in đồng, whoever's: "với tổng số vốn lên tới 1.700 tỷ đồng"
        r"|tổng (?:số )?vốn(?= (?:là |lên tới |lên đến |khoảng |gần |hơn |trên )*[\d.,]+"
        r" (?:nghìn |ngàn )?t[ỷỉ](?! usd| đô))"
    ),
    "electricity_access": rf"{_TL} hộ (?:dân )?(?:sử dụng|có) điện",
    # not a wage: "thu nhập bình quân tháng của lao động làm công hưởng lương là 5,4 triệu"
    "income_per_capita": (
        r"thu nhập bình quân(?: đầu người)?"
        r"(?![^.;\d]{0,40}?(?:lao động|công nhân|thành viên|nhân viên|cán bộ|giáo viên))"
    ),
    "poverty_rate": rf"{_TL} hộ nghèo",
    "tourism": (
        r"(?:lượt |lượng )?khách du lịch"
        r"|(?:doanh thu|tổng thu)(?: xã hội)? (?:từ |nhóm |ngành )?du lịch"
        r"|lượt khách(?! hàng)|lượng khách(?! hàng)|\bdu khách|(?<!hành )khách quốc tế"
    ),
    "power": (
        r"sản lượng điện|(?<!sản )lượng điện|điện thương phẩm|công suất(?: lắp đặt)?"
        r"|điện gió|điện mặt trời"
    ),
}
# Matched against lower-cased text (much faster than IGNORECASE on Unicode).
_LABEL_RE = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _PATTERNS.items()))
# Cheap substring pre-check: a paragraph without any of these has no indicator phrase.
_KEYWORDS = (
    "công nghiệp",
    "lạm phát",
    "phát triển kinh tế",
    "bán lẻ",
    "lưu chuyển hàng hóa",
    "nội địa",
    "xuất khẩu",
    "nhập khẩu",
    "tăng trưởng",
    "grdp",
    "gdp",
    "tổng sản phẩm",
    "ngân sách",
    "nsnn",
    "cpi",
    "giá tiêu dùng",
    "đầu tư",
    "trị giá",
    "dự án",
    "fdi",
    "đầu tư trực tiếp",
    "vốn đăng ký",
    "điện",
    "thu nhập",
    "hộ nghèo",
    "du lịch",
    "khách",
    "công suất",
    "iip",
)
_DIGIT = re.compile(r"\d")
# Indicators whose figure is itself a percentage.
_RATES = {"grdp_growth", "electricity_access", "poverty_rate"}
# Units that make sense for an indicator (default: any amount, and a level percentage):
# a province's budget is in đồng ("thu nội địa" in USD is a film's box office).
_UNITS = {
    # indices are told in percent: an amount near one is another's ("lạm phát, giá trị
    # của công ty năm 1999 là 613 tỷ USD")
    "cpi": {"%"},
    "iip": {"%"},
    "power": {"MW", "kWh", "triệu kWh", "tỷ kWh"},
    "tourism": {"lượt", "nghìn lượt", "triệu lượt", "tỷ đồng", "triệu đồng"},
    "budget_revenue": {"tỷ đồng", "triệu đồng", "%"},
    "budget_domestic": {"tỷ đồng", "triệu đồng", "%"},
}
# Capital counted in money: a percentage is its change ("FDI tăng 0,5%"), never its level
# ("tỉ lệ giải ngân … từ 42% lên 45%", "sở hữu của nhà đầu tư nước ngoài lên 49%").
_MONEY_ONLY = {"fdi"}
# Below this, an amount in plain kWh is a household's or a device's.
LEAST_KWH = 1_000_000
# Below these (1 tỷ đồng), an investment is a family's or a shop's outlay.
_SMALL_MONEY = {"đồng": 1e9, "nghìn đồng": 1e6, "triệu đồng": 1000.0}
# … and below 1 triệu USD (some 20 tỷ đồng), trade is a firm's shipment ("2 container …
# trị giá 35.000 USD", "hoa tươi nhập khẩu 2 tỷ").
_SMALL_TRADE = {**_SMALL_MONEY, "USD": 1e6, "nghìn USD": 1000.0, "tỷ đồng": 20.0}
# Below this, visitors are people in a story ("12 du khách mặc áo phao"), not a tally.
LEAST_VISITS = 100
# An amount right after "giá" is a price ("tour 4 ngày giá 8 triệu đồng"), no total.
_PRICE = re.compile(r"(?<!trị )\bgiá(?: (?!trị)\S+)?\s+$", re.IGNORECASE)
# A visitors' word names revenue only after "thu": "tổng thu từ khách du lịch đạt …".
REVENUE_REACH = 15
# A quantity of goods traded: a change after it is the volume's, not the trade's value.
_GOODS = re.compile(
    r"(?<![\d.,])\d[\d.,]*\s+(?:triệu\s+|nghìn\s+|ngàn\s+)?(?:tấn|bao|thùng|chiếc)(?!\w)"
)
# An amount per quantity of goods is a price ("345 – 350 USD/tấn", "2 triệu đồng/m2").
_PER_GOODS = re.compile(r"\s*/\s*(?:tấn|tạ|kg|lít|thùng|m2|m²|m3|con|chiếc|cái)(?!\w)")
# Where a figure's segment ends: sub-items start, or core inflation, another measure.
_CUT = re.compile(
    r"\b(?:trong đó|chủ yếu|riêng|(?i:lạm phát cơ bản)"
    # two-way trade, no indicator's: "… đầu tư vào Việt Nam, góp phần đưa kim ngạch
    # thương mại hai chiều lên trên 9 tỷ USD"
    r"|(?i:thương mại hai chiều|kim ngạch (?:thương mại|hai chiều|xuất nhập khẩu)))\b|;"
)
_CHANGE = re.compile(
    r"\b(tăng|giảm)(?: trưởng)?(?: bình quân)?"
    r"(?: (?:mạnh|nhẹ|thêm|đến|tới|thấp|cao|khá|chậm|nhanh|ở|mức)){0,3}\s+"
    r"(?:gần |trên |hơn |khoảng |xấp xỉ )?"
    rf"({NUMBER}){RANGE}\s*%(?!\s*(?:so )?(?:với )?kế hoạch)"  # a range's lower bound
)
# After a "lượt"/"du khách" amount: the count is of visitors ("lượt khách", "du khách");
# … and guests told as visitors ("đón 6,2 triệu khách quốc tế", "1 triệu khách tham quan";
# an airport's "32 triệu khách/năm" are passengers).
_VISITS = re.compile(
    r"(?<=du khách)|(?<=khách du lịch)|(?<=lượt)\s+(?:du )?khách(?! hàng)"
    r"|(?:(?<=triệu khách)|(?<=nghìn khách)|(?<=ngàn khách))"
    r"(?=\s+(?:quốc tế|nội địa|tham quan|du lịch|nước ngoài)\b)"
)
# … unless they are people in a story, told being or suffering something: "có 232 du
# khách đang bị mắc kẹt", "khoảng 1.000 du khách đang tắm" (``LEAST_VISITS`` for more).
_IN_A_STORY = re.compile(r"\s+(?:đang|bị)\b")
# A number after a date word is a date: "Tháng 3 du khách tới Buôn Ma Thuột …".
_DATE_WORD = re.compile(r"\b(?:tháng|ngày|quý|năm)\s+$")
# Words before a percentage that state it as the indicator's level, not a share or gap.
# Not after "cùng kỳ": "tăng 7,4%, cùng kỳ là 7,9%" states the base, not the level.
_LEVEL_PCT = re.compile(
    r"(?:đạt|(?<!cùng kỳ )là|(?<!chiếm )từ)\s+(?:khoảng |gần |trên |hơn |mức )?$"
)
# Inflation is told as a level however it is worded ("CPI bình quân khoảng 4%", "lạm
# phát dưới 4%", "ở mức 4%"); other indicators' "khoảng 80%" may be a share.
_INFLATION_LEVEL = re.compile(r"(?:ở mức|khoảng|dưới|không quá)\s+(?:khoảng |gần |mức )?$")
# How far back the context of an indicator phrase is read (the longest: "doanh nghiệp
# có vốn đầu tư trực tiếp nước ngoài (").
BEFORE_REACH = 80
# "64,8% GDP", "65% GDP toàn cầu", "tỷ trọng công nghiệp trong GDP", "tỷ trọng GDP", "…
# trong tổng sản phẩm trong nước (GDP)", "vốn đầu tư toàn xã hội trên GDP", "nợ công/GDP":
# GDP as the base of a share (public debt, a sector's weight), no growth rate.
_SHARE_OF = re.compile(
    r"(?:%\s*(?:so với |của )?|\btrên\s+|\S/\s*"
    r"|\btrong\s+(?:tổng sản phẩm (?:trong nước|quốc nội)\s*\(\s*)?"
    r"|\b(?:tỷ|tỉ) trọng\s+|đóng góp (?:cho |vào )?(?:mức )?(?:tăng trưởng )?)$"
)
# Totals a part's share is told of: GDP ("64,8% GDP") and the budget's revenue ("thuế bảo
# vệ môi trường … trong tổng thu ngân sách là 4,1%", "9,8% tổng thu ngân sách").
_BASES = {"grdp_growth", "budget_revenue"}
# "GDP toàn ngành nông nghiệp", "GDP của ngành": one sector's output, not the economy's.
_SECTOR_AFTER = re.compile(r"\s+(?:của\s+)?(?:toàn\s+)?ngành\b")
# A percentage stated as a share ("chiếm gần 23% GDP của cả nước") is no rate's level.
_SHARE_BEFORE = re.compile(r"(?:chiếm|tỷ trọng|tỉ trọng|đóng góp)\s+(?:\S+\s+){0,2}$")
# A rate supposed, not reported: "nếu tăng trưởng kinh tế là 6,7% …", "GRDP tăng thêm 1% thì
# GDP cả nước tăng thêm 0,21%".
_SUPPOSED_BEFORE = re.compile(r"\b(?:[Nn]ếu|[Gg]iả sử|[Cc]ứ|thì)\b[^.;,]*$")
_SUPPOSED_AFTER = re.compile(r"[^.;,]{0,12}\bthì\b")
SUPPOSED_REACH = 60  # how far around a figure its supposition is looked for
# An indicator moved by something else is an effect worked out, no figure reported:
# "giá điện tăng 5% làm CPI tăng 0,189%", "… khiến GDP giảm 0,43%" (but "góp phần làm
# tăng trưởng kinh tế đạt 7%" and "nguyên nhân khiến GDP quý I đạt thấp (5,1%)" tell
# the figure reached).
_AN_EFFECT = re.compile(r"(?<!góp phần )(?<!nhân )\b(?:làm|khiến)(?: cho)?\s+$")
# Forecasters other than the government, whose forecasts are no entries (the guidelines):
# "IMF dự báo tăng trưởng …", "Theo dự báo của HSBC, …", "Theo IMF, lạm phát … sẽ …",
# "IMF cho biết tăng trưởng … sẽ …".
_FORECASTER = (
    r"(?:IMF|Quỹ Tiền tệ [Qq]uốc tế|WB|Ngân hàng Thế giới|ADB|Ngân hàng Phát triển [Cc]hâu Á"
    r"|HSBC|Standard Chartered|Fed|VEPR|Fitch|Moody['’]s|S&P|[Cc]huyên gia|[Gg]iới phân tích"
    r"|[Nn]hà phân tích|[Nn]gân hàng [A-Z]\w*|[Tt]ổ chức|Viện|USDA"
    # a broker: "Công ty Chứng khoán MBS bổ sung rằng GDP năm nay sẽ …, lạm phát …"
    rf"|(?:[Cc]ông ty [Cc]hứng khoán|CTCK)(?: [{UPPER}]\w*){{0,2}}"
    # a foreign government's body: "Bộ Nông nghiệp Mỹ"
    rf"|Bộ (?:\w+ ){{1,4}}?(?:{COUNTRY_ALTERNATION})(?!\w))"
)
_FORECAST_BY_OTHERS = re.compile(
    rf"{_FORECASTER}[^.;]{{0,40}}?\b(?:dự báo|dự đoán|kỳ vọng)|dự báo (?:của )?{_FORECASTER}"
    rf"|\b[Tt]heo {_FORECASTER}[^.;]*?\b(?:sẽ|dự báo|dự đoán|có thể)\b"
    rf"|(?<!\w){_FORECASTER}\s+(?:cho biết|cho rằng|bổ sung|nhận định|ước tính)"
    r"[^.;]*?\b(?:sẽ|có thể)\b"
)
FORECAST_REACH = 160  # how far before a figure its forecaster is looked for
_BASE_AFTER = re.compile(r"\s*(?:GDP|GRDP)\b")
# … and the product named right after a percentage is one too: "80% Tổng sản phẩm".
SHARE_REACH = 45
_SHARE_OF_PRODUCT = re.compile(
    r"\d\s*%\s*(?:của\s+)?(?:tổng sản phẩm(?: quốc nội| trong nước)?\s*\(\s*)?$"
)
# "… tăng trưởng 6,7% GDP": growth of GDP, no share of it.
_GROWTH_OF = re.compile(r"tăng trưởng\s+(?:\S+\s+)?$")
# "khối doanh nghiệp FDI", "doanh nghiệp có vốn đầu tư nước ngoài (FDI)": the sector of
# foreign-invested firms (its trade, its output), not capital invested.
_FDI_SECTOR = re.compile(
    r"(?:doanh nghiệp|\bdn|khối|khu vực|kinh tế)(?: có vốn| có)?"
    r"(?: đầu tư trực tiếp nước ngoài| đầu tư nước ngoài)?\s*\(?$"
)
# "1.097 dự án đầu tư trong nước vốn đăng ký trên 4 tỷ USD": domestic capital, no FDI.
_DOMESTIC = re.compile(r"trong nước(?:\s+\S+){0,2}\s*$")
# Trade of one product group is a sub-breakdown: "xuất khẩu các sản phẩm điện tử", "… 4.520 tấn".
_TRADE = {"exports", "imports"}
# "thuế (suất) nhập khẩu 60%": a duty, no trade flow.
_TAX = re.compile(r"\bthuế(?: suất)?\s+$")
# A firm sells abroad ("Vinamilk … với doanh thu xuất khẩu năm 2016 đạt 258 triệu USD");
# a province's trade is "kim ngạch".
_SALES = re.compile(r"\bdoanh thu\s+$")
# "Một số mặt hàng có kim ngạch nhập khẩu tăng: …": the products' figures follow.
_PRODUCT_BEFORE = re.compile(r"(?:mặt hàng|sản phẩm|nhóm hàng) (?:có )?$")
_PRODUCT = re.compile(
    r"\s+(?:(?:của |các |một số )?(?:mặt hàng|sản phẩm|nhóm hàng)"
    r"|[\d.,]+ (?:triệu |nghìn |ngàn )?tấn)"
)
# One product group's trade ("kim ngạch xuất khẩu nông sản", "… thủy sản"): a sub-breakdown,
# unless the title names the group, which makes that trade flow the article's subject.
_GROUPS = f"({_GROUP_WORDS})"
# … named as goods: "nhập khẩu mặt hàng rau quả", "xuất khẩu nhóm hàng thủy sản"
_PRODUCT_GROUP = re.compile(rf"\s+(?:(?:mặt|nhóm) hàng\s+|sản phẩm\s+)?{_GROUPS}\b")
# … or after the amount: "nhập khẩu 73 triệu USD quặng sắt", "… 2 tỷ USD hàng dệt may".
_GOODS_AFTER = re.compile(rf"\s+(?:hàng\s+)?{_GROUPS}\b")
# … named before the trade it makes: "rau quả Việt xuất khẩu", "kim ngạch sắt thép nhập khẩu".
_PRODUCT_GROUP_BEFORE = re.compile(rf"(?<!\w){_GROUPS}(?: việt)?\s+$")
# … or whose volume is told: "khối lượng tiêu xuất khẩu tháng 5 ước đạt 22.000 tấn".
_VOLUME_OF = re.compile(r"(?<!\w)khối lượng\s+((?:[^\W\d_]+\s+){1,2}?)$")
# One market's trade ("nhập khẩu từ Nga", "xuất khẩu sang thị trường Hoa Kỳ"): a breakdown
# too, kept, like a product's, where the title names it, whoever trades ("… của tỉnh Long An
# sang Nhật Bản"); never the country's own ("nhập khẩu vào Việt Nam") or a province ("xuất
# khẩu từ Bình Dương").
_MARKET = re.compile(
    r"\s+(?:của\s+(?:Việt Nam|cả nước|(?:tỉnh|thành phố|TP\.?)\s*"
    rf"(?:[{UPPER}][{LOWER}]*\s+)+?)\s*)?(?:hàng hóa\s+)?(?P<way>sang|từ|vào|với)\s+"
    rf"(?:thị trường\s+)?(?P<name>(?:[{UPPER}][{LOWER}]*\s*)+|(?:một số|nhiều|các|những)\s)"
)
# Trade into the country ("xuất khẩu sang Việt Nam", "nhập khẩu từ Việt Nam") is another
# country's; like several unnamed markets ("sang nhiều nước") it names no title's subject.
ABROAD_FLOW = "\0abroad"
# … and so is one sector's, named before its figure: "kim ngạch xuất khẩu sáu tháng đầu
# năm của ngành nông nghiệp ước đạt 17,1 tỉ đô la Mỹ".
_SECTOR = re.compile(
    r"[^,;\d]{0,40}?\bcủa (?:toàn )?ngành\s+(nông nghiệp|nông,? lâm|lâm nghiệp|thủy sản"
    r"|dệt may|da giày|gỗ|điện tử)"
)
_YOY = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:so )?(?:với )?cùng kỳ")
_TARGET = re.compile(
    r"phấn đấu|mục tiêu|dự kiến|dự (?:báo|đoán)(?! kinh tế)|chỉ tiêu|đặt ra|sẽ đạt"
    r"|có thể đạt"
    # money to be put in: "Hyosung sẽ đầu tư tổng cộng 1,2 tỷ USD", "sẽ rót 500 triệu USD"
    r"|sẽ (?:đầu tư|rót)"
    # a figure required, not reached: "GDP 6 tháng cuối năm phải đạt 7,4%"
    r"|\b(?:cần|phải) (?:phải )?đạt"
    # a purpose names a figure to reach: "để (cả năm) đạt được tốc độ tăng trưởng 6,7%"
    r"|\bđể (?:góp phần )?(?:cả năm |năm nay )?(?:đạt|đón|thu hút)(?: được)?(?=[^.;,\d]{0,50}\d)"
    r"|kế hoạch (?:năm|đề ra|giao|vốn)|mức kế hoạch"
    r"|quy hoạch|\bmuốn\b|xin đầu tư|đề xuất"
    # what is reckoned, needed or planned: "Dự tính nhà máy … với tổng vốn đầu tư khoảng
    # 5.500 tỷ", "tổng nhu cầu vốn khoảng 114.612 tỷ đồng", "Theo kế hoạch, … tổng mức đầu tư"
    r"|dự tính|nhu cầu (?:huy động )?vốn|theo kế hoạch"
    # a budget's plan: "giao dự toán thu ngân sách năm 2015 … là 300 tỷ đồng" (not "vượt
    # dự toán", "so với dự toán năm")
    r"|(?<!vượt )(?<!với )dự toán (?:thu|năm|ngân sách)"
)
# A sentence opening with its year ("Năm 2025, …", "Đến năm 2035, …") that tells what will
# be done ("sẽ") or planned: its year is a plan's.
_PLAN_YEAR_OPENING = re.compile(r"\W*(?:(?:[Đđ]ến|[Tt]ới|[Tt]rong) )?[Nn]ăm \d{4}\b")
_PLAN_WORDS = re.compile(rf"\bsẽ\b|{_TARGET.pattern}")
# Target words that may open a list of figures to reach (not "đề xuất", "quy hoạch").
_LIST_OPENER = re.compile(r"(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch (?:năm|đề ra|giao))\S*$", re.I)
# A plan met or compared with is no plan stated: "vượt kế hoạch đề ra", "hoàn thành vượt
# mức kế hoạch năm", "bằng 52% chỉ tiêu" (the % is caught apart); a plan to meet is one
# ("để hoàn thành chỉ tiêu tăng trưởng cả năm từ 8,5-9%").
_MET_PLAN = re.compile(r"(?<!để )(?:vượt|hoàn thành|so với|bằng)\s+(?:mức\s+)?$")
# … and targets said to be met: "nhiều chỉ tiêu kinh tế vượt kế hoạch đề ra", "một số chỉ
# tiêu kinh tế xã hội đạt kết quả tích cực như …".
_MET_AFTER = re.compile(
    r"(?:\s+[^\s\d,;.]+){0,4}?\s+(?:đều\s+)?(?:vượt|hoàn thành|đạt và vượt|đạt kết quả)\b"
)
# A year a target reaches: "đến (hết) năm 2030".
_HORIZON_BEFORE = re.compile(r"\b(?:đến|tới)\s+(?:hết\s+)?$")
# A year a figure is of: "năm 2017", a quarter's or month's ("quý 1-2017", "tháng 5/2017"),
# one singled out ("Riêng 2019, … gần 4 triệu lượt khách"), or a target's horizon ("đến
# 2020 thu hút 2 triệu du khách"; not "tăng đến 2020 tỷ").
_YEAR = re.compile(
    r"(?:\b(?:năm|riêng) |\b(?:quý|tháng)\s+(?:1[0-2]|[1-9]|IV|I{1,3})\s*[/-]\s*|\b(?:đến|tới)\s+)"
    r"(\d{4})\b(?![.,]\d|\s*(?:tỷ|tỉ|triệu|nghìn|ngàn|lượt|người|tấn|ha|USD|đồng|%))",
    re.IGNORECASE,
)
# A span of years a figure is told for, between its phrase and the figure.
_SPAN_OF_YEARS = re.compile(
    r"\b(?:giai đoạn|thời kỳ|trong)\s+(?:năm\s+)?\d{4}\s*[-–]\s*(\d{4})\b", re.I
)
# "tăng 17,4% so với cùng kỳ 2016" after a figure: the figure is of the year after.
_BASE_YEAR = re.compile(r"cùng kỳ(?: năm)?\s+(\d{4})\b")
BASE_REACH = 120
# How far (characters) a period named before a figure carries to it: an archive body
# is one paragraph, and a period named far earlier belongs to other figures (a project's
# cost, a visitor count "mỗi ngày"). 1,000 keeps every period the dev questions need.
PERIOD_CARRY = 1000
# How close after target words a colon opens a list of targets.
LIST_COLON_REACH = 40
# "… trên 14 triệu lượt khách (năm 2019)": the year in brackets after the figure, or the
# year it is to be reached by in its clause ("15 triệu lượt khách lưu trú/năm đến năm 2030").
_NAMED_AFTER = re.compile(
    r"\S*\s*(?:\S+\s+){0,4}\(năm (\d{4})\)"
    # the figure's decimal comma ends no clause: "15,8 tỷ USD trong năm 2016"
    r"|[\d.,]*[^\s,;]*\s*(?:[^\s,;]+\s+){0,6}(?:đến|tới|vào|trong)\s+(?:hết\s+)?năm\s+(\d{4})\b"
)
# A movement "từ A (năm 2009) (đã) lên / xuống (còn) (mức) B" (not a range "từ A đến B").
_FROM = re.compile(r"\btừ\s+(?:mức\s+)?$")
_MOVED = re.compile(
    r"(?:\s+(?:trong\s+|vào\s+)?(?:năm\s+\d{4}|tháng\s+\d{1,2}(?:\s*/\s*\d{4})?))?,?\s+"
    r"(?:đã\s+)?(?:tăng\s+|giảm\s+)?(?:lên|xuống)\s+(?:còn\s+|tới\s+|đến\s+)?(?:mức\s+)?"
)
_YEAR_RIGHT_AFTER = re.compile(r"\s+(?:vào\s+|trong\s+)?năm\s+(\d{4})\b")
_LEAD_YEAR = re.compile(r"^\W*(?:trong )?năm (\d{4})\b", re.IGNORECASE)
_COMPARE = re.compile(r"(?:so với|so|cùng kỳ|bằng|hơn)(?:\s+\S+){0,3}\s*$")
_SINCE = re.compile(r"\bkể\s+từ\s+$", re.IGNORECASE)


_KEYS = (
    *("indicator", "label", "value", "unit", "change_pct"),
    *("year", "kind", "period", "country", "company", "sub_province", "international"),
    *("province", "product", "text"),
)
# Lists of provinces' figures: "A, B tăng lần lượt 10%, 17%" and "…, B tăng 12%, C …".
_RESPECTIVELY = re.compile(r"lần lượt")
_LIST_GAP = re.compile(r"(?:\s*,\s*|\s+và\s+|\s*)")
_FIRST_GAP = re.compile(r"\s*(?:(?:là|đạt|tăng|giảm|ở mức)\s+)?")
_LIST_ITEM = re.compile(r",\s+(?:và\s+)?(?:tỉnh\s+|TP\.?\s*|thành phố\s+)?")
# A figure's own province: the one its clause (from the last comma or semicolon, at most
# ``COUNTRY_REACH`` back) names last before it, as national reports list them ("như
# Thái Nguyên tăng 13,6%"); not one it is compared with or sent to ("sau Bình Dương").
_NOT_ITS_OWN = re.compile(r"(?:sau|so với|hơn|sang|với|bằng|vượt)\s+(?:tỉnh\s+|TP\.?\s*)?$")
# A figure whose clause is about the country, naming no local authority, is the
# country's even in a province's article: "đối tác đầu tư lớn nhất tại Việt Nam (… 11,2
# tỷ USD)", growth named "GDP" (a province's is "GRDP"); not a rank ("thứ 3 cả nước").
COUNTRY_REACH = 200  # how far before its phrase a figure's clause is read: linear time
# The national statistics and investment offices report the country's figures, and so
# does a report "compiled from the localities'" ("tổng hợp báo cáo của các địa phương").
_NATIONAL_OFFICES = (
    r"(?i:Tổng cục Thống kê)|Cục Đầu tư nước ngoài|Bộ Kế hoạch và Đầu tư"
    r"|Bộ (?:NN|Nông nghiệp)|Bộ Công Thương|Tổng cục (?:Du lịch|Hải quan)"
)
_COUNTRY_WORDS = re.compile(
    rf"Việt Nam|(?<![\w.-])VN(?![\w-])|[Cc]ả nước|[Tt]oàn quốc|{_NATIONAL_OFFICES}"
    r"|\bmiền (?:Nam|Bắc|Trung)\b"  # a region's ("hệ thống điện miền Nam … 9.400 MW")
    r"|tổng hợp (?:báo cáo )?(?:của|từ) các địa phương"
)
# … and what makes the country the subject of the sentences after it (``_about_the_country``).
_COUNTRY_SUBJECT = re.compile(
    r"(?:[Cc]ả nước|[Tt]oàn quốc|Việt Nam)\s+(?:có|đã|đang|sẽ|đạt|được|xuất|nhập|thu hút|tăng"
    rf"|giảm|đón|tiếp tục)\b|{_NATIONAL_OFFICES}"
)
# Provinces counted are the country's ("rót vốn vào 37 tỉnh, thành phố").
_PROVINCES_COUNTED = re.compile(r"\b\d+\s+tỉnh(?:\s*,?\s*thành(?:\s+phố)?)?(?!\w)")
_GDP = re.compile(r"\bGDP\b")
# "tại TP Hồ Chí Minh, …": a clause led in by its place.
_LEAD_IN = re.compile(r"(?<!\w)(?:[Tt]ại|[Ởở])\s+(?:(?:TP|Tp)\.?\s*|[Tt]ỉnh\s+|[Tt]hành phố\s+)?$")
LEAD_IN_REACH = 40
_COMPANY_WORDS = re.compile(
    r"năm tài chính|\b(?:[Cc]ông ty|[Tt]ập đoàn|[Tt]ổng [Cc]ông ty|[Hh]ãng)\b"
    r"|\b(?:doanh nghiệp|đơn vị|công ty) này\b"  # one firm told of before: "doanh nghiệp này"
    # … or by its staff: "đơn vị phấn đấu đạt kim ngạch xuất khẩu hơn 23 triệu USD"
    r"|(?<!\w)(?<!các )(?<!những )(?<!nhiều )(?<!mỗi )đơn vị (?:đã |sẽ |đang |cũng )?"
    r"(?:phấn đấu|đạt|xuất khẩu|thu về|ghi nhận)\b"
)
# A project's funds or one ship's guests, wherever they are: "Bộ KH&ĐT trình bố trí kế
# hoạch vốn đầu tư phát triển năm 2015 (cho UBND tỉnh Ninh Bình) cho dự án này thêm 10
# tỷ đồng", "du thuyền … đã đến cảng Phú Mỹ (Bà Rịa - Vũng Tàu) với 3.560 du khách".
_PROJECT_WORDS = re.compile(
    r"\b(?:dự án|DA) này\b|\bcho (?:các )?dự án\b|\b(?:[Dd]u thuyền|[Cc]huyến (?:tàu|bay))\b"
)
# … and one plant or airport ("dự án nhà máy điện Mặt Trời … có công suất 100 MW", "sân
# bay Chu Lai (Quảng Nam) … thu về 3,57 tỉ đồng"), wherever it stands; not "các nhà máy".
_FACILITY = re.compile(
    r"(?<!\w)(?<![Cc]ác )(?<![Nn]hững )(?<![Nn]hiều )(?:[Nn]hà máy|[Ss]ân bay|[Cc]ảng hàng không)\b"
)
# … and one project the clause opens with, its funds told after it: "Dự án đầu tư phát
# triển chăn nuôi lợn … tại Vĩnh Phúc với số vốn đăng ký 200 triệu USD" (a count of
# projects puts its number first: "12 dự án với tổng vốn …").
_ONE_PROJECT = re.compile(
    r"\W*(?:Dự án|DA)\b(?! (?:FDI|đầu tư nước ngoài|cấp mới|mới)\b)[^;]*?"
    r"\bvới (?:tổng )?(?:số )?(?:mức )?vốn\b"
)
# A figure whose clause names a part of the province last before it is that part's: a
# district, town or commune ("Tổng thu ngân sách của huyện trong năm đạt 609 tỷ đồng",
# "TP Hội An đón hơn 146.375 lượt du khách"), a village or a resort; not "các huyện".
# Visitors from abroad only: "khách quốc tế", "du khách nước ngoài" (not "nội địa và quốc tế").
_FROM_ABROAD = re.compile(
    r"khách(?: du lịch)? (?:quốc tế|nước ngoài)(?! và)|khách (?:du lịch )?ngoại quốc"
)
# … and from home only, right after the figure: "25 triệu lượt khách nội địa".
FROM_HOME = "khách nội địa"
_FROM_HOME = re.compile(
    r"\s*(?:lượt\s+)?(?:du )?khách(?: du lịch)? (?:nội địa|trong nước)"
    r"(?! và (?:khách )?(?:quốc tế|nước ngoài))"
)
# Industrial and economic zones: a part of the province's investment, trade or output.
_ZONES = re.compile(r"(?<!\w)(?:khu|cụm) (?:công nghiệp|kinh tế|chế xuất)|\b(?:KCN|KKT|KCX|CCN)\b")
_PART_WORDS = re.compile(
    r"(?<!\w)(?<!các )(?<!những )(?<!mỗi )(?<!nhiều )"
    r"(?:huyện|quận|thị xã|thị trấn|xã(?! hội)|phường|(?<!nông )thôn|phố cổ"
    r"|khu (?:du lịch|di tích|danh thắng)|điểm (?:du lịch|di tích)|đường hoa)(?!\w)",
    re.IGNORECASE,
)
# A clause breaking down the figure before it, in its sentence or the one before: "…;
# trong đó có …", "Trong đó có …".
_BREAKDOWN = re.compile(r"\s*(?:Trong đó|Trong số (?:này|đó))\b", re.IGNORECASE)
# … or says its visitors come to one, or to a town named bare: "35.000 lượt khách đến với
# khu du lịch Tam Đảo", "75.000 du khách đến Hạ Long".
_BOUND_FOR = re.compile(r"(?<!liên quan )\b(?:đến|tới) (?:với |tham quan |thăm )?")
# … or to a place named with capitals that is no province, no town we know and not the
# country: a site ("lượng khách đến Yên Tử là 284.942 lượt", "5.000 lượt khách tới Đại
# Lải"); not a time ("đến Tết"), the capital ("đến Thủ đô") nor a topic ("liên quan đến").
_SITE = re.compile(_BOUND_FOR.pattern + r"([^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?)")
_NO_SITE = re.compile(
    r"(?:Việt Nam|VN|Tết|Thủ đô|Thành phố|TP|Quý|Tháng|Ngày|Năm|Khu|Hà Nội|Sài Gòn)\b"
)
_WHOLE_WORDS = re.compile(r"(?<!\w)(?:tỉnh|thành phố|TP)(?!\w)", re.IGNORECASE)
GDP_LOCAL_REACH = 30  # how near "GDP" a local word makes it the province's
_RANK = re.compile(r"(?:nhất|thứ \S+|top \S+|dẫn đầu|đầu)\s+(?:cả nước|toàn quốc)", re.I)
_LOCAL_WORDS = re.compile(r"GRDP|[Tt]ỉnh|[Tt]hành phố|\bTP\b|địa bàn|(?<!các )địa phương|huyện")
# A figure for the whole country, next to the province's own, is context, not the
# report: "cả nước xuất khẩu …", "kim ngạch xuất khẩu của cả nước …" (not "… nhất cả nước").
_NATIONAL = re.compile(r"(?<!nhất )(?:cả nước|toàn quốc)")
_NATIONAL_OF = re.compile(r"\s*(?:của )?(?:cả nước|toàn quốc)")


def _years(text: str, horizons: bool = True) -> list[tuple[int, int]]:
    """(end, year) of the years named (``_YEAR``) that are neither comparison bases,
    starts of a time up to now ("cao nhất trong 9 năm, kể từ tháng 3/2008": no later
    figure is 2008's) nor background (a law's: "Luật Biển năm 1982"), and of a Tết named
    by its year ("Tết Nguyên đán Đinh Dậu": 2017), in order; with ``horizons`` false, not
    a target's horizon either ("dự báo đến năm 2030")."""
    named = [
        (m.end(), int(m.group(1)))
        for m in _YEAR.finditer(text)
        if not _COMPARE.search(text[max(0, m.start() - 30) : m.start()])
        and not _SINCE.search(text, max(0, m.start() - 12), m.start())
        and not background_before(text, m.start())
        and (horizons or not _is_horizon(text, m))
    ]
    return sorted(named + new_years_in(text))


def _is_horizon(text: str, year: re.Match[str]) -> bool:
    return year.group(0).startswith(("đến", "tới")) or bool(
        _HORIZON_BEFORE.search(text, max(0, year.start() - 10), year.start())
    )


def _target_end(sent: str) -> float:
    """Where the first target words of a sentence end (infinity without any), ignoring
    plan ratios ("đạt 100% kế hoạch năm") and plans met ("vượt kế hoạch đề ra", "chỉ
    tiêu kinh tế vượt kế hoạch"): a figure after it is a target. Found once per
    sentence, so a sentence of thousands of figures costs linear time."""
    return next(
        (
            m.end()
            for m in _TARGET.finditer(sent)
            if "%" not in sent[max(0, m.start() - 12) : m.start()]
            and not _before(_MET_PLAN, sent, m.start())
            and not _MET_AFTER.match(sent, m.end())
        ),
        math.inf,
    )


def _figures(
    ind: str, sent: str, lo: int, hi: int
) -> tuple[float | None, str | None, float | None, int] | None:
    """(value, unit, change_pct, offset of first figure) for the segment sent[lo:hi], or None.

    An amount counts when it starts inside the segment (its unit may run past the next
    phrase: "đạt 1.490.300 lượt khách"). Of several changes the year-on-year one wins.
    Without an amount the value is the stated percentage ("đạt 53,17% dự toán"), else the
    change itself ("xuất khẩu tăng 7%" = 7 %).
    """
    seg = sent[lo:hi]
    changes = list(_CHANGE.finditer(seg))
    change_ends = {c.end() for c in changes}
    value = unit = None
    first = len(seg)
    level_pct: tuple[float | None, int] | None = None
    for m in AMOUNT_RE.finditer(sent, lo):
        if m.start() >= hi:
            break
        v, u = parse_amount(m)
        at = m.start() - lo
        if u == "%":
            share = _SHARE_BEFORE.search(sent, max(0, m.start() - 30), m.start())
            based = _BASE_AFTER.match(sent, m.end()) and not _GROWTH_OF.search(
                sent, max(0, m.start() - 30), m.start()
            )
            if ind in _RATES and (share or based):
                continue  # a share of a base is no rate ("vốn đầu tư … 34% GDP" is investment's)
            of_plan = "kế hoạch" in sent[m.end() : m.end() + 14]
            disbursed = _disbursed(ind, sent[max(0, lo - 40) : hi])
            if at + len(m.group(0)) in change_ends or (of_plan and not disbursed):
                continue
            if ind not in _RATES:
                level = "%" in _UNITS.get(ind, {"%"}) and ind not in _MONEY_ONLY
                before = (sent, max(0, m.start() - 25), m.start())
                inflation = ind == "cpi" and _INFLATION_LEVEL.search(*before)
                # investment's share of GDP is its level ("bằng khoảng 34-35% GDP")
                of_gdp = ind == "investment" and _BASE_AFTER.match(sent, m.end())
                if level and (_LEVEL_PCT.search(*before) or inflation or of_gdp):
                    level_pct = level_pct or (v, at)
                continue
        elif (
            ind in _RATES
            or u not in _UNITS.get(ind, {u})
            or _too_small(ind, u, v)
            or (u == "lượt" and (v or 0) < LEAST_VISITS)
            or _before(_PRICE, sent, m.start())
            or _PER_GOODS.match(sent, m.end())
        ):
            continue
        value, unit, first = v, u, at
        break
    pct = None
    if changes:
        change = next((c for c in changes if _YOY.match(seg, c.end())), changes[0])
        pct = parse_number(change.group(2))
        pct = -pct if pct is not None and change.group(1).lower() == "giảm" else pct
        first = min(first, change.start())
    if value is None and level_pct is not None and level_pct[0] is not None:
        value, unit = level_pct[0], "%"
        first = min(first, level_pct[1])
    elif value is None and pct is not None:
        if ind in _TRADE and _GOODS.search(seg, 0, change.start()):
            return None  # "xuất khẩu được 122.000 tấn cà phê, giảm 9,4%": the volume's change
        value, unit = pct, "%"
        if ind == "grdp_growth":
            pct = None
    if value is None and pct is None:
        return None
    return value, unit, pct, first


def _too_small(ind: str, unit: str, value: float | None) -> bool:
    """A household's or a device's power ("pin 22kWh"), a family's or a shop's outlay
    ("đầu tư 400 triệu đồng từ tiền tiết kiệm"), a firm's shipment: no figure of an
    economy."""
    if unit == "kWh":
        return (value or 0) < LEAST_KWH
    small = _SMALL_MONEY if ind == "investment" else _SMALL_TRADE if ind in _TRADE else {}
    return unit in small and (value or 0) < small[unit]


def _disbursed(ind: str, segment: str) -> bool:
    """Public investment disbursed, reported as a share of its plan ("giải ngân … đạt 55%
    kế hoạch"): that share is the figure."""
    return ind == "investment" and "giải ngân" in segment.lower()


def _before(pattern: re.Pattern[str], text: str, at: int) -> bool:
    """Whether ``pattern`` (anchored at its end) matches the words just before ``at``:
    looked for in the last ``BEFORE_REACH`` characters, not the whole sentence, so a
    sentence of thousands of phrases costs linear time."""
    return pattern.search(text, max(0, at - BEFORE_REACH), at) is not None


def _labels(lower: str, sent: str) -> list[tuple[str, int, int, int]]:
    """(indicator, start, end, context start) of the indicator phrases of a sentence.

    A visitor count written figure-first ("đón 700.000 lượt khách", "75.000 du khách") is a
    tourism phrase of its own, starting at the figure; its context runs back to the clause
    start (for "ước" and the record text), and "lượt khách" inside it opens nothing more.
    """
    visits = [
        m
        for m in AMOUNT_RE.finditer(sent)
        if (visitors := _VISITS.match(lower, m.end("unit")))
        and not _IN_A_STORY.match(lower, visitors.end())
        and not _before(_DATE_WORD, lower, m.start())
        and not _before(_CARRIER_BEFORE, lower, m.start())
        and not _before(_CAPACITY_BEFORE, lower, m.start())
        and not _CARRIED.match(lower, m.end())
    ]
    starts = [m.start() for m in visits]
    labels = [
        (m.lastgroup, m.start(), m.end(), m.start())
        for m in _LABEL_RE.finditer(lower)
        if not _inside_visits(visits, starts, m.start())
        and not (
            (m.lastgroup in _BASES and _before(_SHARE_OF, lower, m.start()))
            or (m.lastgroup == "grdp_growth" and _SECTOR_AFTER.match(lower, m.end()))
        )
        and not (m.group() in _GUESTS and _CARRIED.match(lower, m.end()))
        and not (
            m.lastgroup == "fdi"
            and (_before(_FDI_SECTOR, lower, m.start()) or _before(_DOMESTIC, lower, m.start()))
        )
    ]
    for m in visits:
        labels.append(("tourism", m.start(), m.start(), _clause_start(sent, m.start(), ",;")))
    labels += _adjusted(lower, labels)
    return sorted(labels, key=lambda x: x[1])


# A project's cost told again as adjusted: "tổng vốn đầu tư ban đầu hơn 140 tỉ đồng, sau đó
# được điều chỉnh lên gần 200 tỉ đồng", "… 1.658 tỷ, sau điều chỉnh xuống còn 993 tỷ".
_ADJUSTED = re.compile(r"điều chỉnh(?: tăng| giảm)? (?:lên|xuống)(?: còn)?|sau điều chỉnh(?: còn)?")


def _adjusted(lower: str, labels: list[tuple[str, int, int, int]]) -> list[tuple]:
    """An investment phrase for each adjustment after an investment phrase of the sentence:
    the adjusted cost is a figure of its own, not the first one's tail.

    >>> s = "tổng vốn đầu tư hơn 140 tỉ đồng, sau đó được điều chỉnh lên gần 200 tỉ đồng"
    >>> [(ind, s[a:b]) for ind, a, b, _ in _adjusted(s, [("investment", 5, 15, 5)])]
    [('investment', 'điều chỉnh lên')]
    """
    firsts = [start for ind, start, _, _ in labels if ind == "investment"]
    return [
        ("investment", m.start(), m.end(), m.start())
        for m in _ADJUSTED.finditer(lower, min(firsts, default=len(lower)))
    ]


# Guests a carrier moves are passengers, not visitors: "lượng khách mà VNR chuyên chở",
# "lượt khách qua sân bay", "37.000 du khách … đến cập cảng" (a cruise port's count); a
# shop's are customers: "36,8 triệu lượt khách đã đến trung tâm thương mại".
_GUESTS = frozenset(["lượt khách", "lượng khách"])
_CARRIER = (
    r"(?:chuyên chở|vận chuyển|đi tàu|qua (?:cảng|ga|bến)|sân bay|đường sắt|hàng không"
    r"|cập cảng|tàu du lịch|chuyến tàu|trung tâm thương mại|siêu thị|cửa hàng)"
)
_CARRIED = re.compile(rf"[^.;,]{{0,30}}?{_CARRIER}")
_CARRIER_BEFORE = re.compile(rf"{_CARRIER}[^.;]{{0,60}}$")
# A capacity counts no visitors: "công suất 25 triệu khách/năm", "đáp ứng được nhu cầu phục
# vụ 40 - 50 triệu lượt khách/năm" (an airport's, a port's, whatever its name).
_CAPACITY_BEFORE = re.compile(r"(?:công suất|đáp ứng|thiết kế|khả năng tiếp nhận)[^.;\d]{0,30}$")


def _inside_visits(visits: list[re.Match[str]], starts: list[int], at: int) -> bool:
    """Whether ``at`` falls in a visitor count or the 10 characters after it ("lượt
    khách"); ``starts`` (the counts' starts, in order) finds the one count to check."""
    before = bisect.bisect_right(starts, at) - 1
    return before >= 0 and at < visits[before].end() + 10


def _paragraph_values(para: str, pub_year: int | None, now: int, dated: bool) -> list[dict]:
    """Indicator values of one paragraph; a target list opened with ':' stays a target,
    and so does a figure of a year after ``now`` (the year the article was written, or
    today for an article not ``dated``: then a series of years reaching past today, "năm
    2020 đạt 1,25 tỷ USD; năm 2025 là 2,6 tỷ USD và năm 2030 là 5,2 tỷ USD", is a plan
    all through)."""
    out: list[dict] = []
    lower = para.lower()
    if len(lower) != len(para) or not any(k in lower for k in _KEYWORDS):
        return out
    target_list = False
    para_years = _years(para)
    para_dates = _years(para, horizons=False)  # what an actual figure may take its year from
    para_periods = periods_in(para)
    bounds = sentences(para)
    plans = [  # the sentences opening with a plan's year
        (a, opening.end())
        for a, b in bounds
        if (opening := _PLAN_YEAR_OPENING.match(para, a, b)) and _PLAN_WORDS.search(para, a, b)
    ]
    told_of: dict[str, str] = {}  # indicator -> the province an earlier sentence named for it
    figures: dict[str, dict] = {}  # indicator -> the last figure of the sentence before
    national = False  # whether the sentences before are about the country
    in_part = False  # whether the figure before was a district's or a town's
    plan_ahead: int | None = None  # the year of the plan the sentence before told
    for a, b in bounds:
        sent = para[a:b]
        carried, national = national, _about_the_country(sent, national)
        plan, plan_ahead = plan_ahead, None
        named_here: dict[str, str] = {}
        before, figures = figures, {}
        if not (_DIGIT.search(sent) and any(k in lower[a:b] for k in _KEYWORDS)):
            continue
        labels = _labels(lower[a:b], sent)
        target_at = 0 if target_list else _target_end(lower[a:b])
        seen: set[tuple] = set()
        fdi_open = False  # an FDI phrase of the sentence still waits for its amount
        goes_on = plan is not None and _goes_on_with_a_plan(sent)
        told: list[dict] = []  # the sentence's figures
        for i, (ind, start, stop, ctx) in enumerate(labels):
            if ind == "investment" and fdi_open:
                ind = "fdi"  # "Thu hút FDI được tám dự án, tổng vốn đầu tư 31,8 triệu USD"
            if ind == "grdp_growth" and _SHARE_OF_PRODUCT.search(
                lower, max(a, a + start - SHARE_REACH), a + start
            ):
                continue  # "chiếm hơn 80% Tổng sản phẩm quốc nội (GDP) …": a share's base
            nxt = labels[i + 1][1] if i + 1 < len(labels) else len(sent)
            seg = sent[stop:nxt]
            cut = _CUT.search(seg)
            seg = seg[: cut.start()] if cut else seg
            if ind in _TRADE and (
                (_PRODUCT.match(lower, a + stop) and not _PRODUCT_GROUP.match(lower, a + stop))
                or _before(_TAX, lower, a + start)
                or _before(_PRODUCT_BEFORE, lower, a + start)
            ):
                continue
            found = _figures(ind, sent, stop, stop + len(seg))
            fdi_open = ind == "fdi" and (found is None or found[1] == "%")
            if found is None or (ind, found[0], found[1]) in seen:
                continue
            value, unit, pct, first = found
            if (
                ind == "tourism"
                and _is_money(unit)
                and "thu" not in lower[a + max(0, start - REVENUE_REACH) : a + stop]
            ):
                continue  # "du khách … bị mất gần 700 triệu đồng": a visitor's money, no revenue
            seen.add((ind, value, unit))
            fig = stop + first
            if (
                (ind in _RATES and _supposed(sent, fig))
                or _before(_AN_EFFECT, lower, a + start)
                or _forecast_by_others(sent, fig)
                or _not_the_measure(ind, sent, stop, fig)
                or (target_at > fig and _a_threshold(sent, fig))
            ):
                continue
            product = (
                _product(lower, sent, a, start, stop) or _product_after_amount(lower, sent, a, fig)
                if ind in _TRADE
                else None
            )
            if ind == "tourism" and _of_visitors_from_home(sent, fig):
                product = FROM_HOME  # the home market's visitors, as one market's trade
            part = ind == "budget_domestic"
            rec = _record(
                "budget_revenue" if part else ind, value, unit, pct, sent[ctx : stop + len(seg)]
            )
            rec["part"] = part
            rec["product"] = product
            rec["national"] = bool(
                _NATIONAL.search(lower, a + max(0, start - 30), a + start)
                or _NATIONAL_OF.match(lower, a + stop)
            )
            clause = sent[_clause_start(sent, start) : stop + len(seg)]  # "…; phấn đấu …"
            rec["country"] = _of_the_country(clause, ind) or (
                carried and not _names_a_place(sent[: stop + len(seg)])
            )
            rec["abroad"] = _abroad(
                sent[_clause_start(sent, min(start, fig)) : stop + len(seg)], ind
            )
            rec["economy"] = None if ind == "fdi" else _foreign_economy(sent, min(start, fig), fig)
            rec["company"] = _of_a_company(clause) or (
                ind in _TRADE and _before(_SALES, lower, a + start)
            )
            subject = sent[_clause_start(sent, min(start, fig)) : fig]
            rec["sub_province"] = (
                _of_a_part(subject)
                or _bound_for_a_part(sent, fig)
                or (in_part and not _names_the_whole(sent[:fig]))
            )
            in_part = rec["sub_province"] and not _ZONES.search(subject)
            rec["international"] = ind == "tourism" and _of_visitors_from_abroad(sent, start, fig)
            rec["province"] = _named_province(sent, fig) or _told_of(told_of.get(ind), clause, rec)
            if rec["province"]:
                named_here[ind] = rec["province"]
            rec["kind"] = _kind(sent, ctx, fig, target_at)
            if rec["kind"] == "actual" and _goes_on_from_an_estimate(sent, start, stop, fig):
                rec["kind"] = "estimate"
            rec["period"] = _per_time(sent, fig) or _last_before(para_periods, a + fig)
            earlier = para_years if rec["kind"] == "target" else para_dates
            rec["year"], named = _year(
                earlier, a + start, sent[start : fig + 1], sent[fig : fig + BASE_REACH], pub_year
            )
            if rec["kind"] == "actual" and _year_of_a_plan(named, a, plans):
                rec["kind"] = "target"
            if rec["kind"] == "actual" and goes_on:
                rec["kind"], rec["year"] = "target", plan
            if rec["year"] and rec["year"] > now:
                rec["kind"] = "target"  # "kim ngạch xuất khẩu năm 2020 đạt …" written in 2017
            if _opens_breakdown(sent, min(start, fig)):
                whole = _WHOLE_OF.get(ind, ind)
                _part_of(rec, figures.get(ind) or figures.get(whole) or before.get(ind))
            figures[ind] = rec
            told.append(rec)
            out.append(rec)
            out += _moved_to(rec, sent, stop, stop + len(seg), seen)
            out += _other_currency(rec, sent, stop, nxt, seen)
            out += _base_after(rec, sent, fig, seen)
            out += _target_after(rec, sent, (fig, nxt), seen, now if dated else None)
            series = _years_listed(rec, sent, stop, nxt, seen, now)
            if not dated and any(m["year"] > now for m in series):
                for m in (rec, *series):
                    m["kind"] = "target"
            out += series
            out += _others_listed(rec, ind, sent, fig, (stop + len(seg), nxt), seen)
        target_list = target_list or _opens_target_list(sent, target_at)
        told_of |= named_here
        if told and all(rec["kind"] == "target" for rec in told):
            plan_ahead = told[-1]["year"]
    return out


# What a sentence tells of the present or the past: "đã", "hiện nay", "đến nay", "vừa qua".
_NOT_AHEAD = re.compile(r"\b(?:đã|hiện|nay|vừa|qua|từng)\b", re.IGNORECASE)


def _goes_on_with_a_plan(sentence: str) -> bool:
    """Whether a sentence right after one telling a plan goes on with it: it names no
    time of its own and nothing done ("Đắk Lắk phấn đấu đến năm 2020 đón hơn 4,3 triệu
    lượt khách. Doanh thu từ du lịch đạt 4.300 tỷ đồng.").

    >>> _goes_on_with_a_plan("Doanh thu từ du lịch đạt 4.300 tỷ đồng.")
    True
    >>> _goes_on_with_a_plan("Năm 2016, doanh thu du lịch đạt 3.000 tỷ đồng.")
    False
    >>> _goes_on_with_a_plan("Hiện doanh thu du lịch đạt 3.000 tỷ đồng.")
    False
    """
    return not (_years(sentence) or periods_in(sentence) or _NOT_AHEAD.search(sentence))


# An indicator a breakdown of whose figure may be another's: "thu hút 140 dự án, tổng
# vốn đầu tư 64.300 tỷ đồng; trong đó, có 35 dự án FDI với vốn 1.740 triệu USD".
_WHOLE_OF = {"fdi": "investment"}


def _opens_breakdown(sent: str, at: int) -> bool:
    """Whether the clause of a figure at ``at`` opens with "trong đó" (``_BREAKDOWN``),
    after a comma or a semicolon ("…; trong đó, có 35 dự án FDI …").

    >>> _opens_breakdown("đạt 6.000 tỷ; trong đó, có 35 dự án FDI", 30)
    True
    """
    return any(_BREAKDOWN.match(sent, _clause_start(sent, at, stops), at) for stops in (",;", ";"))


# An estimate's words, and what may stand between a list item's phrase and its figure.
_ESTIMATE = re.compile(r"\bước\b", re.IGNORECASE)
_ESTIMATE_OPENING = re.compile(r"\W*ước\b", re.IGNORECASE)
_NO_VERB = re.compile(r"[\s:]*(?:(?:khoảng|gần|hơn|trên|có)\s+)?")


def _goes_on_from_an_estimate(sent: str, start: int, stop: int, fig: int) -> bool:
    """Whether a figure's clause goes on from an estimate in the clause before it, in
    its sentence: a breakdown of it ("… ước đạt 1.106 nghìn tỷ đồng; trong đó, tổng mức
    bán lẻ đạt gần 259 nghìn tỷ đồng") or a list item naming no verb ("kim ngạch ước đạt
    5,8 triệu USD, tăng 12,1%; khách du lịch 11,85 triệu lượt").

    >>> def item(sent):
    ...     at = sent.index("khách")
    ...     return _goes_on_from_an_estimate(sent, at, at + 13, sent.index("11,85"))
    >>> item("kim ngạch ước đạt 5,8 triệu USD; khách du lịch 11,85 triệu lượt")
    True
    >>> item("kim ngạch ước đạt 5,8 triệu USD; khách du lịch đạt 11,85 triệu lượt")
    False
    """
    clause = _clause_start(sent, min(start, fig))
    if clause == 0 or not _ESTIMATE.search(sent, _clause_start(sent, clause - 1), clause):
        return False
    verbless = stop <= fig and _NO_VERB.fullmatch(sent, stop, fig) is not None
    return verbless or _opens_breakdown(sent, min(start, fig))


def _part_of(rec: dict, whole: dict | None) -> None:
    """A figure breaking down the one before it ("thành phố Hội An đón khoảng 146.375
    lượt khách; trong đó có 8.420 lượt khách mua vé", or in a sentence of its own) is of
    the same place and, naming none of its own, of the same period."""
    if whole is None:
        return
    for flag in ("country", "company", "sub_province"):
        rec[flag] = rec[flag] or whole[flag]
    rec["period"] = rec["period"] or whole["period"]


def _told_of(province: str | None, clause: str, rec: dict) -> str | None:
    """The province an earlier sentence of the paragraph gave the indicator, for a
    figure whose own clause names none and no local body ("… đến Hà Giang chỉ đạt 300
    nghìn lượt. Sau 10 năm, lượng du khách đã tăng lên 2 triệu lượt": Hà Giang's in an
    article about another province); not the country's or a company's, nor one "của
    tỉnh" (the article's own), nor one whose clause names a province, even one not its
    own.

    >>> _told_of("Hà Giang", "lượng du khách đã tăng lên 2 triệu lượt", {})
    'Hà Giang'
    >>> _told_of("Bình Dương", "kim ngạch xuất khẩu của tỉnh đạt 3 tỷ USD", {}) is None
    True
    >>> _told_of("Bình Dương", "TPHCM, theo sau Bình Dương, đạt 201 triệu USD", {}) is None
    True
    """
    if province is None or rec.get("country") or rec.get("company"):
        return None
    if _names_a_place(clause):
        return None  # the clause's own places ("TPHCM, theo sau Bình Dương, …") decide
    return province


# An economy the figure is told of: "lạm phát của Mỹ", "GDP của khu vực APEC", "GDP của
# các thành phố … ở Trung Quốc", "Cục phân tích kinh tế Mỹ cho biết, …"; "quốc gia này",
# "nước này" (this country) is how the news refers back to a foreign one, ours being "nước
# ta" ("GDP của quốc gia này được dự kiến sẽ đạt 2,3%").
# … or a region's: "tăng trưởng kinh tế ở châu Á", "kinh tế thế giới".
_REGIONS = r"[Cc]hâu (?:Á|Âu|Phi|Mỹ)|Đông Nam Á|ASEAN|EU|[Ee]urozone|khu vực đồng [Ee]uro|thế giới"
_FOREIGN_ECONOMY = re.compile(
    rf"(?<!\w)(?:của|ở|tại|kinh tế)\s+(?:khu vực\s+)?"
    rf"(?P<economy>{COUNTRY_ALTERNATION}|APEC|quốc gia này|nước này|{_REGIONS})(?!\w)"
)
_REFERRED_BACK = frozenset(["quốc gia này", "nước này"])


def _foreign_economy(sent: str, start: int, fig: int) -> str | None:
    """The foreign economy a figure's clause tells of, naming neither Việt Nam nor a
    place of ours: its figure is no indicator of an article about something else
    (``extract_indicators``). FDI is any country's capital, so it is not asked.

    >>> _foreign_economy("GDP của Ấn Độ sẽ giảm khoảng 1,5% trong quý này", 0, 30)
    'Ấn Độ'
    >>> _foreign_economy("xuất khẩu của Việt Nam sang Mỹ đạt 40 tỷ USD", 0, 35) is None
    True
    >>> _foreign_economy("tăng trưởng kinh tế ở châu Á được dự báo sẽ đạt 5,5%", 0, 48)
    'châu Á'
    """
    clause = sent[_clause_start(sent, start) : fig]
    # the nearest: "tăng trưởng của EU … trong khi … kinh tế của Anh … 0,2%" is Anh's
    economies = [m["economy"] for m in _FOREIGN_ECONOMY.finditer(clause)]
    return economies[-1] if economies and not _names_ours(clause) else None


def _names_ours(clause: str) -> bool:
    """Whether a clause names Việt Nam or a place of ours (a local unit, a province)."""
    return "Việt Nam" in clause or _names_a_place(clause)


_IN_A_COUNTRY = (
    r"\s+(?:(?:các\s+)?(?:doanh nghiệp|công ty|thị trường)\s+)?"
    rf"(?:{COUNTRY_ALTERNATION})(?!\w)"
)
_ABROAD = re.compile(rf"(?<!\w)(?:vào|tại|ở|của|sang){_IN_A_COUNTRY}")
# Foreign capital's own country is its source ("FDI của Nhật Bản"), only where it goes
# places it abroad ("FDI của Nhật Bản đổ vào Malaysia").
_FDI_ABROAD = re.compile(rf"(?<!\w)(?:vào|tại|ở){_IN_A_COUNTRY}")
_PLACED_ABROAD = {"investment": _ABROAD, "fdi": _FDI_ABROAD}


def _abroad(clause: str, indicator: str) -> bool:
    """Whether a figure's clause places it in a foreign country or its firms ("đầu tư hơn
    5 tỷ USD vào Ấn Độ", "dự án hạ tầng ở Qatar trị giá 8 tỷ USD", "đầu tư 4,6 tỉ USD vào
    các doanh nghiệp Mỹ", "đầu tư nước ngoài lớn nhất vào Úc") and names no place of
    ours; only investment and FDI are placed so."""
    where = _PLACED_ABROAD.get(indicator)
    return where is not None and where.search(clause) is not None and not _names_ours(clause)


def _of_the_country(sentence: str, indicator: str) -> bool:
    """Whether the figure's clause (its sentence up to it, from the last semicolon, at
    most ``COUNTRY_REACH`` before its phrase) is about the country, naming no local
    authority.

    >>> _of_the_country("Trung Quốc là đối tác đầu tư lớn nhất tại Việt Nam", "fdi")
    True
    >>> _of_the_country("GDP quý I chỉ đạt 5,1%", "grdp_growth")
    True
    >>> _of_the_country("Xuất khẩu của tỉnh đứng thứ 3 cả nước", "exports")
    False
    >>> _of_the_country("Theo Cục Đầu tư nước ngoài, vốn đăng ký đạt 19 tỷ USD", "fdi")
    True
    >>> _of_the_country("tổng hợp báo cáo của các địa phương, các KCN thu hút 7,3 tỷ USD", "fdi")
    True
    >>> _of_the_country("Cục Đầu tư nước ngoài cho biết tỉnh thu hút 3 dự án", "fdi")
    False
    >>> _of_the_country("nhà đầu tư nước ngoài đã rót vốn vào 37 tỉnh thành phố", "fdi")
    True

    A clause naming "GDP" (growth, or a figure "bằng 33% GDP") is the country's unless a
    local authority or a province stands next to it ("GDP của tỉnh", "GDP Đà Nẵng"),
    wherever else its clause names one (a caption run into the sentence: "… quận 2, TP
    HCM Ảnh: … GDP quý I/2017 đạt thấp").

    >>> caption = "Cảng Cát Lái, TP HCM Ảnh: H.T. Thứ trưởng Đông cho biết "
    >>> _of_the_country(caption + "GDP quý I đạt 5,1%", "grdp_growth")
    True
    >>> _of_the_country("GDP của Đà Nẵng quý I đạt 8%", "grdp_growth")
    False
    >>> _of_the_country("vốn đầu tư đạt 1.485 nghìn tỷ đồng, bằng 33% GDP", "investment")
    True
    """
    gdp = _GDP.search(sentence)
    if gdp:
        near = sentence[max(0, gdp.start() - GDP_LOCAL_REACH) : gdp.end() + GDP_LOCAL_REACH]
        return not _names_a_place(near)
    unranked = _PROVINCES_COUNTED.sub("cả nước", _RANK.sub("", sentence))
    return bool(_COUNTRY_WORDS.search(unranked)) and not _LOCAL_WORDS.search(unranked)


def _about_the_country(sentence: str, before: bool) -> bool:
    """Whether a paragraph is about the country after ``sentence`` (``before``: it was
    before it): from a sentence telling what the country does or a national office
    reports, or counting provinces, naming no place ("Cả nước có 1.249 dự án …"), to one
    naming a place, so that a figure naming none in between is the country's ("Có 5.970
    doanh nghiệp … với tổng vốn đầu tư là 4,51 tỷ USD"); the country named only as a
    measure ("các trung tâm du lịch lớn của cả nước") leaves a province's report its own.

    >>> _about_the_country("Cả nước có 2.613 dự án mới", False)
    True
    >>> _about_the_country("Có 5.970 doanh nghiệp góp vốn", True)
    True
    >>> _about_the_country("Riêng tỉnh Bình Dương thu hút 1 tỷ USD", True)
    False
    >>> _about_the_country("liên kết với các trung tâm du lịch lớn của cả nước", False)
    False
    >>> _about_the_country("nhà đầu tư nước ngoài đã rót vốn vào 37 tỉnh thành phố", False)
    True
    """
    counted = _PROVINCES_COUNTED.search(sentence)
    if not (before or counted or _COUNTRY_SUBJECT.search(sentence)):
        return False  # the common case, spared looking for every place name
    return not _names_a_place(_PROVINCES_COUNTED.sub("cả nước", sentence) if counted else sentence)


def _of_a_company(clause: str) -> bool:
    """Whether the figure's clause is a company's report, naming no local authority or
    province: a company, group or carrier, or a fiscal year ("… tăng 2% so với năm tài
    chính 2016 với kim ngạch xuất khẩu đạt 299 triệu USD" of Honda Việt Nam); not a
    province's utility ("Theo Công ty Điện lực Nghệ An, điện thương phẩm đạt …").

    >>> _of_a_company("Tập đoàn Hòa Phát xuất khẩu 2 triệu tấn thép, kim ngạch đạt 1 tỷ USD")
    True
    >>> _of_a_company("Các doanh nghiệp trên địa bàn tỉnh xuất khẩu đạt 1 tỷ USD")
    False
    >>> _of_a_company("Theo Công ty Điện lực Nghệ An, điện thương phẩm đạt 823 triệu kWh")
    False
    >>> _of_a_company("trong tháng 4, doanh nghiệp này ghi nhận 35.000 lượt khách")
    True
    >>> _of_a_company("dự án nhà máy điện tại tỉnh Ninh Thuận có công suất 100 MW")
    True
    >>> _of_a_company("các nhà máy điện trên địa bàn tỉnh có công suất 900 MW")
    False
    >>> _of_a_company("Trong tháng Giêng, đơn vị phấn đấu đạt kim ngạch xuất khẩu 23 triệu USD")
    True
    >>> _of_a_company("các đơn vị đạt kim ngạch xuất khẩu 23 triệu USD")
    False

    A project's funds and a ship's guests are theirs even where a province is named.

    >>> _of_a_company("vốn đầu tư phát triển tỉnh Ninh Bình cho dự án này thêm 10 tỷ đồng")
    True
    >>> _of_a_company(" Dự án chăn nuôi lợn tại Vĩnh Phúc với số vốn đăng ký 200 triệu USD")
    True
    >>> _of_a_company("Dự án FDI cấp mới 12 dự án với tổng vốn 300 triệu USD")
    False
    """
    if _PROJECT_WORDS.search(clause) or _ONE_PROJECT.match(clause) or _FACILITY.search(clause):
        return True
    return bool(_COMPANY_WORDS.search(clause)) and not _names_a_place(clause)


def _of_a_part(subject: str) -> bool:
    """Whether the text before a figure in its clause names a part of the province
    (``_PART_WORDS``, a district or town by its name: the gazetteer's ``district_re`` and
    ``town_re``, names no province has) after the province itself, or its industrial or
    economic zones (``_ZONES``) anywhere.

    >>> _of_a_part("Tổng thu ngân sách của huyện trong năm đạt ")
    True
    >>> _of_a_part("Ở huyện Lai Vung, doanh nghiệp của tỉnh xuất khẩu ")
    False
    >>> _of_a_part("các huyện đều tăng; kinh tế - xã hội của tỉnh tăng trưởng ")
    False
    >>> _of_a_part("Năm 2016, Quảng Ninh đón 8 triệu khách, riêng Hạ Long đón ")
    True
    >>> _of_a_part("tăng trưởng kinh tế của tỉnh Bà Rịa-Vũng Tàu năm 2016 đạt ")
    False
    >>> _of_a_part("đến nay, các khu công nghiệp tỉnh Thừa Thiên - Huế thu hút 35 dự án FDI với ")
    True
    """
    if _ZONES.search(subject):
        return True  # "các khu công nghiệp tỉnh … thu hút": the zones' share, whoever owns them
    places = gazetteer()
    parts = [m.span() for m in _PART_WORDS.finditer(subject)]
    parts += [m.span(1) for m in _SITE.finditer(subject) if _a_site(m.group(1))]
    parts += [m.span() for m in places.district_re.finditer(subject)]
    parts += [m.span() for m in places.town_re.finditer(subject) if not _joined(subject, *m.span())]
    if not parts:
        return False
    wholes = [
        m.end()
        for pattern in (_WHOLE_WORDS, places.province_re)
        for m in pattern.finditer(subject)
        if not any(start <= m.start() < end for start, end in parts)
    ]
    return max(end for _, end in parts) > max(wholes, default=-1)


def _a_site(name: str) -> bool:
    """Whether words after "đến" name a site: capitalised, and no province, town or
    country (``_NO_SITE``).

    >>> [_a_site(n) for n in ("Yên Tử", "Đại Lải", "Quảng Ninh", "Tết", "tham quan")]
    [True, True, False, False, False]
    """
    places = gazetteer()
    return (
        all(word[0].isupper() for word in name.split())
        and not _NO_SITE.match(name)
        and not places.province_re.match(name)
        and not places.town_re.match(name)
    )


def _of_visitors_from_abroad(sentence: str, start: int, fig: int) -> bool:
    """Whether a count of visitors is of those from abroad only, named in its phrase or
    right after its figure, within its clause ("lượng khách quốc tế đạt 5 triệu lượt",
    "5,2 triệu lượt khách quốc tế đến TPHCM"; not "đón 10 triệu lượt khách, trong đó
    khách quốc tế …").

    >>> s = "có 5,2 triệu lượt khách quốc tế đến TPHCM, trong đó khách Trung Quốc tăng"
    >>> _of_visitors_from_abroad(s, 3, 3)
    True
    >>> s = "đón 10 triệu lượt khách, trong đó khách quốc tế 3 triệu lượt"
    >>> _of_visitors_from_abroad(s, 4, 4)
    False
    """
    amount = AMOUNT_RE.match(sentence, fig)
    end = _clause_end(sentence, amount.end() if amount else fig, ",;")
    return _FROM_ABROAD.search(sentence, min(start, fig), end) is not None


def _of_visitors_from_home(sentence: str, fig: int) -> bool:
    """Whether a count of visitors is of those from home only, named right after its
    figure ("25 triệu lượt khách nội địa"; not "70.000 lượt khách chủ yếu … nội địa").

    >>> s = "đón 6 triệu lượt khách quốc tế, 25 triệu lượt khách nội địa"
    >>> _of_visitors_from_home(s, 32), _of_visitors_from_home(s, 4)
    (True, False)
    """
    amount = AMOUNT_RE.match(sentence, fig)
    return bool(amount and _FROM_HOME.match(sentence, amount.end()))


def _bound_for_a_part(sentence: str, fig: int) -> bool:
    """Whether the visitors of a figure are said to come to a part of the province, in
    its clause after it: "35.000 lượt khách đến với khu du lịch Tam Đảo - Tây Thiên".

    >>> _bound_for_a_part("đã có 35.000 lượt khách đến với khu du lịch Tam Đảo", 7)
    True
    >>> _bound_for_a_part("tỉnh đón 2 triệu lượt khách đến tham quan, huyện A đón", 9)
    False
    >>> _bound_for_a_part("đã có 75.000 du khách đến Hạ Long vào ngày nghỉ lễ", 7)
    True
    """
    clause_end = _clause_end(sentence, fig, ",;")
    bound = _BOUND_FOR.search(sentence, fig, clause_end)
    if not bound:
        return False
    town = gazetteer().town_re.match(sentence, bound.end(), clause_end)
    return bool(town) or _of_a_part(sentence[bound.start() : clause_end])


def _joined(text: str, start: int, end: int) -> bool:
    """Whether a name is joined to another by a hyphen ("Bà Rịa-Vũng Tàu"): one name."""
    return text[max(0, start - 2) : start].rstrip().endswith(("-", "–")) or text[
        end : end + 2
    ].lstrip().startswith(("-", "–"))


def _names_the_whole(text: str) -> bool:
    """Whether the text names the province as a whole: "tỉnh", "thành phố", a
    province's name; a figure after it is no longer the district's the paragraph told
    of ("Tổng giá trị sản xuất trên toàn huyện đạt …; thu nhập bình quân đầu người đạt
    33,8 triệu đồng" is the district's income)."""
    return bool(_WHOLE_WORDS.search(text) or gazetteer().province_re.search(text))


def _names_a_place(text: str) -> bool:
    """Whether the text names a local authority or unit, or a province."""
    return bool(_LOCAL_WORDS.search(text) or gazetteer().province_re.search(text))


def _clause_end(sent: str, at: int, stops: str = ";") -> int:
    """Where the clause holding ``at`` ends: at the first of ``stops`` after it, at most
    ``BASE_REACH`` on."""
    reach = min(len(sent), at + BASE_REACH)
    return min(
        (end for end in (sent.find(stop, at, reach) for stop in stops) if end >= 0), default=reach
    )


def _clause_start(sent: str, at: int, stops: str = ";") -> int:
    """Where the clause ending at ``at`` starts: after the last of ``stops`` before it, at
    most ``COUNTRY_REACH`` back (a bounded look-back keeps long records linear)."""
    reach = max(0, at - COUNTRY_REACH)
    return max(reach, *(sent.rfind(stop, reach, at) + 1 for stop in stops))


def _named_province(sentence: str, figure: int) -> str | None:
    """The province a figure's clause names last before it, if its own (``_NOT_ITS_OWN``).

    >>> _named_province("IIP của một số địa phương như Thái Nguyên tăng 13,6%", 45)
    'Thái Nguyên'
    >>> _named_province("Xuất khẩu đứng thứ hai sau Bình Dương với 9 tỷ USD", 41) is None
    True

    A clause opened by the place it tells of gives its figure that place: "tại TP Hồ
    Chí Minh, tăng trưởng quý 1-2017 đạt 7,46%" in a national report.

    >>> _named_province("Tại Hà Nội, xuất khẩu đạt 9 tỷ USD", 25)
    'Hà Nội'
    """
    clause = _clause_start(sentence, figure, ",;")
    g = gazetteer()
    named = list(g.province_re.finditer(sentence, clause, figure))
    if not named:
        return _led_in_by(sentence, clause) or _sole_named(sentence, figure)
    if _NOT_ITS_OWN.search(sentence, clause, named[-1].start()):
        return None
    return g.name_of(named[-1].group())


def _sole_named(sentence: str, figure: int) -> str | None:
    """The one province the sentence names before a figure whose clause names none, if
    its own: "… đưa du lịch Quảng Ninh thoát khỏi …, làm nên con số kỷ lục 14 triệu lượt
    khách" (read ``COUNTRY_REACH`` back: linear time).

    >>> _sole_named("Đưa du lịch Quảng Ninh lên, làm nên kỷ lục 14 triệu lượt", 43)
    'Quảng Ninh'
    >>> _sole_named("Hà Nội và Đà Nẵng hợp tác, xuất khẩu đạt 9 tỷ USD", 41) is None
    True
    """
    g = gazetteer()
    named = list(g.province_re.finditer(sentence, max(0, figure - COUNTRY_REACH), figure))
    names = {g.name_of(m.group()) for m in named}
    if len(names) != 1 or _before(_NOT_ITS_OWN, sentence, named[-1].start()):
        return None
    return names.pop()


def _led_in_by(sentence: str, clause: int) -> str | None:
    """The province of a "tại X," / "ở X," that ends right before ``clause``."""
    g = gazetteer()
    before = list(g.province_re.finditer(sentence, max(0, clause - LEAD_IN_REACH), clause))
    if not before or sentence[before[-1].end() : clause].strip(" ,"):
        return None
    at = before[-1].start()
    return g.name_of(before[-1].group()) if _LEAD_IN.search(sentence, max(0, at - 20), at) else None


def _others_listed(
    rec: dict, ind: str, sent: str, figure: int, ends: tuple[int, int], seen: set
) -> list[dict]:
    """The records of provinces' figures in a list after the figure of ``rec``: a "lần
    lượt" list up to the next indicator's phrase (``_respectively``; ``rec`` takes its
    first province when it is its first figure), else one its segment goes on with
    (``_listed_figures``)."""
    unit, changed = rec["unit"], rec["change_pct"] is not None
    respectively = _respectively(sent, figure, ends[1], unit)
    if respectively:
        first, value = respectively[0]
        if value == rec["value"] and sent.find(first, 0, figure) >= 0:
            rec["province"] = first
            respectively = respectively[1:]
        listed = [(name, v, v if changed else None) for name, v in respectively]
    else:
        found = _listed_figures(ind, sent, figure, ends[0])
        listed = [(name, v, pct) for name, (v, u, pct, _) in found if u == unit]
    return [
        {**rec, "value": v, "change_pct": pct, "province": name}
        for name, v, pct in listed
        if (ind, v, unit) not in seen
    ]


def _amount_of(rec: dict, sent: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first amount in sent[lo:hi] that is ``rec``'s figure, where what follows it
    (a movement, a second currency, a list of years) is read from."""
    return next(
        (
            m
            for m in AMOUNT_RE.finditer(sent, lo, hi)
            if parse_amount(m) == (rec["value"], rec["unit"])
        ),
        None,
    )


def _moved_to(rec: dict, sent: str, lo: int, hi: int, seen: set) -> list[dict]:
    """The record of the figure a movement from ``rec``'s ends at: "từ 1.120 USD năm 2009
    đã lên mức 1.990 USD năm 2015", "giảm từ 5,22% xuống còn 2,54%" (not a range "từ 8,4%
    đến 8,7%", whose lower bound is the value); its year named right after it.

    >>> r = {"indicator": "income_per_capita", "value": 1120.0, "unit": "USD", "year": 2009}
    >>> s = "thu nhập bình quân từ 1.120 USD năm 2009 đã lên mức 1.990 USD năm 2015."
    >>> [(m["value"], m["year"]) for m in _moved_to(r, s, 0, len(s), set())]
    [(1990.0, 2015)]
    """
    first = _amount_of(rec, sent, lo, hi)
    if first is None or not _FROM.search(sent, max(0, first.start() - 12), first.start()):
        return []
    to = _MOVED.match(sent, first.end())
    moved = to and AMOUNT_RE.match(sent, to.end())
    if not moved or parse_amount(moved)[1] != rec["unit"]:
        return []
    value = parse_amount(moved)[0]
    if (rec["indicator"], value, rec["unit"]) in seen:
        return []
    seen.add((rec["indicator"], value, rec["unit"]))
    year = _YEAR_RIGHT_AFTER.match(sent, moved.end())
    return [
        {
            **rec,
            "value": value,
            "change_pct": None,
            "year": int(year.group(1)) if year else rec["year"],
        }
    ]


# Capital told in both currencies: "tổng vốn đăng ký 311 triệu USD và 3.588 tỷ đồng", "gần
# 3.600 tỉ đồng và 311 triệu USD" (a conversion in brackets may stand between).
_AND_OTHER_CURRENCY = re.compile(rf"{_AND_SUM_AFTER}(?=\d)", re.IGNORECASE)


def _other_currency(rec: dict, sent: str, lo: int, hi: int, seen: set) -> list[dict]:
    """The record of the capital a figure of investment (or FDI) goes on with in the other
    currency: domestic capital, in đồng beside dollars or in dollars beside đồng, is
    investment either way.

    >>> r = {"indicator": "fdi", "value": 546.0, "unit": "triệu USD", "change_pct": None}
    >>> s = "với tổng vốn đăng ký là 546 triệu USD và 4.523 tỉ đồng."
    >>> [(m["indicator"], m["value"], m["unit"]) for m in _other_currency(r, s, 0, len(s), set())]
    [('investment', 4523.0, 'tỷ đồng')]
    """
    if rec["indicator"] not in ("investment", "fdi"):
        return []
    first = _amount_of(rec, sent, lo, hi)
    gap = first and _AND_OTHER_CURRENCY.match(sent, first.end())
    other = gap and AMOUNT_RE.match(sent, gap.end())
    if not other:
        return []
    value, unit = parse_amount(other)
    key = ("investment", value, unit)
    if _is_usd(rec) == unit.endswith("USD") or not _is_money(unit) or key in seen:
        return []
    if _too_small("investment", unit, value):
        return []
    seen.add(key)
    return [{**rec, "indicator": "investment", "value": value, "unit": unit, "change_pct": None}]


# A rate's target told after its actual figure in the same sentence: "GDP quý I chỉ ở mức
# 5,1%, … rất xa mục tiêu 6,7% của cả năm", "năm nay dự kiến tăng 6,7%".
_TARGET_RATE = re.compile(
    r"\b(?:mục\s+tiêu|dự\s+kiến|kế\s+hoạch|chỉ\s+tiêu|phấn\s+đấu)"
    rf"(?:\s+(?:tăng(?:\s+trưởng)?|đạt|là|ở\s+mức|khoảng)){{0,2}}\s+({NUMBER})\s*%",
    re.IGNORECASE,
)
_THIS_YEAR = re.compile(r"\bnăm\s+nay\b")


def _target_after(
    rec: dict, sent: str, span: tuple[int, int], seen: set, this_year: int | None
) -> list[dict]:
    """The record of a rate's target told after ``rec``, an actual or estimated rate, in
    ``span`` (from its figure to the next indicator's phrase); of the year named between
    them ("Năm 2016, GDP tăng 6,1% và năm nay dự kiến tăng 6,7%": ``this_year``), else
    of the figure's; a year named right after the target is its own.

    >>> r = {"indicator": "grdp_growth", "value": 5.1, "unit": "%", "kind": "actual", "year": 2017}
    >>> s = "GDP quý I đạt 5,1%, thấp hơn cùng kỳ và rất xa mục tiêu 6,7% của cả năm."
    >>> [(m["value"], m["kind"], m["year"]) for m in _target_after(r, s, (15, len(s)), set(), None)]
    [(6.7, 'target', 2017)]
    """
    if rec["indicator"] not in _RATES or rec["unit"] != "%" or rec["kind"] == "target":
        return []
    target = _TARGET_RATE.search(sent, *span)
    if not target:
        return []
    value = parse_number(target.group(1))
    if value is None or (rec["indicator"], value, "%") in seen:
        return []
    seen.add((rec["indicator"], value, "%"))
    between = sent[span[0] : target.start()]
    named = _years(between)
    own = _YEAR_RIGHT_AFTER.match(sent, target.end())  # "… đạt 6,7% trong năm 2017"
    if own:
        year = int(own.group(1))
    elif named:
        year = named[0][1]
    else:
        year = this_year if _THIS_YEAR.search(between) else rec["year"]
    return [{**rec, "value": value, "change_pct": None, "kind": "target", "year": year}]


# A rate's figure for the same period a year before, told right after it as its base:
# "đạt 5,1%, thấp hơn cùng kỳ (5,48%)", "5,1%, thấp hơn mức 5,5% của cùng kỳ năm ngoái",
# "5,73%, tuy cao hơn mức 5,52% cùng kỳ năm ngoái".
FIGURE_REACH = 30  # from a rate's figure (or its "tăng") to its "%"
_BASE_RATE = re.compile(
    rf"\s*,?\s*(?:tuy\s+|nhưng\s+|chỉ\s+)?(?:thấp|cao)\s+hơn\s+(?:so\s+với\s+)?"
    rf"(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{{4}}))?\s*\(\s*({NUMBER})\s*%\s*\)"
    rf"|(?:mức\s+)?({NUMBER})\s*%\s+(?:của\s+)?cùng\s+kỳ)",
    re.IGNORECASE,
)


def _base_after(rec: dict, sent: str, fig: int, seen: set) -> list[dict]:
    """The record of the same period's rate a year before, told right after ``rec``'s
    figure (at ``fig``) as what it is lower or higher than.

    >>> r = {"indicator": "grdp_growth", "value": 5.1, "unit": "%", "kind": "actual", "year": 2017}
    >>> s = "GDP quý I đạt 5,1%, thấp hơn cùng kỳ (5,48%)."
    >>> [(m["value"], m["kind"], m["year"]) for m in _base_after(r, s, 14, set())]
    [(5.48, 'actual', 2016)]
    """
    end = sent.find("%", fig, fig + FIGURE_REACH) + 1
    if rec["indicator"] not in _RATES or rec["unit"] != "%" or not end:
        return []
    base = _BASE_RATE.match(sent, end)
    value = base and parse_number(base.group(1) or base.group(2))
    if value is None or (rec["indicator"], value, "%") in seen:
        return []
    seen.add((rec["indicator"], value, "%"))
    year = rec["year"] - 1 if rec["year"] else None
    return [{**rec, "value": value, "change_pct": None, "kind": "actual", "year": year}]


# A figure's own change after it ("…, tăng 16% so với năm 2016"), skipped to reach the
# next year's figure of a list.
_OWN_CHANGE = re.compile(
    r"\s*,?\s*(?:\([^()]{0,60}\)|(?:tăng|giảm)\s+(?:\S+\s+){0,2}?[\d.,]+\s*%"
    r"(?:\s+so(?: với)?\s+(?:cùng kỳ|năm trước|năm \d{4})(?: năm (?:trước|\d{4}))?)?)"
)
# The next item of a list of one indicator's figures by year: "…, năm 2030 là 5,2 tỷ USD",
# "… và đến năm 2030 đạt 5,2 tỷ USD".
_NEXT_YEAR_ITEM = re.compile(
    r"\s*(?:,|;)?\s*(?:và\s+|còn\s+)?(?:(đến|tới)\s+|(?:vào|trong)\s+)?(?:hết\s+)?năm\s+(\d{4})"
    r"\s*,?\s*(?:(?:sẽ\s+|ước\s+)?(?:là|đạt|ở mức|lên)\s+)?(?:khoảng\s+|trên\s+|hơn\s+|gần\s+)?"
)


def _years_listed(rec: dict, sent: str, lo: int, hi: int, seen: set, now: int) -> list[dict]:
    """The records of the figures of other years that follow ``rec``'s in sent[lo:hi]
    (its segment, read past a semicolon), one per "năm YYYY" item, in ``rec``'s unit
    or another scale of it:
    "năm 2025 là 2,6 tỷ USD và năm 2030 là 5,2 tỷ USD", "năm 2016 đạt 3 tỷ USD, tăng 5%,
    năm 2017 đạt 3,5 tỷ USD"; each takes its own change, and a year reached ("đến năm
    2025") or after ``now`` is a target.

    >>> r = {"indicator": "exports", "value": 3.0, "unit": "tỷ USD", "year": 2016,
    ...      "change_pct": 5.0, "kind": "actual"}
    >>> s = "XK năm 2016 là 3 tỷ USD, tăng 5%, năm 2017 là 3,5 tỷ USD, tăng 16%, năm 2020 5 tỷ USD"
    >>> found = _years_listed(r, s, 2, len(s), set(), 2017)
    >>> [(m["value"], m["year"], m["change_pct"], m["kind"]) for m in found]
    [(3.5, 2017, 16.0, 'actual'), (5.0, 2020, None, 'target')]
    """
    listed: list[dict] = []
    canonical = normalised(rec["indicator"], rec["value"], rec["unit"])[1]
    first = _amount_of(rec, sent, lo, hi)
    at = first.end() if first else None
    while at is not None:
        own = _OWN_CHANGE.match(sent, at, hi)
        item = _NEXT_YEAR_ITEM.match(sent, own.end() if own else at, hi)
        amount = item and AMOUNT_RE.match(sent, item.end(), hi)
        if not amount:
            break
        value, unit = parse_amount(amount)
        if canonical is None or normalised(rec["indicator"], value, unit)[1] != canonical:
            break
        year, horizon = int(item.group(2)), item.group(1) is not None
        if (rec["indicator"], value, unit) not in seen and year != rec["year"]:
            seen.add((rec["indicator"], value, unit))
            kind = "target" if horizon or year > now else rec["kind"]
            pct = _own_change(sent, amount.end(), hi)
            listed.append(
                {**rec, "value": value, "unit": unit, "year": year, "change_pct": pct, "kind": kind}
            )
        at = amount.end()
    return listed


def _own_change(sent: str, at: int, hi: int) -> float | None:
    """The change stated right after the figure ending at ``at`` ("…, tăng 16%"), if any."""
    own = _OWN_CHANGE.match(sent, at, hi)
    change = own and _CHANGE.search(sent, own.start(), own.end())
    if not change:
        return None
    pct = parse_number(change.group(2))
    return -pct if pct is not None and change.group(1).lower() == "giảm" else pct


def _respectively(sent: str, start: int, end: int, unit: str | None) -> list:
    """(province, value) pairs of "Đà Nẵng, Thái Nguyên, Hải Phòng tăng lần lượt 10,8%,
    17%, 20,5%" between ``start`` and ``end``: the provinces its clause (from the last
    semicolon, at most ``COUNTRY_REACH`` back) names before "lần lượt", matched in order
    with the figures of the unit that follow it, one each, else none.

    >>> s = "trong đó Đà Nẵng, Thái Nguyên, Hải Phòng tăng lần lượt 10,8%, 17%, 20,5%."
    >>> _respectively(s, 0, len(s), "%")
    [('Đà Nẵng', 10.8), ('Thái Nguyên', 17.0), ('Hải Phòng', 20.5)]
    >>> s = "Hà Nội và Đà Nẵng lần lượt đạt 5 tỷ USD và 2 tỷ USD"
    >>> _respectively(s, 0, len(s), "tỷ USD")
    [('Hà Nội', 5.0), ('Đà Nẵng', 2.0)]
    """
    said = _RESPECTIVELY.search(sent, start, end)
    if said is None:
        return []
    clause = _clause_start(sent, said.start())
    g = gazetteer()
    names = [g.name_of(m.group()) for m in g.province_re.finditer(sent, clause, said.start())]
    values = []
    at = said.end()
    for m in AMOUNT_RE.finditer(sent, at, end):
        gap = _FIRST_GAP if not values else _LIST_GAP
        if len(values) == len(names) or not gap.fullmatch(sent, at, m.start()):
            break
        value, found_unit = parse_amount(m)
        if found_unit != unit:
            break
        values.append(value)
        at = m.end()
    return list(zip(names, values, strict=True)) if len(values) == len(names) > 1 else []


def _listed_figures(ind: str, sent: str, figure: int, end: int) -> list[tuple[str, tuple]]:
    """The figures that follow one in a list of provinces' figures, each (province,
    ``_figures``'s answer): ", Hải Phòng tăng 12%, Vĩnh Phúc tăng 7,3%"; the list ends
    where an item names no province first or holds no figure.

    >>> s = "như Thái Nguyên tăng 13,6%, Hải Phòng tăng 12%, và TP Cần Thơ tăng 7,3%; khác 5%"
    >>> [(name, found[0]) for name, found in _listed_figures("iip", s, 20, s.index(";"))]
    [('Hải Phòng', 12.0), ('Cần Thơ', 7.3)]
    """
    g = gazetteer()
    listed = []
    at = figure
    while (item := _LIST_ITEM.search(sent, at, end)) is not None:
        named = g.province_re.match(sent, item.end(), end)
        if named is None:
            break
        stop = _LIST_ITEM.search(sent, named.end(), end)
        found = _figures(ind, sent, named.end(), stop.start() if stop else end)
        if found is None:
            break
        listed.append((g.name_of(named.group()), found))
        at = named.end()
    return listed


def _opens_target_list(sent: str, target_at: float) -> bool:
    """Whether the sentence opens a list of targets: a colon right after its target
    words ("Các chỉ tiêu chủ yếu năm 2018: …"), not one further on ("Mục tiêu khó thực
    hiện. Về nguyên nhân, báo cáo đánh giá: …", a heading glued to the next sentence),
    and only words that name figures to reach ("đề xuất các dự án như: …" lists projects)."""
    if target_at == math.inf or not _LIST_OPENER.search(sent, 0, int(target_at)):
        return False
    after = sent[int(target_at) : int(target_at) + LIST_COLON_REACH]
    colon = after.find(":")
    return colon >= 0 and "," not in after[:colon]


def _record(ind: str, value: float | None, unit: str | None, pct: float | None, text: str) -> dict:
    text = " ".join(text.split()).rstrip(" ,;.")
    return {
        "indicator": ind,
        "label": INDICATORS[ind],
        "value": value,
        "unit": unit,
        "change_pct": pct,
        "text": text[:200],
    }


# An outcome told against its target: "chỉ tiêu quan trọng nhất là GDP chỉ đạt 6,21%",
# "mục tiêu … 6,7%, nhưng kết quả chỉ đạt 6,21%" (not "không chỉ là", nor a forecast's
# "lạc quan nhất cũng chỉ đạt").
_REACHED_ONLY = re.compile(
    r"(?:(?<!không )(?<!cũng )\bchỉ|\bkết quả(?: chỉ)?)\s+(?:đạt|là)\s+"
    r"(?:(?:khoảng|gần|hơn|trên|mức)\s+)?$"
)


def _kind(sent: str, start: int, fig: int, target_at: float) -> str:
    """Target when target words end before the figure (``target_at``), else estimate
    or actual by "ước" in the phrase or opening the sentence ("Ước tính kim ngạch xuất
    khẩu 6 tháng đạt …")."""
    if target_at <= fig and not _before(_REACHED_ONLY, sent, fig):
        return "target"
    estimated = _ESTIMATE.search(sent, start, fig) or _ESTIMATE_OPENING.match(sent)
    return "estimate" if estimated else "actual"


def _year(
    para_years: list[tuple[int, int]], label_at: int, span: str, after: str, fallback: int | None
) -> tuple[int | None, int | None]:
    """(year, where the paragraph names it when it is taken from there). The last year
    named between phrase and figure, the nearest ("khách du lịch năm 2015 có 1,8 triệu
    và năm 2016 có 2,8 triệu": 2,8 triệu is 2016's); else one in brackets right after the figure;
    else the year after a comparison base right after the figure ("… đạt 17 tỉ USD, tăng
    17,4% so với cùng kỳ 2016": 2017); else the last named earlier in the paragraph
    (``para_years``: the paragraph's ``_years``, found once; a horizon only for a target:
    "dự báo đến năm 2030 …. Du lịch hiện nay có 0,6 triệu lượt khách" is no 2030
    figure); else ``fallback``; without one (an undated article), the first year named
    after the figure in its sentence, not a horizon ("6 tháng đầu năm đạt 14.000 tỷ
    đồng, phấn đấu cả năm 2017 …")."""
    inside = _years(span)
    if inside:
        return inside[-1][1], None
    spanned = _SPAN_OF_YEARS.search(span)
    if spanned:  # "bình quân giai đoạn 2011-2015 đạt 5,91%": the span's, dated by its end
        return int(spanned.group(1)), None
    named = _NAMED_AFTER.match(after)
    if named:
        return int(named.group(1) or named.group(2)), None
    base = _BASE_YEAR.search(after)
    if base:
        return int(base.group(1)) + 1, None
    before = bisect.bisect_right(para_years, (label_at, math.inf))
    if before:
        at, year = para_years[before - 1]
        return year, at
    later = _years(after, horizons=False) if fallback is None else []
    return (later[0][1] if later else fallback), None


def _year_of_a_plan(named: int | None, sentence_at: int, plans: list[tuple[int, int]]) -> bool:
    """Whether a figure's year, taken from where its paragraph ``named`` it (``_year``),
    opens a sentence before the figure's (at ``sentence_at``) that tells a plan
    (``plans``: each such sentence's start and its opening year's end): "Năm 2025, sản
    lượng bia sẽ tăng lên 4,6 tỷ lít …. Kim ngạch xuất khẩu đạt 600 triệu USD" is 2025's
    plan; "Năm 2016, kim ngạch xuất khẩu đạt …, năm 2017 sẽ …" names its own year."""
    if named is None or named > sentence_at:
        return False
    opening = bisect.bisect_right(plans, (named, math.inf)) - 1  # a paragraph of many plans
    return opening >= 0 and named <= plans[opening][1]


# Money lost, short, spent or owed, and a capacity, are no figure of the indicator named
# before them: "doanh thu du lịch thiệt hại ước tính 1.800 tỉ đồng", "do hụt mất nguồn
# thu 2.800 tỷ đồng", "khánh thành … với tổng chi phí 3.500 tỷ đồng", "công suất thiết
# kế: phục vụ từ 250.000 khách" (a power plant's "công suất" is the power indicator's);
# and a scale before a count naming its measure after it: a terminal's "quy mô … 10 triệu
# lượt khách/năm" (not "chỉ số … của các địa phương có quy mô công nghiệp lớn … tăng 5%").
_NOT_THE_MEASURE = re.compile(
    r"thiệt hại|\bhụt\b|thất thu|chi phí|kinh phí|\bnợ\b|công suất|sức chứa"
    r"|khả năng (?:đón|phục vụ|tiếp nhận)",
    re.IGNORECASE,
)
_SCALE = re.compile(r"quy mô", re.IGNORECASE)
# One price or price group's change told as the index's cause or part ("CPI do … giá
# thịt heo giảm 2,2%", "CPI như: chỉ số giá nhóm thực phẩm giảm 1,74%"): no CPI figure.
_A_PRICE = re.compile(r"\bgiá\s+(?!trị\b)", re.IGNORECASE)
_THRESHOLD = re.compile(r"(?:\s+[^\s\d,;.]+){0,2}?\s+trở lên\b")
# "… triệu kWh/ngày", "… triệu đồng/người/tháng", "… lượt khách mỗi ngày".
_PER_TIME = re.compile(
    r"(?:\s+(?:khách|người))?\s*(?:/\s*(?:người|hộ|lao động)\s*)?(?:/|mỗi|một|trên)\s*"
    r"(ngày|tháng)\b"
)
# … or before it in its clause: "Mỗi ngày có khoảng 4.000 du khách", "bình quân mỗi tháng
# của tôi gần 15 triệu đồng".
_PER_TIME_BEFORE = re.compile(r"\b(?:[Mm]ỗi|[Bb]ình quân|[Tt]rung bình) (ngày|tháng)\b[^,;.]*$")
PER_TIME_REACH = 40
# A count of one day, named just before it in its clause ("chỉ riêng ngày 30/4 đã có
# 75.000 du khách", "lượng khách ngày 9 âm lịch là 47.832 lượt"; not "đến ngày 30/6", a
# total to date), or in the clause before ("cũng trong ngày 30/4, có khoảng 11.000 du
# khách"; not a dateline, "Ngày 12/7, Sở … cho biết"), or of one day or week by the
# base it is compared with ("tăng gấp 5 lần so với sáng cùng ngày", "so với tuần trước").
_ONE_DAY_BEFORE = re.compile(
    r"\b(?:riêng|trong|cùng) ngày(?: \d{1,2}/\d{1,2}(?![/\d]))?,?[^,;.]*$"
    r"|\b(?:[Cc]ó|[Nn]hiều|[Mm]ột số) ngày\b[^,;.]*$"  # "Có ngày cửa khẩu này đón hơn 15 nghìn"
    r"|(?<!đến )(?<!tới )(?<!hết )(?<!từ )(?<!sau )\b"
    r"ngày \d{1,2}(?:/\d{1,2}(?![/\d])| âm lịch| tháng \d{1,2})(?![/\d])[^,;.]*$",
    re.IGNORECASE,
)
_EVERY_YEAR_BEFORE = re.compile(r"\b(?:[Mm]ỗi|[Hh][ằà]ng) năm\b[^,;.]*$")
# … or after it, an amount a year ("khoảng 2 triệu lượt mỗi năm", "190.080.000 kWh điện
# mỗi năm", "bình quân hơn 80 triệu USD/năm"); not a person's money ("38 triệu
# đồng/năm", "129.700 USD/năm"), a year's by nature, nor a rate (``_RATE_PER_YEAR``).
_EVERY_YEAR_AFTER = re.compile(r"(?:\s+(?:khách|điện|người))?\s*(?:/|\s(?:mỗi|hằng|hàng))\s*năm\b")
# An amount a year by a year is that year's plan ("đón 15 triệu lượt khách/năm đến năm
# 2030").
_BY_A_YEAR = re.compile(r"\b(?:đến|vào|tới) năm \d{4}\b")
_NOT_A_YEARS_AMOUNT = frozenset({"triệu đồng", "nghìn đồng", "ngàn đồng", "đồng", "USD", "%"})
# "bình quân 10%/năm": a span's yearly average (not "năm 2021 có thể đạt 6 - 6,3%/năm").
_RATE_PER_YEAR = re.compile(r"\s*/\s*năm\b")
_AVERAGE_BEFORE = re.compile(r"\bbình quân\b[^,;.]*$", re.IGNORECASE)
_EVENT = re.compile(r"\b(?:[Ff]estival|[Ll]ễ hội|[Hh]ội (?:chợ|hoa|[Xx]uân)|[Cc]arnaval)\b")
# … or a sentence (or a quote after a colon) telling of an event or its season ("Lễ hội
# đường Sách diễn ra …, ước lượng 4 triệu lượt khách tham quan", "Dự kiến mùa lễ hội Xuân
# năm nay, Yên Tử sẽ đón …", "… cho biết: Lễ hội Xuân kéo dài …, dự kiến … sẽ đón …").
_OPENS_WITH_EVENT = re.compile(
    r"\W*(?:(?:[Dd]ự kiến|[Tt]rong|[Nn]hân dịp|[Dd]ịp),? )?(?:mùa )?" + _EVENT.pattern
)
_ONE_TIME_BASE = re.compile(
    r"[^.;]*?\bso với (?:(?:sáng|chiều|tối) )?(?:(cùng ngày|hôm qua|ngày hôm trước)|tuần trước)"
)
# … or by the day named after it in its clause: "75.000 du khách đến Hạ Long vào ngày
# nghỉ lễ đầu tiên hôm nay (30/4)".
_ONE_DAY_AFTER = re.compile(r"[^.;,]*?\b(?:hôm nay|vào ngày (?:nghỉ )?(?:lễ|khai mạc|đầu tiên))\b")


def _supposed(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` is a supposition or what follows from one: its clause
    opens with "nếu", "giả sử", "cứ" or "thì", or "thì" follows it.

    >>> s = "Nếu tăng trưởng kinh tế là 6,7% thì nợ công lên 64,8% GDP"
    >>> _supposed(s, 27), _supposed("GRDP tăng thêm 1% thì thu thêm", 5)
    (True, True)
    >>> _supposed("GRDP năm 2017 tăng 8,2%, cao nhất", 19)
    False
    """
    if _SUPPOSED_BEFORE.search(sentence, max(0, at - SUPPOSED_REACH), at):
        return True
    amount = AMOUNT_RE.search(sentence, at, at + SUPPOSED_REACH)  # "tăng thêm 1%": from its verb
    return bool(amount) and _SUPPOSED_AFTER.match(sentence, amount.end()) is not None


def _forecast_by_others(sentence: str, fig: int) -> bool:
    """Whether the figure is a forecast by someone other than the government or the
    reporting body (a bank, the IMF, experts): the guidelines count no such forecast.

    >>> _forecast_by_others("IMF dự báo tăng trưởng kinh tế của Việt Nam đạt 6,5%", 46)
    True
    >>> _forecast_by_others("Theo IMF, lạm phát của Việt Nam sẽ ổn định ở mức 5%", 48)
    True
    >>> _forecast_by_others("IMF cho biết tăng trưởng GDP của Mỹ năm nay sẽ chỉ đạt 2,1%", 55)
    True
    >>> _forecast_by_others("Tổng cục Thống kê dự báo GDP quý II tăng 6,4%", 39)
    False
    >>> _forecast_by_others("Tổng cục Thống kê cho biết GDP quý II sẽ tăng 6,4%", 44)
    False
    """
    return _FORECAST_BY_OTHERS.search(sentence, max(0, fig - FORECAST_REACH), fig) is not None


def _a_threshold(sentence: str, fig: int) -> bool:
    """Whether the figure is a criterion ("khách du lịch 1 triệu lượt người trở lên/1
    năm"), not a report; after target words it is a plan ("tăng trưởng từ 10% trở lên").

    >>> _a_threshold("đón khách du lịch 1 triệu lượt người trở lên", 18)
    True
    """
    amount = AMOUNT_RE.match(sentence, fig)
    return bool(amount) and _THRESHOLD.match(sentence, amount.end()) is not None


def _not_the_measure(indicator: str, sentence: str, stop: int, fig: int) -> bool:
    """Whether money lost, short, spent or owed, a capacity, or one price (of the CPI's
    figure) is named between the indicator's phrase (ending at ``stop``) and its figure,
    or in the figure's clause before it when the phrase starts at the figure ("250.000
    khách du lịch").

    >>> _not_the_measure("tourism", "doanh thu du lịch thiệt hại ước tính 1.800 tỉ", 16, 37)
    True
    >>> _not_the_measure("tourism", "với công suất thiết kế: phục vụ từ 250.000 khách", 35, 35)
    True
    >>> _not_the_measure("power", "công suất đạt 9.400 MW", 9, 14)
    False
    >>> _not_the_measure("cpi", "CPI do giá thịt heo giảm 2,2%", 3, 20)
    True
    """
    figure_first = stop >= fig
    before = (
        sentence[_clause_start(sentence, fig, ",;") : fig] if figure_first else sentence[stop:fig]
    )
    if indicator == "cpi" and _A_PRICE.search(before):
        return True
    found = _NOT_THE_MEASURE.search(before) or (figure_first and _SCALE.search(before))
    return bool(found) and not (indicator == "power" and found.group().lower() == "công suất")


def _per_time(sentence: str, at: int) -> str | None:
    """The period of a figure stated per day or per month, after it or just before it
    in its clause, which sums to no total.

    >>> _per_time("đạt 3,2 triệu đồng/người/tháng", 4), _per_time("đạt 80 triệu kWh/ngày", 4)
    ('mỗi tháng', 'mỗi ngày')
    >>> _per_time("bình quân mỗi ngày đón gần 15.000 lượt khách", 27)
    'mỗi ngày'
    >>> _per_time("đạt 38 triệu đồng/năm", 4)

    A count of one day or week (``_ONE_DAY_BEFORE``, ``_ONE_DAY_AFTER``,
    ``_ONE_TIME_BASE``) sums to no total either, nor does a festival's (``_EVENT``);
    a count "mỗi năm" is a typical year's, of no year in particular.

    >>> _per_time("Mỗi năm An Giang đón hơn 6 triệu lượt khách", 25)
    'nhiều năm'
    >>> _per_time("tăng lên khoảng 2 triệu lượt mỗi năm", 16), _per_time("đạt 80 triệu USD/năm", 4)
    ('nhiều năm', 'nhiều năm')
    >>> _per_time("có 150.000 lượt du khách trong thời gian diễn ra Festival Biển", 3)
    'dịp lễ'
    >>> _per_time("có 1,5 triệu lượt du khách trong thời gian diễn ra Festival Biển", 3)
    'dịp lễ'
    >>> _per_time("phấn đấu đón 1,5 triệu lượt khách/năm đến năm 2030", 13)
    >>> _per_time("Lễ hội đường Sách diễn ra từ 25-1, ước lượng 4 triệu lượt khách", 45)
    'dịp lễ'
    >>> _per_time("Dự kiến mùa lễ hội Xuân năm nay, Yên Tử sẽ đón trên 2 triệu lượt khách", 52)
    'dịp lễ'
    >>> _per_time("những năm qua tăng trưởng kinh tế bình quân 10%/năm", 44)
    'nhiều năm'

    >>> _per_time("riêng ngày 30/4 đã có khoảng 75.000 du khách", 29)
    'một ngày'
    >>> _per_time("đường hoa thu hút 1 triệu lượt khách tham quan trong dịp Tết", 18)
    'dịp Tết'
    >>> _per_time("đạt 631 triệu kWh, tăng 11,8% so với tuần trước", 4)
    'một tuần'
    >>> _per_time("tính đến ngày 30/6 đạt 104.616 tỷ đồng", 23)
    """
    amount = AMOUNT_RE.match(sentence, at)
    if not amount:
        return None
    per = _PER_TIME.match(sentence, amount.end()) or _PER_TIME_BEFORE.search(
        sentence, max(0, at - PER_TIME_REACH), at
    )
    if per:
        return PER_DAY if per.group(1) == "ngày" else PER_MONTH
    if _ONE_DAY_BEFORE.search(sentence, max(0, at - PER_TIME_REACH), at):
        return ONE_DAY
    # the figure's clause, ended past the amount: its decimal comma ends no clause
    clause = (_clause_start(sentence, at, ",;"), _clause_end(sentence, amount.end(), ",;"))
    if _EVERY_YEAR_BEFORE.search(sentence, max(0, at - PER_TIME_REACH), at) or (
        amount.group("unit") not in _NOT_A_YEARS_AMOUNT
        and _EVERY_YEAR_AFTER.match(sentence, amount.end())
        and not _BY_A_YEAR.search(sentence, *clause)
    ):
        return YEARS_SPAN
    if (
        amount.group("unit") == "%"
        and _RATE_PER_YEAR.match(sentence, amount.end())
        and _AVERAGE_BEFORE.search(sentence, max(0, at - PER_TIME_REACH), at)
    ):
        return YEARS_SPAN
    if _EVENT.search(sentence, *clause) or _OPENS_WITH_EVENT.match(
        sentence, _clause_start(sentence, at, ";:")
    ):
        return HOLIDAY
    if _ONE_DAY_AFTER.match(sentence, amount.end(), amount.end() + BASE_REACH):
        return ONE_DAY
    after = periods_in(sentence[amount.end() : clause[1]])
    holiday = next((period for _, period in after if period in HOLIDAYS), None)
    if holiday:
        return holiday
    base = _ONE_TIME_BASE.match(sentence, amount.end(), amount.end() + BASE_REACH)
    if base:
        return ONE_DAY if base.group(1) else ONE_WEEK
    return None


def _last_before(named: list[tuple[int, str]], at: int) -> str | None:
    """The last of ``named`` ((end, what) in order) that ends before ``at``, within
    ``PERIOD_CARRY``: a figure's period is the last its paragraph names before it, in its
    sentence or an earlier one ("Trong 6 tháng đầu năm, … Tổng thu ngân sách đạt 22.267
    tỷ đồng")."""
    before = bisect.bisect_right(named, (at, "\uffff")) - 1
    return named[before][1] if before >= 0 and at - named[before][0] <= PERIOD_CARRY else None


def _year_after_bases(body: str) -> int | None:
    """The year after the latest comparison base of a text ("so với cùng kỳ 2016": 2017).

    >>> _year_after_bases("tăng 5% so với cùng kỳ năm 2016, gấp đôi cùng kỳ 2015")
    2017
    """
    return max((int(year) + 1 for year in _BASE_YEAR.findall(body)), default=None)


def _product(lower: str, sent: str, a: int, start: int, stop: int) -> str | None:
    """The product group or market a trade figure is of, named right after its phrase
    (ending at ``stop`` in the sentence starting at ``a``) or the group right before it.

    >>> sent = "kim ngạch nhập khẩu từ Nga đạt 146 triệu USD"
    >>> _product(sent.lower(), sent, 0, 10, 19)
    'Nga'
    >>> sent = "rau quả Việt xuất khẩu gần 1,7 tỉ USD"
    >>> _product(sent.lower(), sent, 0, 13, 22)
    'rau quả'
    >>> sent = "nhập khẩu vào Việt Nam đạt 2 tỷ USD"
    >>> _product(sent.lower(), sent, 0, 0, 9) is None
    True
    """
    group = (
        _PRODUCT_GROUP.match(lower, a + stop)
        or _SECTOR.match(lower, a + stop)
        or _PRODUCT_GROUP_BEFORE.search(lower, max(0, a + start - 30), a + start)
        or _VOLUME_OF.search(lower, max(0, a + start - 30), a + start)
    )
    if group:
        return group.group(1).strip()
    return _market(sent, stop)


def _product_after_amount(lower: str, sent: str, a: int, fig: int) -> str | None:
    """The product group or market named right after a trade figure's amount.

    >>> sent = "Trung Quốc nhập khẩu 73 triệu USD quặng sắt từ Triều Tiên"
    >>> _product_after_amount(sent.lower(), sent, 0, sent.index("73"))
    'quặng'
    >>> sent = "Mỹ xuất khẩu 50 tỷ USD hàng hóa sang Trung Quốc"
    >>> _product_after_amount(sent.lower(), sent, 0, sent.index("50"))
    'Trung Quốc'
    """
    amount = AMOUNT_RE.match(sent, fig)
    if amount is None:
        return None
    group = _GOODS_AFTER.match(lower, a + amount.end())
    return group.group(1) if group else _market(sent, amount.end())


def _market(sent: str, at: int) -> str | None:
    """The foreign market named at ``at`` ("sang Mỹ"), not the country's own ("vào Việt
    Nam") or a province; ``ABROAD_FLOW`` for another country's trade with ours or for
    markets left unnamed.

    >>> _market("xuất khẩu sang nhiều nước", 9) == _market("Mỹ xuất khẩu sang Việt Nam", 12)
    True
    """
    market = _MARKET.match(sent, at)
    if market is None:
        return None
    name = market.group("name").strip()
    if name == "Việt Nam":
        return None if market.group("way") == "vào" else ABROAD_FLOW
    if name[0].islower():
        return ABROAD_FLOW
    return None if gazetteer().province_re.match(name) else name


def _economy_titled(economy: str, title: str) -> bool:
    """Whether the title names the foreign economy a figure tells of: any foreign
    country for one referred back to ("nước này" in "Những trang trại cá sấu … ở Thái
    Lan")."""
    if economy in _REFERRED_BACK:
        return COUNTRIES.search(title) is not None
    return _names(title.lower(), economy.lower())


def _names(text: str, words: str) -> bool:
    """Whether ``text`` holds ``words`` whole ("than" is not in "thanh")."""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def _fdi_part(value: dict) -> bool:
    """Whether an investment figure in dollars is a part of the FDI the article reports,
    not a total told in dollars and đồng together ("311 triệu USD và 3.600 tỷ đồng", "3.600
    tỷ đồng và 311 triệu USD")."""
    return _is_usd(value) and not _BOTH_CURRENCIES.search(value["text"])


_BOTH_CURRENCIES = re.compile(
    rf"(?i:usd|đô){_AND_DONG}|đồng{_AND_SUM}[\d.,]+ (?:tỷ|tỉ|triệu) (?i:usd)"
)


def _is_usd(value: dict) -> bool:
    return (value["unit"] or "").endswith("USD")


# A title naming a bus or metro line ("buýt nhanh BRT vẫn hút khách"): its guests and
# "lượt khách" are riders, no visitors.
_TRANSIT = re.compile(r"(?<!\w)(?:brt|buýt|metro|tàu điện|đường sắt đô thị)(?!\w)")


def _is_money(unit: str) -> bool:
    return unit.endswith(("đồng", "USD"))


def extract_indicators(
    body: str,
    pub_year: int | None,
    local: bool = True,
    present: int | None = None,
    title: str = "",
) -> list[dict]:
    """Indicator values in reading order (tone-unified body).

    A paragraph opening with "Năm 2023, …" sets the fallback year for the paragraphs after it.
    In an article reporting FDI figures, "vốn đầu tư" amounts in USD are breakdowns of that
    FDI (per country, sector, project), not domestic investment, and are dropped. So are
    "thu nội địa" beside a total revenue figure (its part), and, in a ``local`` article
    (one about a province), a figure for the whole country ("cả nước", "toàn quốc")
    beside the article's own figure of that indicator; in national news every figure
    is the country's own. Without a publication year, a figure naming none is of the
    year after the article's latest "cùng kỳ năm YYYY": an undated report compares with
    the year before its own. A figure of a later year than that is a plan. Without
    either, it is of the ``present`` the article's dated events give (too weak a date to
    make later figures plans). Capital put into a foreign country ("đầu tư 50 tỷ USD vào
    Mỹ") is no one's indicator, and a foreign economy's figure ("lạm phát của Mỹ") is
    one only where the title names it; a title naming a bus or metro line makes its
    guests riders, no tourism.
    """
    values: list[dict] = []
    dated = pub_year or _year_after_bases(body)
    context_year = dated or present
    # an article is written no later than today: a figure of a later year is a plan
    now = dated or date.today().year
    for para in body.split("\n"):
        lead = _LEAD_YEAR.match(para)
        if lead:
            context_year = int(lead.group(1))
        if para.strip():
            values += _paragraph_values(para, context_year, now, dated is not None)
    if any(v["indicator"] == "fdi" and v["unit"] != "%" for v in values):
        values = [v for v in values if not (v["indicator"] == "investment" and _fdi_part(v))]
    subject = title.lower()
    values = [v for v in values if not v["product"] or _names(subject, v["product"].lower())]
    values = [v for v in values if not v["economy"] or _economy_titled(v["economy"], title)]
    if _TRANSIT.search(subject):
        values = [v for v in values if v["indicator"] != "tourism"]
    whole = {v["indicator"] for v in values if not v["part"]}
    own = {v["indicator"] for v in values if not v["national"]}
    values = [
        v
        for v in values
        if not v["abroad"]
        and not (v["part"] and v["indicator"] in whole)
        and not (local and v["national"] and v["indicator"] in own)
    ]
    return _each_once([{k: v[k] for k in _KEYS} for v in values])


def _each_once(values: list[dict]) -> list[dict]:
    """The values without repeats: a figure the title, the lead and the body all state
    ("tốc độ tăng trưởng kinh tế 6 tháng đầu năm đạt 5,73%") is one figure, its first
    wording kept."""
    seen: set[tuple] = set()
    once = []
    for value in values:
        key = tuple(value[k] for k in _KEYS if k != "text")
        if key not in seen:
            seen.add(key)
            once.append(value)
    return once
