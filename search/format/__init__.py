"""The index format, in one place: the schema (``schema``), the posting codec
(``codec``), whole-column reads (``columns``), the segment writer the indexer uses
(``writer``, over ``postings``), and the private Whoosh names they rely on
(``whoosh_internals``). The indexer writes it, the search library reads it.
"""
