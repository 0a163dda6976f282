"""Fill translations into a `.ts` file from JSON, or list what is still missing.

    python -m i18n.fill fi fi.json      # {context: {source: text or [plural forms]}}
    python -m i18n.fill en --from-source  # English: the source text is the translation
    python -m i18n.fill sv --missing      # print what sv still lacks, as JSON to fill in

A "*" context applies to every context. Run `python -m i18n.build --update`
afterwards so lupdate writes the file back in its own layout.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from . import ts_path


def _unfinished(element: ET.Element) -> bool:
    forms = [f.text or "" for f in element.iter("numerusform")]
    texts = forms or [element.text or ""]
    return element.get("type") == "unfinished" or not all(t.strip() for t in texts)


def missing(ts: Path) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            element = message.find("translation")
            if element is not None and _unfinished(element):
                found.setdefault(name, {})[message.findtext("source", "")] = ""
    return found


def fill(ts: Path, data: dict[str, dict[str, object]], *, from_source: bool = False) -> list:
    tree = ET.parse(ts)
    left = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            element = message.find("translation")
            assert element is not None
            text = data.get(name, {}).get(source, data.get("*", {}).get(source))
            if text is None and from_source and _unfinished(element):
                # Plural forms need a person: "%n minute" is not the source's "%n minutes".
                text = None if message.get("numerus") == "yes" else source
            if text is None:
                if _unfinished(element):
                    left.append((name, source))
                continue
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text]
                for child in list(element):
                    element.remove(child)
                element.text = None
                for form in forms:
                    ET.SubElement(element, "numerusform").text = form
            else:
                element.text = str(text)
            element.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("lang")
    parser.add_argument("json", nargs="?")
    parser.add_argument("--from-source", action="store_true")
    parser.add_argument("--missing", action="store_true")
    args = parser.parse_args(argv)
    ts = ts_path(args.lang)
    if args.missing:
        json.dump(missing(ts), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    data = json.loads(Path(args.json).read_text(encoding="utf-8")) if args.json else {}
    left = fill(ts, data, from_source=args.from_source)
    for context, source in left:
        print("MISSING", context, repr(source))
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main())
