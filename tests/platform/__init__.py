"""Tests of the helper app's platform backends."""
