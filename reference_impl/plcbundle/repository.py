"""A plcbundle repository: bundle files `NNNNNN.jsonl.zst`, the index `plc_bundles.json` and mempool files.

`verify_repository` recomputes every hash and the whole chain and reports, per bundle, every failed check
with its error class; `build_repository` writes a repository the way a profile's tools do; `rebuild_index`
is the index (re)builder. Which check runs under which profile comes from `formats.plcbundle.checks`.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.plcbundle import checks, schema
from binfmt_conformance.formats.plcbundle.profiles import Profile
from binfmt_conformance.reference_impl.plcbundle import jsontext, reader, writer
from binfmt_conformance.reference_impl.plcbundle.reader import profile_of

BUNDLE_FILE = re.compile(r"(\d{6,})\.jsonl\.zst\Z")
MEMPOOL_FILE = re.compile(r"plc_mempool_(\d{6,})\.jsonl\Z")
INDEX_KINDS = {
    "version": "string",
    "origin": "string",
    "last_bundle": "uint",
    "updated_at": "string",
    "total_size_bytes": "uint",
    "total_uncompressed_size_bytes": "uint",
}
ENTRY_KINDS = {
    "bundle_number": "uint",
    "start_time": "string",
    "end_time": "string",
    "operation_count": "uint",
    "did_count": "uint",
    "hash": "string",
    "content_hash": "string",
    "parent": "string",
    "compressed_hash": "string",
    "compressed_size": "uint",
    "uncompressed_size": "uint",
    "cursor": "string",
    "created_at": "string",
}
assert list(ENTRY_KINDS) == [f.name for f in schema.INDEX_ENTRY.fields]


def bundle_filename(number: int) -> str:
    return f"{number:06d}.jsonl.zst"


def mempool_filename(number: int) -> str:
    return f"plc_mempool_{number:06d}.jsonl"


def parse_time(text: Any) -> datetime | None:
    """An RFC 3339 instant (any fraction, `Z` or an offset), or None."""
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", text):
        return None
    head, _, rest = text.partition(".")
    fraction, zone = ("", text[19:]) if not rest else (re.match(r"\d+", rest).group(), rest.lstrip("0123456789"))
    moment = datetime.fromisoformat(head[:19] + ("+00:00" if zone == "Z" else zone))
    return moment.replace(microsecond=int((fraction + "000000")[:6])).astimezone(UTC)


# --- the report -----------------------------------------------------------------------------------------


@dataclass
class BundleReport:
    bundle_number: int
    errors: list[FormatError] = field(default_factory=list)
    operation_count: int = 0
    did_count: int = 0
    nullified_count: int = 0
    content_hash: str = ""
    hash: str = ""  # the chain hash recomputed from the content

    def summary(self) -> dict[str, Any]:
        return {
            "bundle_number": self.bundle_number,
            "operation_count": self.operation_count,
            "did_count": self.did_count,
            "nullified_count": self.nullified_count,
            "content_hash": self.content_hash,
            "hash": self.hash,
        }


@dataclass
class VerifyReport:
    profile: str
    errors: list[FormatError] = field(default_factory=list)  # the index and the repository as a whole
    bundles: list[BundleReport] = field(default_factory=list)
    mempool_count: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and all(not b.errors for b in self.bundles)

    def first_error(self) -> FormatError | None:
        for error in self.errors:
            return error
        for entry in self.bundles:
            for error in entry.errors:
                return error
        return None

    def result(self) -> dict[str, Any]:
        """The verdict of a clean repository: what every implementation of the profile must report."""
        return {
            "bundles": [b.summary() for b in self.bundles],
            "chain_head": self.bundles[-1].hash if self.bundles else "",
            "mempool_count": self.mempool_count,
        }

    def failure(self) -> FormatError:
        """The first failure as one error (its class), the message listing every failure."""
        first = self.first_error()
        assert first is not None
        lines = [f"repository: {e.error_class.value}: {e.message}" for e in self.errors]
        lines += [
            f"bundle {b.bundle_number:06d}: {e.error_class.value}: {e.message}" for b in self.bundles for e in b.errors
        ]
        return FormatError(first.error_class, "; ".join(lines), first.clause)

    def text(self) -> str:
        """Upstream-CLI-shaped report (Go's `verify --chain` wording)."""
        out = []
        for error in self.errors:
            out.append(f"✗ Repository: {error.error_class.value} [{error.clause}] {error.message}")
        for entry in self.bundles:
            if entry.errors:
                out.append(f"✗ Bundle {entry.bundle_number:06d} is invalid")
                out.extend(f"  Error: {e.error_class.value} [{e.clause}] {e.message}" for e in entry.errors)
            else:
                out.append(f"✓ Bundle {entry.bundle_number:06d} is valid ({entry.operation_count} operations)")
        if self.ok:
            head = self.bundles[-1].hash if self.bundles else ""
            out.append(f"✓ Chain is valid ({len(self.bundles)} bundles verified)")
            if self.bundles:
                out.append(f"  First: {self.bundles[0].bundle_number:06d}  Last: {self.bundles[-1].bundle_number:06d}")
                out.append(f"  Head: {head}")
        else:
            bad = sum(1 for b in self.bundles if b.errors)
            out.append(
                f"✗ Chain verification failed ({bad} of {len(self.bundles)} bundles invalid,"
                f" {len(self.errors)} repository errors)"
            )
        return "\n".join(out) + "\n"


# --- the index ------------------------------------------------------------------------------------------


def kind_ok(kind: str, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str)
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= reader.U64_MAX


def load_index(root: Path, prof: Profile) -> dict[str, Any]:
    path = root / schema.INDEX_FILE
    if not path.is_file():
        raise checks.error("index.file", f"{schema.INDEX_FILE} not found")
    try:
        index = jsontext.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise checks.error("index.file", f"{schema.INDEX_FILE} is not JSON: {exc}") from None
    if not isinstance(index, dict):
        raise checks.error("index.file", f"{schema.INDEX_FILE} is not a JSON object")
    if checks.applies("index.version", prof.name) and index.get("version") != schema.INDEX_VERSION:
        raise checks.error("index.version", f"unsupported index version {index.get('version')!r} (expected 1.0)")
    for member, kind in INDEX_KINDS.items():
        if member in index and not kind_ok(kind, index[member]):
            raise checks.error("index.members", f"index member {member} is not a {kind}")
        if member not in index and member in prof.index_required:
            raise checks.error("index.members", f"index lacks {member}")
    if not isinstance(index.get("bundles"), list):
        raise checks.error("index.members", "index has no bundles array")
    for position, entry in enumerate(index["bundles"]):
        if not isinstance(entry, dict):
            raise checks.error("index.members", f"bundles[{position}] is not an object")
        for member, kind in ENTRY_KINDS.items():
            if member in entry and not kind_ok(kind, entry[member]):
                raise checks.error("index.members", f"bundles[{position}].{member} is not a {kind}")
            if member not in entry and member in prof.entry_required:
                raise checks.error("index.members", f"bundles[{position}] lacks {member}")
        if "bundle_number" not in entry:
            raise checks.error("index.members", f"bundles[{position}] lacks bundle_number")
    return index


def check_sequence(index: dict[str, Any], prof: Profile) -> list[FormatError]:
    errors = []
    numbers = [entry["bundle_number"] for entry in index["bundles"]]
    if any(b <= a for a, b in itertools.pairwise(numbers)):
        errors.append(checks.error("index.order", "bundle numbers do not strictly increase"))
    if checks.applies("index.sequence", prof.name):
        if numbers and numbers != list(range(1, len(numbers) + 1)):
            errors.append(checks.error("index.sequence", f"bundles are {numbers[:3]}…, not 1, 2, 3, … without a gap"))
        last = numbers[-1] if numbers else 0
        if "last_bundle" in index and index["last_bundle"] != last:
            errors.append(checks.error("index.sequence", f"last_bundle {index['last_bundle']}, last entry {last}"))
    if checks.applies("index.totals", prof.name):
        for total, member in (
            ("total_size_bytes", "compressed_size"),
            ("total_uncompressed_size_bytes", "uncompressed_size"),
        ):
            expected = sum(entry.get(member, 0) for entry in index["bundles"])
            if total in index and index[total] != expected:
                errors.append(checks.error("index.totals", f"{total} is {index[total]}, entries sum to {expected}"))
    return errors


# --- verification ---------------------------------------------------------------------------------------


def boundary_cids(parsed: Sequence[dict[str, Any]]) -> set[str]:
    """CIDs of the run of records at the end that share the last record's createdAt."""
    if not parsed:
        return set()
    last = parsed[-1].get("createdAt")
    out = set()
    for record in reversed(parsed):
        if record.get("createdAt") != last:
            break
        out.add(reader.member_key(record.get("cid")))
    return out


def is_nullified(value: Any, prof: Profile) -> bool:
    if value is True:
        return True
    return prof.string_nullified == "nullified" and isinstance(value, str) and value != ""


def nullified_count(values: list[Any], prof: Profile) -> int:
    """How many of a column of `nullified` members `is_nullified` takes, in C loops."""
    count = sum(map(operator.is_, values, itertools.repeat(True)))
    if prof.string_nullified == "nullified":
        count += sum(1 for value in values if isinstance(value, str) and value != "")
    return count


def in_order(times: list[Any], floor: str) -> bool:
    """True when the loop of `verify_bundle` finds every time at or after the one before it (and `floor`): one
    C pass over a column of strings; anything else (an absent time) is the loop's to judge."""
    return (
        set(map(type, times)) <= {str}
        and (not times or floor <= times[0])
        and all(map(operator.le, times, itertools.islice(times, 1, None)))
    )


@dataclass
class ChainState:
    """What verifying bundle N needs from bundle N-1."""

    entry: dict[str, Any] | None = None
    hash: str = ""  # recomputed
    end_time: str | None = None  # of the records
    boundary: set[str] = field(default_factory=set)


def verify_repository(path: str | Path, profile: str | Profile = "strict") -> VerifyReport:
    """Recompute every hash and the whole chain of the repository at `path` under `profile`."""
    prof = profile_of(profile)
    root = Path(path)
    report = VerifyReport(prof.name)
    try:
        index = load_index(root, prof)
    except FormatError as exc:
        report.errors.append(exc)
        return report
    report.errors.extend(check_sequence(index, prof))
    entries = index["bundles"]
    chain = ChainState()
    for position, entry in enumerate(entries):
        last = position == len(entries) - 1
        entry_report = BundleReport(entry["bundle_number"])
        report.bundles.append(entry_report)
        chain = verify_bundle(root, index, entry, position, last, chain, prof, entry_report)
    verify_mempool(root, entries, chain, prof, report)
    return report


def verify_bundle(
    root: Path,
    index: dict[str, Any],
    entry: dict[str, Any],
    position: int,
    last: bool,
    chain: ChainState,
    prof: Profile,
    out: BundleReport,
) -> ChainState:
    number = entry["bundle_number"]
    errors = out.errors

    def check(condition: bool, check_id: str, message: str) -> None:
        if not condition and checks.applies(check_id, prof.name):
            errors.append(checks.error(check_id, message))

    parent = entry.get("parent", "")
    # The chain: parent links (Go leaves the first listed bundle's parent unchecked: partial clones).
    if position > 0:
        previous_hash = chain.entry.get("hash", "") if chain.entry else ""
        check(
            parent == previous_hash,
            "chain.parent",
            f"parent {parent[:16]!r}… is not bundle {chain.entry['bundle_number']}'s hash {previous_hash[:16]}…",
        )
    elif prof.name != "go":
        check(parent == "", "chain.parent", f"bundle {number} is first but has parent {parent[:16]!r}…")
    file = root / bundle_filename(number)
    if not file.is_file():
        errors.append(checks.error("repo.file", f"{file.name} not found"))
        return ChainState(entry, "", None, set())
    data = file.read_bytes()
    compressed_hash = hashlib.sha256(data).hexdigest()  # once: the message below reuses it
    check(
        compressed_hash == entry.get("compressed_hash"),
        "hash.compressed",
        f"compressed hash mismatch: expected {entry.get('compressed_hash')}, got {compressed_hash}",
    )
    check(
        entry.get("compressed_size") == len(data),
        "size.compressed",
        f"compressed size mismatch: expected {entry.get('compressed_size')}, got {len(data)}",
    )
    try:
        bundle = reader.read_bundle(data, prof)
    except FormatError as exc:
        errors.append(FormatError(exc.error_class, f"{file.name}: {exc.message}", exc.clause))
        return ChainState(entry, "", None, set())
    records = bundle.parsed
    content_hash = bundle.content_hash
    out.content_hash = content_hash
    out.operation_count = len(bundle.records)
    out.did_count = reader.did_count(records)
    out.nullified_count = nullified_count(reader.column(records, "nullified"), prof)
    check(
        entry.get("content_hash") == content_hash,
        "hash.content",
        f"content hash mismatch: expected {entry.get('content_hash')}, got {content_hash}",
    )
    check(
        entry.get("uncompressed_size") == len(bundle.content),
        "size.uncompressed",
        f"uncompressed size mismatch: expected {entry.get('uncompressed_size')}, got {len(bundle.content)}",
    )
    check(
        entry.get("operation_count") == len(records),
        "entry.operation-count",
        f"operation_count {entry.get('operation_count')}, the file holds {len(records)}",
    )
    start = records[0].get("createdAt") if records else ""
    end = records[-1].get("createdAt") if records else ""
    check(
        entry.get("did_count") == out.did_count,
        "entry.content",
        f"did_count {entry.get('did_count')}, not {out.did_count}",
    )
    check(entry.get("start_time") == start, "entry.content", f"start_time {entry.get('start_time')!r}, not {start!r}")
    check(entry.get("end_time") == end, "entry.content", f"end_time {entry.get('end_time')!r}, not {end!r}")
    if bundle.metadata is not None:
        meta = bundle.metadata
        for member, expected in (
            ("bundle_number", number),
            ("content_hash", content_hash),
            ("operation_count", len(records)),
            ("parent_hash", parent),
        ):
            check(
                meta.get(member, "") == expected,
                "entry.metadata",
                f"metadata {member} {meta.get(member)!r} disagrees with the index ({expected!r})",
            )
        if prof.name == "strict":
            check(
                meta.get("origin") == index.get("origin"),
                "entry.metadata",
                f"metadata origin {meta.get('origin')!r} is not the index's {index.get('origin')!r}",
            )
    # The chain hash, recomputed from the content and the recomputed parent.
    expected_parent = chain.hash if position > 0 else ""
    out.hash = writer.chain_hash(expected_parent, content_hash)
    check(
        entry.get("hash") == out.hash,
        "chain.hash",
        f"chain hash mismatch: index says {entry.get('hash', '')[:16]}…, recomputed {out.hash[:16]}…",
    )
    check(
        last or len(records) == schema.RECORDS_PER_BUNDLE,
        "bundle.size",
        f"bundle {number} is not the last but holds {len(records)} records, not 10000",
    )
    times = reader.column(records, "createdAt")
    if checks.applies("bundle.order", prof.name) and not in_order(times, chain.end_time or ""):
        floor = chain.end_time or ""
        for index_, moment in enumerate(times):
            if not isinstance(moment, str) or moment < floor:  # a time that is no string orders nowhere
                errors.append(checks.error("bundle.order", f"record {index_} at {moment} is before {floor}"))
                break
            floor = moment
    cids = reader.member_keys(reader.column(records, "cid")) if chain.boundary else []
    repeated = list(filter(chain.boundary.__contains__, cids))
    check(not repeated, "bundle.boundary", f"record with CID {repeated[:1]} repeats the previous bundle's boundary")
    check_cursor(entry.get("cursor", ""), position, chain, prof, check)
    return ChainState(entry, out.hash, end, boundary_cids(records))


def check_cursor(cursor: str, position: int, chain: ChainState, prof: Profile, check: Any) -> None:
    previous_end = chain.entry.get("end_time", "") if chain.entry and position > 0 else ""
    if prof.cursor_rule == "previous_end":
        check(
            cursor == previous_end,
            "index.cursor",
            f"cursor mismatch: expected {previous_end!r} (previous bundle end_time), got {cursor!r}",
        )
        return
    # Go: the fetch cursor (empty, or a time not before the previous bundle's end)
    if cursor == "":
        return
    moment, floor = parse_time(cursor), parse_time(previous_end) if previous_end else None
    check(
        moment is not None and (floor is None or moment >= floor),
        "index.cursor",
        f"cursor {cursor!r} is not a time at or after the previous end_time {previous_end!r}",
    )


def verify_mempool(
    root: Path, entries: list[dict[str, Any]], chain: ChainState, prof: Profile, report: VerifyReport
) -> None:
    """Count the next bundle's mempool records; under the spec profiles also check every mempool file."""
    next_number = (entries[-1]["bundle_number"] if entries else 0) + 1
    checked = checks.applies("mempool.file", prof.name)
    for file in sorted(root.iterdir()):
        found = MEMPOOL_FILE.match(file.name)
        if not found:
            continue
        if int(found.group(1)) != next_number:
            if checked:
                report.errors.append(checks.error("mempool.file", f"{file.name} is not for bundle {next_number}"))
            continue
        try:
            lines = reader.split_content(file.read_bytes(), prof)
            parsed = reader.parse_records(lines, prof)
        except FormatError as exc:
            report.errors.append(checks.error("mempool.file", f"{file.name}: {exc.message}", exc.error_class))
            continue
        report.mempool_count += len(parsed)
        floor, seen = chain.end_time or "", set(chain.boundary)
        for number, record in enumerate(parsed):
            if checked and (record["createdAt"] < floor or record["cid"] in seen):
                report.errors.append(
                    checks.error("mempool.file", f"{file.name} record {number} is out of order or repeats a CID")
                )
                break
            floor = record.get("createdAt", floor)
            seen.add(reader.member_key(record.get("cid")))


# --- writing --------------------------------------------------------------------------------------------


@dataclass
class Written:
    """One bundle as written, with what its index entry needs."""

    number: int
    data: bytes
    lines: list[str]
    content_hash: str
    hash: str
    parent: str
    cursor: str
    data_bytes: int


def index_entry(written: Written, prof: Profile, created_at: datetime) -> dict[str, Any]:
    fields = writer.record_fields(written.lines)
    times = [f.get("createdAt", "") for f in fields]
    entry = {
        "bundle_number": written.number,
        "start_time": writer.profile_time(times[0], prof) if times else "",
        "end_time": writer.profile_time(times[-1], prof) if times else "",
        "operation_count": len(written.lines),
        "did_count": reader.did_count(fields),
        "hash": written.hash,
        "content_hash": written.content_hash,
        "parent": written.parent,
        "compressed_hash": hashlib.sha256(written.data).hexdigest(),
        "compressed_size": written.data_bytes if prof.index_compressed_size == "frames" else len(written.data),
        "uncompressed_size": len(writer.content_of(written.lines)),
        "cursor": written.cursor,
        "created_at": writer.write_time(created_at, prof),
    }
    if not prof.genesis_parent_member and written.parent == "":
        del entry["parent"]
    return entry


def index_document(entries: list[dict[str, Any]], prof: Profile, origin: str, updated_at: datetime) -> dict[str, Any]:
    index: dict[str, Any] = {"version": schema.INDEX_VERSION}
    if prof.index_origin:
        index["origin"] = origin
    index["last_bundle"] = entries[-1]["bundle_number"] if entries else 0
    index["updated_at"] = writer.write_time(updated_at, prof)
    index["total_size_bytes"] = sum(e["compressed_size"] for e in entries)
    if prof.index_total_uncompressed:
        index["total_uncompressed_size_bytes"] = sum(e["uncompressed_size"] for e in entries)
    index["bundles"] = entries
    return index


def index_text(index: dict[str, Any], prof: Profile) -> bytes:
    """Pretty JSON with 2 spaces, as every upstream writer saves it (no trailing newline)."""
    text = json.dumps(index, indent=2, ensure_ascii=False)
    if prof.name == "go":
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return text.encode("utf-8")


def build_repository(
    bundles: Sequence[Sequence[str]],
    profile: str | Profile = "strict",
    *,
    origin: str = "https://plc.directory",
    written_at: datetime = writer.FIXED_WRITE_TIME,
    layouts: Sequence[str] | None = None,
    mempool: Sequence[str] = (),
    fetch_cursors: Sequence[str] | None = None,
) -> dict[str, bytes]:
    """A repository as `profile`'s tools write it: {file name: bytes}. `layouts` overrides the layout per
    bundle ("legacy"/"framed"); `fetch_cursors` gives Go's fetch cursor per bundle (default: the bundle's
    own end_time, what Go's sync records when the mempool held nothing newer)."""
    prof = profile_of(profile)
    files: dict[str, bytes] = {}
    entries: list[dict[str, Any]] = []
    parent, previous_end = "", ""
    for position, lines in enumerate(bundles):
        number = position + 1
        content = writer.content_of(lines)
        content_hash = hashlib.sha256(content).hexdigest()
        times = [f.get("createdAt", "") for f in writer.record_fields(lines)]
        if prof.cursor_rule == "fetch_cursor":
            cursor = fetch_cursors[position] if fetch_cursors else writer.go_time(times[-1]) if times else ""
        else:
            cursor = previous_end
        info = writer.BundleInfo(
            number,
            origin,
            parent,
            cursor if prof.name == "go" else "",
            written_at,
            created_by_host="3f2a9c0d5e7b1a48" if prof.name == "go" else "",
        )
        layout = layouts[position] if layouts else prof.layout
        data = writer.write_framed(lines, prof, info) if layout == "framed" else writer.write_legacy(lines)
        data_bytes = len(data) - reader.data_start(data)
        written = Written(
            number, data, list(lines), content_hash, writer.chain_hash(parent, content_hash), parent, cursor, data_bytes
        )
        files[bundle_filename(number)] = data
        entries.append(index_entry(written, prof, written_at))
        parent, previous_end = written.hash, entries[-1]["end_time"]
    files[schema.INDEX_FILE] = index_text(index_document(entries, prof, origin, written_at), prof)
    if mempool:
        files[mempool_filename(len(bundles) + 1)] = writer.content_of(mempool)
    return files


def write_files(root: str | Path, files: dict[str, bytes]) -> None:
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)


