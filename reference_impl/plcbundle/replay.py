"""Validating replay of a did:plc operation stream (PLC ``/export`` JSONL, plcbundle content) into DID state.

``replay(lines)`` folds export records in stream order into one operation log per DID, verifying every
operation as the PLC directory does when it accepts one, and never trusting the record's ``nullified``
flag: nullification is derived from ``prev`` links and the fork rule. An invalid record is reported with
one reason class and skipped; replay never stops and never raises for any content of the lines.

Reason classes (exact strings):

``invalid_operation``
    The line is not UTF-8 JSON, not an object, lacks ``did``/``cid``/``createdAt``/``operation`` of the
    right type, or the operation is schema-invalid: unknown ``type``, missing or extra members, wrong member
    types, a rotation key that is not a secp256k1/P-256 did:key, a verification method that is not a
    syntactically valid did:key, more than 10 verification methods, more than 7500 bytes of DAG-CBOR, a
    ``create`` that is not a genesis, a tombstone without ``prev``. Also a ``createdAt`` not later than the
    operation it follows (or, for a fork, than the current head): the directory's timestamps only increase.
``cid_mismatch``
    The record's ``cid`` is not the CID of its operation (CIDv1, dag-cbor, sha2-256, base32 ``b…``).
``duplicate``
    The operation's CID is already in the DID's log (accepted before, nullified or not).
``did_mismatch``
    A genesis operation (``prev: null``) whose hash does not give the record's DID.
``wrong_prev``
    ``prev`` names no operation of this DID (or the DID has no genesis yet), or names a nullified one.
``after_tombstone``
    ``prev`` names a tombstone: a tombstone has no rotation keys, nothing can follow it.
``non_canonical_signature``
    ``sig`` is not strict unpadded base64url with zero trailing bits, does not decode to 64 bytes, or is a
    high-S signature (s > n/2) that would otherwise verify under one of the rotation keys.
``bad_signature``
    No rotation key of the operation that ``prev`` names (of the operation itself, for a genesis) verifies
    the signature over the DAG-CBOR of the operation without ``sig``.
``unauthorized_key``
    A fork (``prev`` is not the head) signed by a rotation key of ``prev`` that is not of strictly higher
    priority (lower index) than the key that signed the operation it would displace.
``recovery_window_expired``
    A valid fork whose ``createdAt`` is more than 72 hours after the first operation it would nullify
    (exactly 72 hours is still allowed).

Checks run in this order, the first failure naming the class: record shape and operation schema; CID;
duplicate; then for a genesis the DID and the signature, otherwise ``prev`` (unknown DID, unknown or
nullified op, tombstone), signature (encoding, keys, priority), timestamp order, recovery window.

The fork rule follows the reference implementation (go-didplc ``VerifyOperation``): every accepted
operation keeps the number of its leading rotation keys still allowed to sign a child; accepting a child
signed by key ``i`` cuts that number to ``i``. An operation whose ``prev`` already has an active child is a
fork; it nullifies that child and everything after it.

State of a DID is the state of its head operation. A legacy ``create`` is normalised as the reference
library does: rotation keys ``[recoveryKey, signingKey]``, ``verificationMethods.atproto = signingKey``,
``alsoKnownAs = [ensureAtprotoPrefix(handle)]``, ``services.atproto_pds = {AtprotoPersonalDataServer,
ensureHttpPrefix(service)}``. A tombstoned DID has empty data fields and ``tombstoned: true``.

Not enforced, deliberately: the spec's "1 to 5 rotation keys, no duplicates" (the reference interop suite
classifies logs with empty and with duplicated rotation keys as valid), and the directory's submission-time
anti-abuse limits (rate limits, per-field lengths), which are not properties of a stored log.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any

import dag_cbor
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from dag_cbor.encoding.err import CBORError


class Reason(StrEnum):
    INVALID_OPERATION = "invalid_operation"
    CID_MISMATCH = "cid_mismatch"
    DUPLICATE = "duplicate"
    DID_MISMATCH = "did_mismatch"
    WRONG_PREV = "wrong_prev"
    AFTER_TOMBSTONE = "after_tombstone"
    NON_CANONICAL_SIGNATURE = "non_canonical_signature"
    BAD_SIGNATURE = "bad_signature"
    UNAUTHORIZED_KEY = "unauthorized_key"
    RECOVERY_WINDOW_EXPIRED = "recovery_window_expired"


REASON_CLASSES: tuple[str, ...] = tuple(reason.value for reason in Reason)

RECOVERY_WINDOW_US = 72 * 3600 * 1_000_000
MAX_OPERATION_BYTES = 7500  # DAG-CBOR of the signed operation (did:plc spec, anti-abuse limit)
MAX_VERIFICATION_METHODS = 10  # did:plc spec v0.2

_DID_PLC = re.compile(r"did:plc:[a-z2-7]{24}")
_BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_INDEX = {char: index for index, char in enumerate(_BASE58_ALPHABET)}
_DID_KEY_SYNTAX = re.compile(r"did:key:z[1-9A-HJ-NP-Za-km-z]+")
_BASE64URL = re.compile(r"[A-Za-z0-9_-]*")
_TIMESTAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})", re.ASCII)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# did:key multicodec prefixes (unsigned varints) of the two curves allowed for rotation keys.
_ROTATION_CURVES: dict[bytes, tuple[ec.EllipticCurve, int]] = {
    b"\xe7\x01": (ec.SECP256K1(), 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141),
    b"\x80\x24": (ec.SECP256R1(), 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551),
}

_OPERATION_MEMBERS = {
    "plc_operation": frozenset(
        {"type", "rotationKeys", "verificationMethods", "alsoKnownAs", "services", "prev", "sig"}
    ),
    "create": frozenset({"type", "signingKey", "recoveryKey", "handle", "service", "prev", "sig"}),
    "plc_tombstone": frozenset({"type", "prev", "sig"}),
}


# --------------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class InvalidOp:
    """A rejected record. ``cid``/``did`` are the record's own members when they are strings."""

    line: int  # 0-based index in the stream
    cid: str | None
    did: str | None
    reason: Reason
    detail: str

    def to_json(self, include_detail: bool = True) -> dict[str, Any]:
        body: dict[str, Any] = {"cid": self.cid, "did": self.did, "reason": self.reason.value}
        if include_detail:
            body["detail"] = self.detail
        return body


