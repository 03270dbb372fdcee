"""The parser version: bump it when a rule change can change any fact."""

#: Stored with every fact; a page is re-parsed when its facts carry another version.
PARSER_VERSION = "0.3.0"
