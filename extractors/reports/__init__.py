"""Regional reports: the dataset registry entries (`kind` other than news) and their fetching."""
