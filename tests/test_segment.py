"""The bulk segment writer writes what Whoosh's own SegmentWriter writes."""

import pytest
from whoosh import index
from whoosh.system import pack_uint
from whoosh.writing import SegmentWriter

from indexer.build import article_digest, to_document
from indexer.facets import extract_facets
from indexer.sources import read_sources
from search.format.codec import ArrayCodec
from search.format.postings import ViewPostings, encode_positions
from search.format.schema import build_schema, view_terms
from search.format.writer import BulkSegmentWriter


def _documents(sample_file) -> list[dict]:
    documents = []
    for article in read_sources([str(sample_file)], None):
        facets = extract_facets(
            article.title, article.body, article.published, summary=article.summary
        )
        documents.append(to_document(article, facets, article_digest(article, facets)))
    return documents


def _stock_writer(ix):
    return SegmentWriter(ix, codec=ArrayCodec(blocklimit=4), compound=False)


def _bulk_writer(ix):
    return BulkSegmentWriter(ix, view_terms(), codec=ArrayCodec(blocklimit=4), compound=False)


def _build(path, new_writer, commits: list[list[dict]]) -> index.Index:
    """One commit per list, each merging the earlier segments in (the add_reader path)."""
    ix = index.create_in(str(path), build_schema())
    for documents in commits:
        writer = new_writer(ix)
        for document in documents:
            writer.add_document(**document)
        writer.commit(optimize=True)
    return ix


@pytest.fixture(scope="module")
def twin_readers(tmp_path_factory, sample_file):
    """The bulk writer adds half, then the other half and merges the first segment after
    it; Whoosh's writer adds both halves in that order at once, since its pool cannot
    merge our inlined postings (it rejects their empty values)."""
    documents = _documents(sample_file)
    first, second = documents[len(documents) // 2 :], documents[: len(documents) // 2]
    readers = [
        _build(tmp_path_factory.mktemp("stock"), _stock_writer, [second + first]).reader(),
        _build(tmp_path_factory.mktemp("bulk"), _bulk_writer, [first, second]).reader(),
    ]
    assert all(reader.is_atomic() and reader.doc_count() == len(documents) for reader in readers)
    yield readers
    for reader in readers:
        reader.close()


def _postings(reader, field: str, text: bytes) -> list[tuple]:
    matcher = reader.postings(field, text)
    found = []
    while matcher.is_active():
        found.append((matcher.id(), matcher.weight(), matcher.value()))
        matcher.next()
    return found


def _term_stats(reader, field: str, text: bytes) -> tuple:
    info = reader.term_info(field, text)
    return info.weight(), info.doc_frequency(), info.max_weight(), info.min_id(), info.max_id()


@pytest.mark.parametrize("field", [name for name, f in build_schema().items() if f.indexed])
def test_every_term_and_posting_is_the_same(twin_readers, field):
    stock, bulk = twin_readers
    terms = list(stock.lexicon(field))
    assert terms and list(bulk.lexicon(field)) == terms
    for text in terms:
        assert _postings(bulk, field, text) == _postings(stock, field, text), text
        assert _term_stats(bulk, field, text) == _term_stats(stock, field, text), text


def test_stored_fields_lengths_and_columns_are_the_same(twin_readers):
    stock, bulk = twin_readers
    assert list(bulk.all_stored_fields()) == list(stock.all_stored_fields())
    schema = build_schema()
    for name in (n for n, f in schema.items() if f.scorable):
        lengths = [stock.doc_field_length(d, name) for d in range(stock.doc_count_all())]
        assert any(lengths), name
        assert [bulk.doc_field_length(d, name) for d in range(bulk.doc_count_all())] == lengths
    dates = [list(r.column_reader("published", translate=False)) for r in (stock, bulk)]
    assert any(dates[0]) and dates[1] == dates[0]


def test_common_terms_span_several_blocks(twin_readers):
    stock, bulk = twin_readers
    assert max(bulk.doc_frequency("body_folded", t) for t in bulk.lexicon("body_folded")) > 8


def _listed(view: ViewPostings) -> list[tuple]:
    return [(t, list(ids), list(weights), values) for t, ids, weights, values in view.postings()]


def test_a_positional_view_lists_each_term_with_its_positions():
    view = ViewPostings(positional=True, boost=1.0)
    view.add(3, ["b", "a", "b"])
    view.add(5, [])
    view.add(7, ["a"] * 5000)  # positions past the table of shared values
    postings = _listed(view)
    assert [(t, ids, weights) for t, ids, weights, _ in postings] == [
        (b"a", [3, 7], [1.0, 5000.0]),
        (b"b", [3], [2.0]),
    ]
    assert postings[0][3] == [encode_positions([1]), encode_positions(list(range(5000)))]
    assert postings[1][3] == [encode_positions([0, 2])]


def test_a_counted_view_lists_each_term_with_its_count():
    view = ViewPostings(positional=False, boost=2.0)
    view.add(0, ["x_y", "y_z", "x_y"])
    view.add(1, ["y_z"] * 300)
    assert _listed(view) == [
        (b"x_y", [0], [4.0], [pack_uint(2)]),
        (b"y_z", [0, 1], [2.0, 600.0], [pack_uint(1), pack_uint(300)]),
    ]
