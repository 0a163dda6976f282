"""`assist-org`: an organisation's own tool to vouch for its supporters (issue 16).

It uses `crypto.certificates` only: no Qt, no app, no network. docs/ORGANISATIONS.md.
"""
