"""The corpus drift tool: snapshots through the real extractor, and what they tell apart."""

import gzip
import json

from eval.facet_drift import compare, main, snapshot

RECORDS = [
    {
        "id": "a",
        "title": "Tin địa phương",
        "body": "Chủ tịch UBND tỉnh Nam Định Nguyễn Văn An cho biết xuất khẩu đạt 2 tỷ USD.",
        "published": "2017-05-02T08:00:00+07:00",
    },
    {"id": "b", "title": "Thời tiết", "body": "Trời nắng.", "published": None},
]


def test_a_snapshot_holds_each_articles_provinces_years_officials_and_indicator_values():
    taken = snapshot(RECORDS)
    assert taken["a"]["provinces"] == ["Nam Định"]
    assert taken["a"]["years"] == ["2017"]
    assert taken["a"]["officials"] == ["Nguyễn Văn An | Chủ tịch UBND tỉnh Nam Định"]
    assert taken["a"]["indicators"] == ["exports 2.0 tỷ USD"]
    assert taken["b"] == {"provinces": [], "years": [], "officials": [], "indicators": []}


def test_compare_lists_what_each_article_lost_and_gained():
    before = snapshot(RECORDS)
    after = json.loads(json.dumps(before))
    after["a"]["officials"] = ["Nguyễn Văn Bình | Chủ tịch UBND tỉnh Nam Định"]
    assert compare(before, after) == [
        "a officials lost: Nguyễn Văn An | Chủ tịch UBND tỉnh Nam Định",
        "a officials gained: Nguyễn Văn Bình | Chủ tịch UBND tỉnh Nam Định",
    ]
    assert compare(before, before) == []
    after["a"]["years"] = ["2016"]
    assert "a years lost: 2017" in compare(before, after)


def test_compare_skips_a_facet_an_older_snapshot_lacks():
    before = snapshot(RECORDS)
    older = {
        rid: {"officials": v["officials"], "indicators": v["indicators"]}
        for rid, v in before.items()
    }
    assert compare(older, before) == []


def test_the_command_line_snapshots_every_nth_article(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS * 3)
    out = tmp_path / "snap.json"
    assert main(["snapshot", str(out), "--corpus", str(corpus), "--every", "3"]) == 0
    assert set(json.loads(out.read_text(encoding="utf-8"))) == {"a", "b"}
    assert main(["compare", str(out), str(out)]) == 0
    assert "no change" in capsys.readouterr().out
