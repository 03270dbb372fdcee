"""Local copies of news sites for tests: page templates (`render`) and HTTP mirrors."""