def bundle_numbers(root: Path) -> list[int]:
    return sorted(int(m.group(1)) for p in root.iterdir() if (m := BUNDLE_FILE.match(p.name)) and p.is_file())


def rebuild_index(
    path: str | Path,
    profile: str | Profile = "go",
    *,
    origin: str = "https://plc.directory",
    written_at: datetime = writer.FIXED_WRITE_TIME,
) -> dict[str, Any]:
    """The index (re)builder: scan every bundle file, recompute hashes and the chain, return the index.
    Under `rust` an index is built from metadata frames only, so a legacy bundle fails (as Rust's
    `rebuild` does: "Failed to extract metadata from bundle N")."""
    prof = profile_of(profile)
    root = Path(path)
    entries: list[dict[str, Any]] = []
    parent, previous_end = "", ""
    for number in bundle_numbers(root):
        data = (root / bundle_filename(number)).read_bytes()
        bundle = reader.read_bundle(data, prof)
        if prof.name == "rust" and bundle.metadata is None:
            raise FormatError(
                ErrorClass.INVALID_HEADER, f"Failed to extract metadata from bundle {number}", "plcbundle.index.rebuild"
            )
        # Rust's rebuild stores the file size (unlike its sync) and copies uncompressed_size from the
        # metadata frame, which Go's metadata lacks: 0 (#5).
        written = Written(
            number,
            data,
            bundle.records,
            bundle.content_hash,
            writer.chain_hash(parent, bundle.content_hash),
            parent,
            previous_end,
            len(data),
        )
        entry = index_entry(written, prof, written_at)
        if prof.name == "rust" and bundle.metadata is not None:
            entry["uncompressed_size"] = bundle.metadata.get("uncompressed_size") or 0
        entries.append(entry)
        parent, previous_end = written.hash, entry["end_time"]
    return index_document(entries, prof, origin, written_at)
