"""The gazetteers: TSV tables, one entry a line, read by ``ruskin.gazetteers.gazetteer.load_table``."""
