"""Events and initiatives: the word lists, span rules and links behind their taggers and linkers."""
