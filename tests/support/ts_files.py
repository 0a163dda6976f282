"""Reading Qt's translation (.ts) files: the messages, their translations, and which are done."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """Every message of a .ts file by (context, source text)."""
    tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    """The translated text, or each plural form of it."""
    element = message.find("translation")
    assert element is not None
    forms = [form.text or "" for form in element.iter("numerusform")]
    return forms or [element.text or ""]


def is_finished(message: ET.Element) -> bool:
    """True when the message is translated: not unfinished, obsolete or empty."""
    element = message.find("translation")
    return (
        element is not None
        and element.get("type") not in ("unfinished", "obsolete", "vanished")
        and all(text.strip() for text in translations_of(message))
    )
