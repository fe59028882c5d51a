"""The gazetteers: TSV tables, one entry a line, read by ``ruskin.gazetteer.load_table``."""
