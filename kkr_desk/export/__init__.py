"""Records out of documents: the corpus gold format, CSV and JSON archives."""
