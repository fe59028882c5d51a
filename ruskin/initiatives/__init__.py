"""How law mentions reach beyond their name: jurisdictions, article references, quoted titles."""
