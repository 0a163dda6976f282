"""Pairing code (`crypto.code`) and the I/O-free pairing protocol (`crypto.pairing`)."""
