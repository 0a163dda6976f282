"""Platform backends behind small interfaces (screen source, input sink, local activity)."""