@dataclass
class DidState:
    """A DID after replay: the data of its head operation, its active history and nullified operations."""

    did: str
    rotation_keys: list[str]
    verification_methods: dict[str, str]
    also_known_as: list[str]
    services: dict[str, dict[str, str]]
    tombstoned: bool
    history: list[str]  # CIDs of the active chain, genesis first
    nullified: list[str] = field(default_factory=list)  # CIDs of nullified operations, in stream order

    def to_json(self) -> dict[str, Any]:
        return {
            "rotation_keys": list(self.rotation_keys),
            "verification_methods": dict(self.verification_methods),
            "also_known_as": list(self.also_known_as),
            "services": {name: dict(service) for name, service in self.services.items()},
            "tombstoned": self.tombstoned,
            "history": list(self.history),
        }


@dataclass
class ReplayResult:
    dids: dict[str, DidState]
    invalid: list[InvalidOp]

    def to_json(self, include_detail: bool = True) -> dict[str, Any]:
        """``{"dids": {did: state}, "invalid": [{"cid","did","reason","detail"}]}``."""
        return {
            "dids": {did: state.to_json() for did, state in self.dids.items()},
            "invalid": [entry.to_json(include_detail) for entry in self.invalid],
        }


# --------------------------------------------------------------------------------------------------------
# Internal model


class _Rejected(Exception):
    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class _Data:
    rotation_keys: list[str]
    verification_methods: dict[str, str]
    also_known_as: list[str]
    services: dict[str, dict[str, str]]


@dataclass(frozen=True)
class _Operation:
    """A schema-valid operation: its prev, its signature text, and its data (None for a tombstone)."""

    raw: dict[str, Any]
    prev: str | None
    sig: str
    data: _Data | None


@dataclass
class _Entry:
    cid: str
    prev: str | None
    data: _Data | None
    created_us: int
    position: int
    allowed: int  # leading rotation keys still allowed to sign a child of this operation
    last_child: str | None = None
    nullified: bool = False

    @property
    def rotation_keys(self) -> list[str]:
        return self.data.rotation_keys if self.data is not None else []


@dataclass
class _Log:
    did: str
    entries: dict[str, _Entry] = field(default_factory=dict)
    head: str = ""


