"""Fill resources/translations/ptce_en.ts from scripts/english.tsv (source<TAB>English, with
\\n for new lines): run after `make translations` has added new strings, then run it again to
compile. Strings left without English are listed and the script exits 1."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "ptce_en.ts"
TABLE = Path(__file__).with_name("english.tsv")


def load_table() -> dict[str, str]:
    table = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            source, english = line.split("\t")
            table[source.replace("\\n", "\n")] = english.replace("\\n", "\n")
    return table


def main() -> int:
    table = load_table()
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"sans traduction : {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
