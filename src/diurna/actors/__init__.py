"""Actor mentions: lexicon matching, resolution by date, coreference within an article."""
