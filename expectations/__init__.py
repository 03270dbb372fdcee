"""Great Expectations suites for the articles and facts batches, the quarantine split and the
load gate. Entry points: `expectations.validate` (GX itself is imported only when validating).
"""
