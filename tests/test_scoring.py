"""The scorer's posting and column arrays, read whole, against Whoosh's own per-item reads."""

import numpy as np
import pytest
from whoosh import index

from indexer.build import build, delete
from indexer.sources import read_sources
from search.format.columns import field_lengths, sortable_values
from search.scoring import term_postings
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def segmented_index(tmp_path_factory, sample_file, sample_records):
    """Several segments (two workers, then the seeds) and deletions in both kinds."""
    path = tmp_path_factory.mktemp("segmented")
    build(read_sources([str(sample_file)], print), path, jobs=2)
    build(read_sources([str(SEEDS)], print), path)
    delete([sample_records[0]["id"], sample_records[-1]["id"], "004_5567385a45e4b666"], path)
    return path


@pytest.mark.parametrize("field", ["body_folded", "body_pairs", "title", "year", "province"])
def test_block_decoding_matches_whoosh_matchers(segmented_index, field):
    with index.open_dir(str(segmented_index)).reader() as reader:
        assert len(reader.leaf_readers()) >= 3
        terms = [text for name, text in reader.all_terms() if name == field]
        assert len(terms) > 5
        for text in terms:
            ids, weights = term_postings(reader, field, text)
            expected = list(reader.postings(field, text).items_as("weight"))
            assert ids.tolist() == [docnum for docnum, _ in expected], text
            assert np.allclose(weights, [weight for _, weight in expected]), text


def test_a_term_whose_documents_are_all_deleted_has_no_postings(tmp_path, sample_file):
    build(read_sources([str(sample_file)], print), tmp_path)
    with index.open_dir(str(tmp_path)).searcher() as searcher:
        reader = searcher.reader()
        text = next(
            t
            for f, t in reader.all_terms()
            if f == "body_folded" and reader.doc_frequency(f, t) > 8
        )
        doomed = [
            searcher.stored_fields(d)["id"] for d in reader.postings("body_folded", text).all_ids()
        ]
    delete(doomed, tmp_path)
    with index.open_dir(str(tmp_path)).reader() as reader:
        ids, weights = term_postings(reader, "body_folded", text)
        assert (ids.tolist(), weights.tolist()) == ([], [])
        assert term_postings(reader, "body_folded", "tinh")[0].tolist() == list(
            reader.postings("body_folded", "tinh").all_ids()
        )


@pytest.mark.parametrize("field", ["body_folded", "title", "summary_folded", "title_pairs"])
def test_field_lengths_read_whole_match_whoosh_per_document(segmented_index, field):
    with index.open_dir(str(segmented_index)).reader() as reader:
        lengths = field_lengths(reader, field)
        expected = [
            reader.doc_field_length(d, field, 0) or 0 for d in range(reader.doc_count_all())
        ]
        assert lengths.tolist() == expected
        assert len(set(expected)) > 5


def test_dates_read_whole_match_whoosh_per_document(segmented_index):
    with index.open_dir(str(segmented_index)).reader() as reader:
        stamps = sortable_values(reader, "published", missing=0)
        expected = [
            value
            for leaf, _ in reader.leaf_readers()
            for value in leaf.column_reader("published", translate=False)
        ]
        assert stamps.tolist() == expected
        assert len(set(expected)) > 10
