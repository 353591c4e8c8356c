"""Fill resources/translations/ptce_en.ts from scripts/english.tsv (source<TAB>English, with
\\n for new lines): run after `make translations` has added new strings, then run it again to
compile. Strings left without English are listed and the script exits 1.

pyside6-lupdate does not see the refusals the services raise with `t("template", ...)`
(ptce_desktop/text.py): this script collects those templates from the package's source and
writes them under the context "messages", where gui/i18n.py's `message` looks them up."""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "ptce_en.ts"
TABLE = Path(__file__).with_name("english.tsv")
PACKAGE = ROOT / "ptce_desktop"
MESSAGES = "messages"


def message_templates(package: Path = PACKAGE) -> dict[str, str]:
    """Every template given to `t(...)` in the package, with the first place it is used
    ("ptce_desktop/io/x.py:12"); a `t` whose template is not a string literal is an error."""
    found: dict[str, str] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id != "t" or not node.args:
                continue
            where = f"{path.relative_to(package.parent).as_posix()}:{node.lineno}"
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                raise ValueError(f"{where} : t() veut un modèle littéral")
            found.setdefault(first.value, where)
    return found


def put_messages(root: ET.Element, templates: dict[str, str]) -> None:
    """The context "messages" of the catalogue, rebuilt from `templates` in alphabetical order
    (the English comes from the table, like every other string's)."""
    for context in list(root.iter("context")):
        if context.findtext("name") == MESSAGES:
            root.remove(context)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = MESSAGES
    for template in sorted(templates):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = template
        ET.SubElement(message, "translation", type="unfinished")


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
    put_messages(tree.getroot(), message_templates())
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