# --------------------------------------------------------------------------------------------------------
# Parsing


def _no_duplicate_members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate member {key!r}")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _parse_json(line: object) -> Any:
    if isinstance(line, bytes | bytearray):
        try:
            line = bytes(line).decode("utf-8")
        except UnicodeDecodeError as error:
            raise _Rejected(Reason.INVALID_OPERATION, f"line is not UTF-8: {error}") from None
    if not isinstance(line, str):
        raise _Rejected(Reason.INVALID_OPERATION, f"line is a {type(line).__name__}, not text")
    try:
        return json.loads(line, object_pairs_hook=_no_duplicate_members, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as error:
        raise _Rejected(Reason.INVALID_OPERATION, f"line is not JSON: {error}") from None


def parse_created_at(text: str) -> int:
    """RFC 3339 timestamp → microseconds since the epoch (digits beyond microseconds are dropped)."""
    match = _TIMESTAMP.fullmatch(text)
    if match is None:
        raise ValueError(f"not an RFC 3339 timestamp: {text!r}")
    year, month, day, hour, minute, second = (int(group) for group in match.groups()[:6])
    fraction = (match.group(7) or "").ljust(6, "0")[:6]
    zone = match.group(8)
    offset = timedelta(0)
    if zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        offset = sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
    moment = datetime(year, month, day, hour, minute, second, int(fraction), tzinfo=UTC) - offset
    return (moment - _EPOCH) // timedelta(microseconds=1)


def _base58_decode(text: str) -> bytes:
    number = 0
    for char in text:
        number = number * 58 + _BASE58_INDEX[char]
    zeros = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * zeros + body


@lru_cache(maxsize=8192)
def parse_rotation_key(did_key: str) -> tuple[ec.EllipticCurvePublicKey, int]:
    """A secp256k1 or P-256 did:key (compressed point) → (public key, group order). Raises ValueError."""
    if not _DID_KEY_SYNTAX.fullmatch(did_key):
        raise ValueError(f"not a base58btc did:key: {did_key!r}")
    decoded = _base58_decode(did_key[len("did:key:z") :])
    curve_entry = _ROTATION_CURVES.get(decoded[:2])
    if curve_entry is None:
        raise ValueError(f"did:key is not a secp256k1 or P-256 public key: {did_key!r}")
    point = decoded[2:]
    if len(point) != 33 or point[0] not in (2, 3):
        raise ValueError(f"did:key is not a compressed point: {did_key!r}")
    curve, order = curve_entry
    return ec.EllipticCurvePublicKey.from_encoded_point(curve, point), order


def _ensure_atproto_prefix(handle: str) -> str:
    # As the reference library's ensureAtprotoPrefix (JS String.replace: first occurrence only).
    if handle.startswith("at://"):
        return handle
    return "at://" + handle.replace("http://", "", 1).replace("https://", "", 1)


def _ensure_http_prefix(url: str) -> str:
    if url.startswith(("http://", "https://")):
        return url
    return "https://" + url


def _require(condition: bool, detail: str) -> None:
    if not condition:
        raise _Rejected(Reason.INVALID_OPERATION, detail)


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _check_rotation_keys(keys: list[str]) -> None:
    for key in keys:
        try:
            parse_rotation_key(key)
        except ValueError as error:
            raise _Rejected(Reason.INVALID_OPERATION, f"invalid rotation key: {error}") from None


def _parse_operation(op: Any) -> _Operation:
    """Schema check of the ``operation`` member (see the module docstring for what is required)."""
    _require(isinstance(op, dict), "operation is not an object")
    op_type = op.get("type")
    members = _OPERATION_MEMBERS.get(op_type) if isinstance(op_type, str) else None
    if members is None:
        raise _Rejected(Reason.INVALID_OPERATION, f"unknown operation type {op_type!r}")
    _require(set(op) == members, f"{op_type} members are {sorted(op)}, expected {sorted(members)}")
    _require(isinstance(op["sig"], str), "sig is not a string")
    prev = op["prev"]

    if op_type == "plc_tombstone":
        _require(isinstance(prev, str), "tombstone prev is not a CID string")
        return _Operation(op, prev, op["sig"], None)

    if op_type == "create":
        _require(prev is None, "legacy create operations are only allowed as genesis (prev null)")
        for name in ("signingKey", "recoveryKey", "handle", "service"):
            _require(isinstance(op[name], str), f"{name} is not a string")
        _check_rotation_keys([op["recoveryKey"], op["signingKey"]])
        data = _Data(
            rotation_keys=[op["recoveryKey"], op["signingKey"]],
            verification_methods={"atproto": op["signingKey"]},
            also_known_as=[_ensure_atproto_prefix(op["handle"])],
            services={
                "atproto_pds": {
                    "type": "AtprotoPersonalDataServer",
                    "endpoint": _ensure_http_prefix(op["service"]),
                }
            },
        )
        return _Operation(op, None, op["sig"], data)

    _require(prev is None or isinstance(prev, str), "prev is neither null nor a string")
    _require(_is_str_list(op["rotationKeys"]), "rotationKeys is not a list of strings")
    _require(_is_str_list(op["alsoKnownAs"]), "alsoKnownAs is not a list of strings")
    methods = op["verificationMethods"]
    _require(isinstance(methods, dict), "verificationMethods is not an object")
    _require(len(methods) <= MAX_VERIFICATION_METHODS, f"more than {MAX_VERIFICATION_METHODS} methods")
    for name, key in methods.items():
        _require(isinstance(key, str) and bool(_DID_KEY_SYNTAX.fullmatch(key)), f"method {name!r} is not a did:key")
    services = op["services"]
    _require(isinstance(services, dict), "services is not an object")
    for name, service in services.items():
        _require(
            isinstance(service, dict)
            and set(service) == {"type", "endpoint"}
            and all(isinstance(value, str) for value in service.values()),
            f"service {name!r} is not {{type, endpoint}} strings",
        )
    _check_rotation_keys(op["rotationKeys"])
    data = _Data(
        rotation_keys=list(op["rotationKeys"]),
        verification_methods=dict(methods),
        also_known_as=list(op["alsoKnownAs"]),
        services={name: dict(service) for name, service in services.items()},
    )
    return _Operation(op, prev, op["sig"], data)


# Encoding and verifying are pure and cost ~0.2 ms each in Python and OpenSSL: remembered (bounded, least
# recently used first out), because a fuzzing campaign or a run under several profiles replays the same
# operations again and again. The JSON text names a parsed value exactly (json.loads gives it back). Only
# operations of a common size are remembered (MAX_OPERATION_BYTES, checked later, allows larger ones),
# so each cache holds at most about 32 MiB (REMEMBERED entries of a few KiB; signed bytes are checked first).
REMEMBERED = 4096
REMEMBERED_TEXT = 4096


def _dag_cbor(value: dict[str, Any]) -> bytes:
    try:
        text = json.dumps(value)
        return _dag_cbor_of_json(text) if len(text) <= REMEMBERED_TEXT else dag_cbor.encode(value)
    except (ValueError, TypeError, CBORError) as error:  # e.g. a lone surrogate has no UTF-8 encoding
        raise _Rejected(Reason.INVALID_OPERATION, f"operation has no DAG-CBOR encoding: {error}") from None


@lru_cache(maxsize=REMEMBERED)
def _dag_cbor_of_json(text: str) -> bytes:
    return dag_cbor.encode(json.loads(text))


def cid_for_bytes(encoded: bytes) -> str:
    """CIDv1 (0x01), dag-cbor (0x71), sha2-256 multihash (0x12, 0x20 bytes), base32 lower, prefix ``b``."""
    raw = b"\x01\x71\x12\x20" + hashlib.sha256(encoded).digest()
    return "b" + base64.b32encode(raw).decode("ascii").lower().rstrip("=")


def did_for_bytes(signed_genesis: bytes) -> str:
    digest = hashlib.sha256(signed_genesis).digest()
    return "did:plc:" + base64.b32encode(digest).decode("ascii").lower()[:24]


# --------------------------------------------------------------------------------------------------------
# Signatures


def decode_signature(sig: str) -> tuple[int, int]:
    """Strict base64url (no padding, zero trailing bits) of 64 bytes r||s. Raises _Rejected."""
    if not _BASE64URL.fullmatch(sig) or len(sig) % 4 == 1:
        raise _Rejected(Reason.NON_CANONICAL_SIGNATURE, "sig is not unpadded base64url")
    try:
        raw = base64.urlsafe_b64decode(sig + "=" * (-len(sig) % 4))
    except binascii.Error as error:
        raise _Rejected(Reason.NON_CANONICAL_SIGNATURE, f"sig is not base64url: {error}") from None
    if base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=") != sig:
        raise _Rejected(Reason.NON_CANONICAL_SIGNATURE, "sig has non-zero trailing bits")
    if len(raw) != 64:
        raise _Rejected(Reason.NON_CANONICAL_SIGNATURE, f"sig is {len(raw)} bytes, not 64 (compact r||s)")
    return int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big")


@lru_cache(maxsize=REMEMBERED)
def _key_verifies(did_key: str, r: int, s: int, data: bytes) -> bool:
    public_key, order = parse_rotation_key(did_key)
    return _ecdsa_verifies(public_key, order, r, s, data)


def _ecdsa_verifies(public_key: ec.EllipticCurvePublicKey, order: int, r: int, s: int, data: bytes) -> bool:
    if not (0 < r < order and 0 < s < order):
        return False
    try:
        public_key.verify(encode_dss_signature(r, s), data, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True


def verify_signature(sig: str, data: bytes, rotation_keys: list[str], allowed: int) -> int:
    """Index of the first rotation key that verifies ``sig`` over ``data``; only the first ``allowed`` may.

    Raises _Rejected: non_canonical_signature (encoding, or high-S that would verify), bad_signature (no key
    verifies), unauthorized_key (only a key at index >= ``allowed`` verifies).
    """
    r, s = decode_signature(sig)
    high_s_verifies = False
    for index, did_key in enumerate(rotation_keys):
        try:
            order = parse_rotation_key(did_key)[1]
        except ValueError:
            continue  # keys are checked when their operation is accepted; stay total regardless
        if s > order // 2:
            # OpenSSL accepts either s; the spec accepts only the low one, so a high-S match is reported.
            high_s_verifies = high_s_verifies or _key_verifies(did_key, r, s, data)
            continue
        if _key_verifies(did_key, r, s, data):
            if index >= allowed:
                raise _Rejected(
                    Reason.UNAUTHORIZED_KEY,
                    f"signed by rotation key #{index}; only keys before #{allowed} may fork here",
                )
            return index
    if high_s_verifies:
        raise _Rejected(Reason.NON_CANONICAL_SIGNATURE, "high-S signature (s > n/2)")
    raise _Rejected(Reason.BAD_SIGNATURE, f"no key of {len(rotation_keys)} rotation key(s) verifies the sig")


# --------------------------------------------------------------------------------------------------------
# Replay


class _Replayer:
    def __init__(self) -> None:
        self.logs: dict[str, _Log] = {}
        self.invalid: list[InvalidOp] = []

    def feed(self, position: int, line: object) -> None:
        did: str | None = None
        cid: str | None = None
        try:
            record = _parse_json(line)
            if isinstance(record, dict):
                did = record.get("did") if isinstance(record.get("did"), str) else None
                cid = record.get("cid") if isinstance(record.get("cid"), str) else None
            self._apply(position, record)
        except _Rejected as rejection:
            self.invalid.append(InvalidOp(position, cid, did, rejection.reason, rejection.detail))

    def _apply(self, position: int, record: Any) -> None:
        _require(isinstance(record, dict), "record is not a JSON object")
        did, stored_cid, created_at = record.get("did"), record.get("cid"), record.get("createdAt")
        _require(isinstance(did, str) and bool(_DID_PLC.fullmatch(did)), "did is not a did:plc identifier")
        _require(isinstance(stored_cid, str), "cid is not a string")
        _require(isinstance(created_at, str), "createdAt is not a string")
        try:
            created_us = parse_created_at(created_at)
        except (ValueError, OverflowError) as error:
            raise _Rejected(Reason.INVALID_OPERATION, f"bad createdAt: {error}") from None
        _require("operation" in record, "record has no operation")
        op = _parse_operation(record["operation"])

        signed = _dag_cbor(op.raw)
        _require(len(signed) <= MAX_OPERATION_BYTES, f"operation is {len(signed)} bytes of DAG-CBOR")
        cid = cid_for_bytes(signed)
        if cid != stored_cid:
            raise _Rejected(Reason.CID_MISMATCH, f"operation hashes to {cid}")
        log = self.logs.get(did)
        if log is not None and cid in log.entries:
            raise _Rejected(Reason.DUPLICATE, "operation already in this DID's log")
        unsigned = _dag_cbor({key: value for key, value in op.raw.items() if key != "sig"})

        if op.prev is not None:
            self._update(did, cid, op, op.prev, unsigned, created_us, position)
        elif op.data is not None:  # always: the schema gives every tombstone a prev
            self._genesis(did, cid, op.data, op.sig, signed, unsigned, created_us, position)

    def _genesis(
        self,
        did: str,
        cid: str,
        data: _Data,
        sig: str,
        signed: bytes,
        unsigned: bytes,
        created_us: int,
        position: int,
    ) -> None:
        computed = did_for_bytes(signed)
        if computed != did:
            raise _Rejected(Reason.DID_MISMATCH, f"genesis operation hashes to {computed}")
        if did in self.logs:  # only reachable with a different genesis hashing to the same 120-bit DID
            raise _Rejected(Reason.DUPLICATE, "DID already has a genesis operation")
        verify_signature(sig, unsigned, data.rotation_keys, len(data.rotation_keys))
        entry = _Entry(cid, None, data, created_us, position, allowed=len(data.rotation_keys))
        self.logs[did] = _Log(did, {cid: entry}, head=cid)

    def _update(
        self,
        did: str,
        cid: str,
        op: _Operation,
        prev_cid: str,
        unsigned: bytes,
        created_us: int,
        position: int,
    ) -> None:
        log = self.logs.get(did)
        if log is None:
            raise _Rejected(Reason.WRONG_PREV, "no genesis operation for this DID")
        prev = log.entries.get(prev_cid)
        if prev is None:
            raise _Rejected(Reason.WRONG_PREV, f"prev {prev_cid} is not an operation of this DID")
        if prev.nullified:
            raise _Rejected(Reason.WRONG_PREV, f"prev {prev_cid} is nullified")
        if prev.data is None:
            raise _Rejected(Reason.AFTER_TOMBSTONE, "prev is a tombstone")
        signer = verify_signature(op.sig, unsigned, prev.rotation_keys, prev.allowed)

        displaced: list[str] = []
        if prev.last_child is None:
            _require(created_us > prev.created_us, "createdAt is not after the prev operation's")
        else:
            _require(created_us > log.entries[log.head].created_us, "createdAt is not after the head's")
            first = log.entries[prev.last_child]
            late_by_us = created_us - first.created_us
            if late_by_us > RECOVERY_WINDOW_US:
                raise _Rejected(
                    Reason.RECOVERY_WINDOW_EXPIRED,
                    f"fork is {late_by_us / 1e6:.3f} s after the op it would nullify (limit 259200 s)",
                )
            child: str | None = prev.last_child
            while child is not None:
                displaced.append(child)
                child = log.entries[child].last_child

        for nullified in displaced:
            log.entries[nullified].nullified = True
        prev.allowed = signer
        prev.last_child = cid
        allowed = len(op.data.rotation_keys) if op.data is not None else 0
        log.entries[cid] = _Entry(cid, prev_cid, op.data, created_us, position, allowed=allowed)
        log.head = cid

    def result(self) -> ReplayResult:
        return ReplayResult({did: _state(log) for did, log in self.logs.items()}, self.invalid)


def _state(log: _Log) -> DidState:
    history: list[str] = []
    cid: str | None = log.head
    while cid is not None:
        history.append(cid)
        cid = log.entries[cid].prev
    history.reverse()
    nullified = [entry.cid for entry in sorted(log.entries.values(), key=lambda e: e.position) if entry.nullified]
    data = log.entries[log.head].data
    if data is None:
        return DidState(log.did, [], {}, [], {}, True, history, nullified)
    return DidState(
        did=log.did,
        rotation_keys=list(data.rotation_keys),
        verification_methods=dict(data.verification_methods),
        also_known_as=list(data.also_known_as),
        services={name: dict(service) for name, service in data.services.items()},
        tombstoned=False,
        history=history,
        nullified=nullified,
    )


def replay(lines: Iterable[str | bytes]) -> ReplayResult:
    """Replay export records, each the JSON text of one line without its newline (bytes: UTF-8).

    Never raises for the content of the lines: anything unusable is reported as an InvalidOp.
    """
    replayer = _Replayer()
    for position, line in enumerate(lines):
        replayer.feed(position, line)
    return replayer.result()
