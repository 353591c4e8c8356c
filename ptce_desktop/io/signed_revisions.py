"""What a signed minutes PDF may hold after its first signature, checked object by object.

pyHanko's difference analysis accepts a new signature field as form filling: a third field
whose appearance paints another amount over the page passes it. So, besides pyHanko, each
signature's revision is read here: the objects it adds must all belong to that signature (its
value and the appearance of its own box; or the XMP metadata pyHanko may rewrite), and the
objects it changes may only be its own field (given /V and /AP), the form (same fields), the
catalog (extensions, version, permissions, metadata) and the document information (our /PTCE
entries untouched). No other revision may follow the first
signature, and the signature fields of the last revision must be exactly the designated boxes,
on the page and at the place they had before anyone signed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeAlias

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import HistoricalResolver, PdfFileReader
from pyhanko.pdf_utils.rw_common import PdfHandler
from pyhanko.sign import fields
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

from ..text import t

FIELD_KEYS = frozenset({"/V", "/AP"})  # what signing a box sets on its field
FORM_KEYS = frozenset({"/SigFlags"})
ROOT_KEYS = frozenset({"/Extensions", "/Version", "/Perms", "/Metadata"})
# Where a signature box is: (its field's object id, its page's object id, its /Rect rounded).
Place: TypeAlias = tuple[int, int | None, list[float]]


def _plain(obj: Any) -> Any:
    """A comparable copy: references as (idnum, generation), streams as (dict, data)."""
    if isinstance(obj, generic.IndirectObject):
        return ("ref", obj.idnum, obj.generation)
    if isinstance(obj, generic.StreamObject):
        return ({str(k): _plain(v) for k, v in obj.items()}, obj.data)
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    return obj


def _differs(old: Any, new: Any, *, allowed: Iterable[str]) -> set[str]:
    """The keys of two dictionaries whose values differ, outside `allowed`."""
    a, b = _plain(old), _plain(new)
    keys = (a.keys() | b.keys()) - set(allowed)
    return {k for k in keys if a.get(k) != b.get(k)}


def _new_refs_from(
    start: Sequence[generic.PdfObject], resolver: HistoricalResolver, new: set[int]
) -> set[int]:
    """The ids of the objects new in this revision reachable from `start`."""
    found: set[int] = set()
    stack = list(start)
    while stack:
        obj = stack.pop()
        if isinstance(obj, generic.IndirectObject):
            if obj.idnum not in new or obj.idnum in found:
                continue
            found.add(obj.idnum)
            stack.append(resolver(generic.Reference(obj.idnum, obj.generation)))
        elif isinstance(obj, dict):
            stack.extend(obj.values())
        elif isinstance(obj, list):
            stack.extend(obj)
    return found


def _xmp(resolver: HistoricalResolver, new: set[int]) -> set[int]:
    """The document's XMP metadata stream when this revision rewrote it (pyHanko may, on
    signing): metadata, never page content."""
    ref = resolver.root.raw_get("/Metadata") if "/Metadata" in resolver.root else None
    if not isinstance(ref, generic.IndirectObject) or ref.idnum not in new:
        return set()
    stream = resolver(generic.Reference(ref.idnum, ref.generation))
    is_xmp = isinstance(stream, generic.StreamObject) and stream.get("/Subtype") == "/XML"
    return {ref.idnum} if is_xmp and stream.get("/Type") == "/Metadata" else set()


def _fields_at(resolver: PdfHandler) -> dict[str, Place]:
    """{name: (field idnum, page idnum, rect)} of the signature fields a revision holds."""
    out: dict[str, Place] = {}
    for name, _value, ref in fields.enumerate_sig_fields(resolver):
        field = ref.get_object()
        page = field.raw_get("/P") if "/P" in field else None
        out[name] = (
            ref.idnum,
            page.idnum if isinstance(page, generic.IndirectObject) else None,
            [round(float(v), 2) for v in field.get("/Rect", [])],
        )
    return out


def revision_problems(
    reader: PdfFileReader, signatures: Sequence[EmbeddedPdfSignature], designated: Sequence[str]
) -> list[str]:
    """Every change after the first signature that is not a designated box being signed, in
    French; [] when the PDF holds only its designated signatures."""
    if not signatures:
        return []
    xrefs = reader.xrefs
    first = min(s.signed_revision for s in signatures)
    problems: list[str] = []
    original = _fields_at(reader.get_historical_resolver(first - 1)) if first > 0 else {}
    final = _fields_at(reader)
    if sorted(final) != sorted(designated):
        extra = sorted(set(final) - set(designated))
        problems.append(
            "champs de signature non prévus : " + ", ".join(f"« {n} »" for n in extra)
            if extra
            else "cadres de signature prévus absents : "
            + ", ".join(f"« {n} »" for n in sorted(set(designated) - set(final)))
        )
    for name in sorted(set(final) & set(original)):
        if final[name][1:] != original[name][1:]:
            problems.append(t("le cadre « {name} » a changé de page ou de place", name=name))
    by_revision = {s.signed_revision: s for s in signatures}
    seen: set[int] = set()
    for rev in range(first):
        seen |= {r.idnum for r in xrefs.explicit_refs_in_revision(rev)}
    for rev in range(first, xrefs.total_revisions):
        changed = {r.idnum: r for r in xrefs.explicit_refs_in_revision(rev)}
        sig = by_revision.get(rev)
        if sig is None:
            problems.append(
                t(
                    "révision {value} : modification ajoutée après la première signature, "
                    "qui n'est pas une signature",
                    value=rev + 1,
                )
            )
        else:
            problems += _signature_revision(reader, rev, sig, changed, seen, original)
        seen |= set(changed)
    return problems


def _signature_revision(
    reader: PdfFileReader,
    rev: int,
    sig: EmbeddedPdfSignature,
    changed: dict[int, generic.Reference],
    seen: set[int],
    original: dict[str, Place],
) -> list[str]:
    now, before = reader.get_historical_resolver(rev), reader.get_historical_resolver(rev - 1)
    name = sig.field_name
    field_id = original.get(name, (None,))[0]
    new = set(changed) - seen
    field = now(changed[field_id]) if field_id in changed else None
    start = [] if field is None else [field.raw_get(k) for k in FIELD_KEYS if k in field]
    own = _new_refs_from(start, now, new) | _xmp(now, new)
    problems: list[str] = []
    if stray := sorted(new - own):
        problems.append(
            t(
                "signature « {name} » : {stray_count} objet(s) ajouté(s) qui n'appartiennent "
                "pas à sa signature (nouveau champ, annotation ou contenu : n° "
                "{numbers})",
                name=name,
                stray_count=len(stray),
                numbers=", ".join(map(str, stray)),
            )
        )
    root_id = reader.root_ref.idnum
    info = reader.trailer_view.raw_get("/Info")
    info_id = info.idnum if isinstance(info, generic.IndirectObject) else None
    form = before.root.raw_get("/AcroForm") if "/AcroForm" in before.root else None
    form_id = form.idnum if isinstance(form, generic.IndirectObject) else None
    for idnum in sorted(set(changed) & seen):
        old, cur = before(changed[idnum]), now(changed[idnum])
        if idnum == field_id:
            bad = _differs(old, cur, allowed=FIELD_KEYS)
        elif idnum == form_id:
            bad = _differs(old, cur, allowed=FORM_KEYS)
        elif idnum == root_id:
            bad = _differs(old, cur, allowed=ROOT_KEYS)
        elif idnum == info_id:
            bad = {k for k in _differs(old, cur, allowed=()) if k.startswith("/PTCE")}
        else:
            kind = cur.get("/Type", "objet") if isinstance(cur, dict) else "objet"
            problems.append(
                t(
                    "signature « {name} » : {value} n° {idnum} modifié (page, contenu "
                    "ou annotation existante)",
                    name=name,
                    value=str(kind).lstrip("/"),
                    idnum=idnum,
                )
            )
            continue
        if bad:
            problems.append(
                t(
                    "signature « {name} » : objet n° {idnum} modifié ({bad})",
                    name=name,
                    idnum=idnum,
                    bad=", ".join(sorted(bad)),
                )
            )
    return problems
