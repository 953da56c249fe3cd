"""The scorer's posting arrays, decoded a block at a time, against Whoosh's own matchers."""

import numpy as np
import pytest
from whoosh import index

from indexer.build import build, delete
from indexer.sources import read_sources
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
