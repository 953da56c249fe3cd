"""The array posting format reads back exactly what Whoosh's own W3 format does."""

import numpy as np
import pytest
from whoosh import index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import KEYWORD, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.query import Phrase

from search.format.codec import ArrayCodec, ArrayLeafMatcher, TermIndexWriter
from search.scoring import term_postings

SCHEMA = Schema(
    body=TEXT(phrase=True),
    freq=TEXT(phrase=False),
    tags=KEYWORD(commas=True, scorable=True),
)


def _build(path, codec, records) -> index.Index:
    """Two segments, tiny blocks (4 postings) so every common term spans many."""
    ix = index.create_in(str(path), SCHEMA)
    half = len(records) // 2
    for part in (records[:half], records[half:]):
        with ix.writer(codec=codec) as writer:
            for record in part:
                text = f"{record['title']} {record['body']}"
                writer.add_document(body=text, freq=text, tags=",".join(text.split()[:3]))
    return ix


@pytest.fixture(scope="module")
def twin_indexes(tmp_path_factory, sample_records):
    return [
        _build(tmp_path_factory.mktemp(name), codec, sample_records)
        for name, codec in [("w3", W3Codec(blocklimit=4)), ("array", ArrayCodec(blocklimit=4))]
    ]


@pytest.mark.parametrize("field", ["body", "freq", "tags"])
def test_every_posting_reads_back_as_whoosh_wrote_it(twin_indexes, field):
    stock, ours = (ix.reader() for ix in twin_indexes)
    terms = list(stock.field_terms(field))
    assert terms == list(ours.field_terms(field))
    common = max(terms, key=lambda t: stock.doc_frequency(field, t))
    assert stock.doc_frequency(field, common) > 12  # several blocks
    leaf = ours.leaf_readers()[0][0]
    assert isinstance(leaf.postings(field, common), ArrayLeafMatcher)
    for text in terms:
        expected = list(stock.postings(field, text).items_as("weight"))
        assert list(ours.postings(field, text).items_as("weight")) == expected, text
        ids, weights = term_postings(ours, field, text)
        assert ids.tolist() == [docnum for docnum, _ in expected], text
        assert np.allclose(weights, [weight for _, weight in expected]), text
        if field == "body":
            positions = list(stock.postings(field, text).items_as("positions"))
            assert list(ours.postings(field, text).items_as("positions")) == positions, text


def test_phrases_match_the_same_documents(twin_indexes, sample_records):
    words = sample_records[3]["body"].lower().split()[5:8]
    phrase = Phrase("body", words)
    found = [sorted(ix.searcher().docs_for_query(phrase)) for ix in twin_indexes]
    assert found[0] and found[0] == found[1]


def test_the_term_index_file_is_byte_for_byte_whooshs(tmp_path):
    storage = FileStorage(str(tmp_path))
    keys = sorted({f"{i * 7919 % 100_003:06d}-từ".encode() for i in range(5000)})
    for name, writer_class in (("stock", OrderedHashWriter), ("ours", TermIndexWriter)):
        writer = writer_class(storage.create_file(name))
        for number, key in enumerate(keys):
            writer.add(key, str(number).encode() * (number % 5))
        writer.extras["fieldmap"] = {"body": 0}
        writer.close()
    ours, stock = (tmp_path / "ours").read_bytes(), (tmp_path / "stock").read_bytes()
    assert len(ours) > 100_000 and ours == stock


def test_an_index_written_before_the_format_moved_still_opens(tmp_path, monkeypatch):
    """Indexes built before ``search.format`` pickled their codec and positions format
    as ``search.codec.*``: written so here (the classes' module set back), they open
    through the alias and answer as a new one does."""
    import search.format.codec as codec
    from indexer.build import build
    from indexer.sources import read_sources
    from search import SearchEngine, SearchRequest
    from tests.conftest import SEEDS

    for cls in (codec.ArrayCodec, codec.PackedPositions):
        monkeypatch.setattr(cls, "__module__", "search.codec")
    build(read_sources([str(SEEDS)], print), tmp_path)
    monkeypatch.undo()
    toc = next(tmp_path.glob("_MAIN_*.toc")).read_bytes()
    segments = b"".join(p.read_bytes() for p in tmp_path.glob("*.seg")) or toc
    assert b"search.codec" in toc + segments and b"search.format" not in toc + segments
    with SearchEngine(tmp_path) as engine:
        assert engine.search(SearchRequest("kim ngạch xuất khẩu"))["total"] > 0
