"""Deterministic generator of signed did:plc operation streams, as the PLC directory's `/export` writes them.

Everything is a pure function of the seed: private keys are derived from it, signatures are RFC 6979
deterministic ECDSA (``cryptography``'s ``deterministic_signing=True``) normalised to low-S, and the clock
starts at a fixed instant and advances by a fixed step per record (scenarios that need time to pass, such as
a recovery attempted after the 72-hour window, skip the clock forward explicitly).

Each line is one export record serialised exactly as the legacy timestamp-paginated export writes it
(research note formats-plcbundle.md §1.2):

* member order ``{"did","operation","cid","nullified","createdAt"}`` (the reference server's column order);
* members of ``operation`` (and of nested objects) in Postgres ``jsonb`` order - shorter keys first, then
  bytewise - because the server stores operations in a ``jsonb`` column; real export lines look like
  ``{"sig":…,"prev":…,"type":…,"services":…,"alsoKnownAs":…,"rotationKeys":…,"verificationMethods":…}``;
* compact ``JSON.stringify`` text: ``json.dumps(value, separators=(",", ":"), ensure_ascii=False)``, which
  escapes exactly what ``JSON.stringify`` escapes for the values generated here (all ASCII);
* ``createdAt`` as ``Date.toISOString()`` writes it: ``YYYY-MM-DDTHH:MM:SS.mmmZ``;
* ``nullified`` as the directory would report it after the whole stream (``"final"``), or ``false`` for
  every record (``"stale"``: as if each record had been exported the moment it was accepted).

The generator keeps its own model of the outcome - it does not import the replay module. Valid operations
are accepted into a per-DID model that applies the did:plc fork rule by construction (a fork from an
operation must be signed by a rotation key of higher priority than the signer of the child it displaces,
within 72 hours of that child); intentionally broken operations are recorded with the reason class the
replay must report (the classes are listed in ``reference_impl/plcbundle/replay.py``).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import dag_cbor
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

Curve = Literal["secp256k1", "p256"]
NullifiedFlags = Literal["final", "stale"]

# Group orders, needed for low-S normalisation and for deliberately producing high-S signatures.
CURVE_ORDERS: dict[str, int] = {
    "secp256k1": 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141,
    "p256": 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551,
}
_CURVE_OBJECTS: dict[str, ec.EllipticCurve] = {"secp256k1": ec.SECP256K1(), "p256": ec.SECP256R1()}
# Unsigned-varint multicodec prefixes of did:key: secp256k1-pub 0xe7, p256-pub 0x1200.
_MULTICODEC_PREFIX: dict[str, bytes] = {"secp256k1": b"\xe7\x01", "p256": b"\x80\x24"}

_BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

RECOVERY_WINDOW_MS = 72 * 3600 * 1000
DEFAULT_START = datetime(2024, 3, 1, tzinfo=UTC)
DEFAULT_STEP_MS = 1500
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

PDS_SERVICE_ID = "atproto_pds"
PDS_SERVICE_TYPE = "AtprotoPersonalDataServer"

# Scenario names accepted by generate_stream(scenarios=...).
VALID_SCENARIOS: tuple[str, ...] = (
    "update_handle",
    "update_pds",
    "update_verification_method",
    "rotate_keys",
    "recovery",
    "recovery_at_exactly_72h",
    "tombstone",
    "tombstone_recovery",
)
INVALID_SCENARIOS: tuple[str, ...] = (
    "late_recovery",
    "low_priority_fork",
    "after_tombstone",
    "update_nullified",
    "bad_signature",
    "high_s",
    "malformed_signature",
    "wrong_prev",
    "cid_mismatch",
    "did_mismatch",
    "duplicate",
    "schema_invalid",
    "garbage_line",
)
ALL_SCENARIOS: tuple[str, ...] = VALID_SCENARIOS + INVALID_SCENARIOS
UPDATE_SCENARIOS: tuple[str, ...] = (
    "update_handle",
    "update_pds",
    "update_verification_method",
    "rotate_keys",
)
# Invalid scenarios that cost at most one signature, for large streams.
CHEAP_INVALID_SCENARIOS: tuple[str, ...] = ("wrong_prev", "cid_mismatch", "duplicate", "garbage_line")

_PDS_HOSTS = (
    "https://bsky.social",
    "https://morel.us-east.host.bsky.network",
    "https://amanita.us-east.host.bsky.network",
    "https://pds.example.com",
    "https://pds.robocracy.org",
)
_HANDLE_WORDS = ("alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy")


# --------------------------------------------------------------------------------------------------------
# Keys and signatures


@dataclass(frozen=True)
class PlcKey:
    """A rotation-capable key pair and its did:key (compressed point, base58btc multibase)."""

    curve: Curve
    private_key: ec.EllipticCurvePrivateKey
    did_key: str

    @classmethod
    def from_scalar(cls, scalar: int, curve: Curve) -> PlcKey:
        private_key = ec.derive_private_key(scalar, _CURVE_OBJECTS[curve])
        point = private_key.public_key().public_bytes(
            encoding=serialization.Encoding.X962, format=serialization.PublicFormat.CompressedPoint
        )
        did_key = "did:key:z" + base58btc(_MULTICODEC_PREFIX[curve] + point)
        return cls(curve=curve, private_key=private_key, did_key=did_key)

    @property
    def scalar(self) -> int:
        return self.private_key.private_numbers().private_value

    def sign_rs(self, data: bytes) -> tuple[int, int]:
        """RFC 6979 deterministic ECDSA-SHA256 over ``data``, as (r, s) before low-S normalisation."""
        der = self.private_key.sign(data, ec.ECDSA(hashes.SHA256(), deterministic_signing=True))
        return decode_dss_signature(der)

    def sign(self, data: bytes) -> bytes:
        """The did:plc signature: compact 64-byte r||s with s normalised to the low half of the order."""
        r, s = self.sign_rs(data)
        order = CURVE_ORDERS[self.curve]
        if s > order // 2:
            s = order - s
        return compact_signature(r, s)


def compact_signature(r: int, s: int) -> bytes:
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def b64url(data: bytes) -> str:
    """base64url without padding, as the `sig` field carries it."""
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def derive_key(seed: int, label: str, curve: Curve) -> PlcKey:
    """A private key that depends only on (seed, label, curve)."""
    digest = hashlib.sha256(f"plcbundle-ops|{seed}|{curve}|{label}".encode()).digest()
    scalar = int.from_bytes(digest, "big") % (CURVE_ORDERS[curve] - 1) + 1
    return PlcKey.from_scalar(scalar, curve)


# --------------------------------------------------------------------------------------------------------
# Encodings


def base58btc(data: bytes) -> str:
    """Bitcoin base58 (the body of a multibase ``z`` string); leading zero bytes become ``1``."""
    number = int.from_bytes(data, "big")
    digits = []
    while number:
        number, digit = divmod(number, 58)
        digits.append(_BASE58_ALPHABET[digit])
    zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * zeros + "".join(reversed(digits))


def cid_for_bytes(encoded: bytes) -> str:
    """CIDv1 (0x01), dag-cbor codec (0x71), sha2-256 multihash (0x12, 32 bytes), base32 multibase ``b``."""
    raw = b"\x01\x71\x12\x20" + hashlib.sha256(encoded).digest()
    return "b" + base64.b32encode(raw).decode("ascii").lower().rstrip("=")


def op_cid(operation: dict[str, Any]) -> str:
    """The CID of the operation as given (signed)."""
    return cid_for_bytes(dag_cbor.encode(operation))


def did_for_genesis(signed_genesis: dict[str, Any]) -> str:
    digest = hashlib.sha256(dag_cbor.encode(signed_genesis)).digest()
    return "did:plc:" + base64.b32encode(digest).decode("ascii").lower()[:24]


def sign_operation(unsigned: dict[str, Any], key: PlcKey) -> dict[str, Any]:
    return {**unsigned, "sig": b64url(key.sign(dag_cbor.encode(unsigned)))}


def jsonb_order(value: Any) -> Any:
    """Reorder object members as Postgres jsonb stores them: by UTF-8 length, then bytewise."""
    if isinstance(value, dict):
        ordered = sorted(value.items(), key=lambda item: (len(item[0].encode()), item[0].encode()))
        return {key: jsonb_order(member) for key, member in ordered}
    if isinstance(value, list):
        return [jsonb_order(member) for member in value]
    return value


def format_created_at(ms: int) -> str:
    """Milliseconds since the epoch as ``Date.toISOString()`` writes them."""
    moment = _EPOCH + timedelta(milliseconds=ms)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms % 1000:03d}Z"


def export_line(did: Any, operation: Any, cid: Any, nullified: bool, created_at: str) -> str:
    record = {
        "did": did,
        "operation": jsonb_order(operation),
        "cid": cid,
        "nullified": nullified,
        "createdAt": created_at,
    }
    return json.dumps(record, separators=(",", ":"), ensure_ascii=False)


class FixedClock:
    """Timestamps from a fixed start, advancing by a fixed step per record; skips are explicit."""

    def __init__(self, start: datetime, step_ms: int) -> None:
        if step_ms <= 0:
            raise ValueError("step_ms must be positive: the directory's timestamps strictly increase")
        self.now_ms = (start - _EPOCH) // timedelta(milliseconds=1)
        self.step_ms = step_ms

    def next(self) -> int:
        stamp = self.now_ms
        self.now_ms += self.step_ms
        return stamp

    def skip(self, ms: int) -> None:
        self.now_ms += ms

    def advance_to(self, ms: int) -> None:
        """Make the next timestamp exactly ``ms`` (which must not be in the past)."""
        if ms < self.now_ms:
            raise ValueError("the clock never goes backwards")
        self.now_ms = ms


# --------------------------------------------------------------------------------------------------------
# The generator's own model of a DID


@dataclass
class _Doc:
    """The data fields of a live operation, with the private keys behind the rotation keys."""

    keys: list[PlcKey]
    verification_methods: dict[str, str]
    also_known_as: list[str]
    services: dict[str, dict[str, str]]

    def unsigned(self, prev: str | None) -> dict[str, Any]:
        return {
            "type": "plc_operation",
            "rotationKeys": [key.did_key for key in self.keys],
            "verificationMethods": dict(self.verification_methods),
            "alsoKnownAs": list(self.also_known_as),
            "services": copy.deepcopy(self.services),
            "prev": prev,
        }

    def changed(self, **changes: Any) -> _Doc:
        fields = {
            "keys": list(self.keys),
            "verification_methods": dict(self.verification_methods),
            "also_known_as": list(self.also_known_as),
            "services": copy.deepcopy(self.services),
        }
        fields.update(changes)
        return _Doc(**fields)


@dataclass
class _Node:
    """An accepted operation in the model."""

    cid: str
    operation: dict[str, Any]
    prev: str | None
    doc: _Doc | None  # None for a tombstone
    created_ms: int
    position: int
    allowed: int  # how many leading rotation keys may still sign a child (the fork rule)
    last_child: str | None = None
    nullified: bool = False

    @property
    def keys(self) -> list[PlcKey]:
        return self.doc.keys if self.doc is not None else []


@dataclass
class _Identity:
    did: str
    nodes: dict[str, _Node] = field(default_factory=dict)
    head: str = ""

    @property
    def head_node(self) -> _Node:
        return self.nodes[self.head]

    @property
    def alive(self) -> bool:
        return self.head_node.doc is not None

    def expected_state(self) -> dict[str, Any]:
        history: list[str] = []
        cid: str | None = self.head
        while cid is not None:
            history.append(cid)
            cid = self.nodes[cid].prev
        history.reverse()
        doc = self.head_node.doc
        if doc is None:
            return {
                "rotation_keys": [],
                "verification_methods": {},
                "also_known_as": [],
                "services": {},
                "tombstoned": True,
                "history": history,
            }
        return {
            "rotation_keys": [key.did_key for key in doc.keys],
            "verification_methods": dict(doc.verification_methods),
            "also_known_as": list(doc.also_known_as),
            "services": copy.deepcopy(doc.services),
            "tombstoned": False,
            "history": history,
        }

    def nullified_cids(self) -> list[str]:
        nodes = sorted(self.nodes.values(), key=lambda node: node.position)
        return [node.cid for node in nodes if node.nullified]


@dataclass
class _Record:
    did: Any
    operation: Any
    cid: Any
    created_ms: int
    node: _Node | None = None
    raw: str | None = None  # a line emitted verbatim (garbage)


@dataclass
class GeneratedStream:
    """A generated export stream and the outcome its replay must produce."""

    seed: int
    lines: list[str]  # each export record's exact text, without its newline
    expected_states: dict[str, dict[str, Any]]  # DID -> state, as ReplayResult.to_json()["dids"]
    expected_invalid: list[dict[str, Any]]  # {"cid", "did", "reason"} in stream order
    expected_nullified: dict[str, list[str]]  # DID -> nullified CIDs in stream order (DIDs with any)
    scenario_counts: dict[str, int]  # how often each scenario (and variant) was used

    def jsonl(self) -> str:
        """The stream as bundle content: every line followed by one 0x0A."""
        return "".join(line + "\n" for line in self.lines)


def expected_snapshot(stream: GeneratedStream) -> dict[str, Any]:
    """The expected replay result in the shape of ``ReplayResult.to_json(include_detail=False)``."""
    return {
        "dids": copy.deepcopy(stream.expected_states),
        "invalid": [dict(entry) for entry in stream.expected_invalid],
    }


# --------------------------------------------------------------------------------------------------------
# Stream construction


class _Builder:
    def __init__(
        self,
        seed: int,
        *,
        start: datetime,
        step_ms: int,
        curves: Sequence[Curve],
        legacy_fraction: float,
        first_key_signs: bool,
    ) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.clock = FixedClock(start, step_ms)
        self.curves = tuple(curves)
        self.legacy_fraction = legacy_fraction
        self.first_key_signs = first_key_signs  # sign updates with key 0: one verification per op on replay
        self.records: list[_Record] = []
        self.invalid: list[dict[str, Any]] = []
        self.identities: list[_Identity] = []
        self.counts: Counter[str] = Counter()
        self._key_counter = 0
        self._name_counter = 0

    # ---- small helpers

    def new_key(self, curve: Curve | None = None) -> PlcKey:
        self._key_counter += 1
        return derive_key(self.seed, f"key{self._key_counter}", curve or self.rng.choice(self.curves))

    def fresh_handle(self, prefix: str = "") -> str:
        # A counter in every handle keeps sibling operations distinct, so forks never collide by CID.
        self._name_counter += 1
        return f"{prefix}{self.rng.choice(_HANDLE_WORDS)}{self._name_counter}.bsky.social"

    def fresh_endpoint(self) -> str:
        self._name_counter += 1
        host = self.rng.choice(_PDS_HOSTS)
        return host if self.rng.random() < 0.5 else f"https://pds{self._name_counter}.example.net"

    def signer_index(self, keys: Sequence[PlcKey]) -> int:
        return 0 if self.first_key_signs else self.rng.randrange(len(keys))

    # ---- emission

    def emit_valid(
        self,
        identity: _Identity | None,
        operation: dict[str, Any],
        doc: _Doc | None,
        prev: _Node | None,
        signer: int,
    ) -> tuple[_Identity, _Node]:
        """Emit an operation the directory accepts, and apply it to the model."""
        created = self.clock.next()
        cid = op_cid(operation)
        if identity is None:
            identity = _Identity(did=did_for_genesis(operation))
            self.identities.append(identity)
        node = _Node(
            cid=cid,
            operation=operation,
            prev=prev.cid if prev else None,
            doc=doc,
            created_ms=created,
            position=len(self.records),
            allowed=len(doc.keys) if doc else 0,
        )
        if prev is not None:
            self._check_acceptable(identity, prev, signer, created)
            if prev.last_child is not None:
                displaced: str | None = prev.last_child
                while displaced is not None:
                    identity.nodes[displaced].nullified = True
                    displaced = identity.nodes[displaced].last_child
            prev.allowed = signer
            prev.last_child = cid
        identity.nodes[cid] = node
        identity.head = cid
        self.records.append(_Record(identity.did, operation, cid, created, node=node))
        return identity, node

    def _check_acceptable(self, identity: _Identity, prev: _Node, signer: int, created: int) -> None:
        # Guards the generator's own scenario logic: an operation meant to be valid must satisfy the rules.
        if prev.nullified or prev.doc is None or signer >= len(prev.keys):
            raise RuntimeError("generator bug: intended-valid operation has an impossible prev or signer")
        if prev.last_child is not None:
            first = identity.nodes[prev.last_child]
            if signer >= prev.allowed or created - first.created_ms > RECOVERY_WINDOW_MS:
                raise RuntimeError("generator bug: intended-valid fork breaks the recovery rule")

    def emit_invalid(self, did: Any, operation: Any, reason: str, stored_cid: Any = None) -> None:
        """Emit an operation the replay must reject with ``reason``; the model is untouched."""
        cid = op_cid(operation) if stored_cid is None else stored_cid
        self.records.append(_Record(did, operation, cid, self.clock.next()))
        self.invalid.append({"cid": cid if isinstance(cid, str) else None, "did": did, "reason": reason})

    def emit_raw(self, text: str, cid: str | None, did: str | None) -> None:
        self.records.append(_Record(did, None, cid, self.clock.next(), raw=text))
        self.invalid.append({"cid": cid, "did": did, "reason": "invalid_operation"})

    # ---- building blocks

    def genesis(self) -> _Identity:
        n_keys = self.rng.choice((2, 2, 3))
        if self.rng.random() < self.legacy_fraction:
            signing, recovery = self.new_key(), self.new_key()
            unsigned = {
                "type": "create",
                "signingKey": signing.did_key,
                "recoveryKey": recovery.did_key,
                "handle": self.fresh_handle(),
                "service": self.rng.choice(_PDS_HOSTS),
                "prev": None,
            }
            # Legacy creates were signed by the signing key, which is also a rotation key.
            operation = sign_operation(unsigned, signing)
            doc = _Doc(
                keys=[recovery, signing],
                verification_methods={"atproto": signing.did_key},
                also_known_as=["at://" + unsigned["handle"]],
                services={PDS_SERVICE_ID: {"type": PDS_SERVICE_TYPE, "endpoint": unsigned["service"]}},
            )
            self.counts["legacy_create"] += 1
        else:
            doc = _Doc(
                keys=[self.new_key() for _ in range(n_keys)],
                verification_methods={"atproto": self.new_key().did_key},
                also_known_as=["at://" + self.fresh_handle()],
                services={PDS_SERVICE_ID: {"type": PDS_SERVICE_TYPE, "endpoint": self.fresh_endpoint()}},
            )
            operation = sign_operation(doc.unsigned(None), doc.keys[self.signer_index(doc.keys)])
            self.counts["create"] += 1
        identity, _ = self.emit_valid(None, operation, doc, None, signer=0)
        return identity

    def update(self, identity: _Identity, doc: _Doc, signer: int | None = None) -> _Node:
        """A regular update on the head, signed by one of the head's rotation keys."""
        head = identity.head_node
        index = self.signer_index(head.keys) if signer is None else signer
        operation = sign_operation(doc.unsigned(head.cid), head.keys[index])
        return self.emit_valid(identity, operation, doc, head, index)[1]

    def fork(self, identity: _Identity, base: _Node, doc: _Doc, signer: int) -> _Node:
        operation = sign_operation(doc.unsigned(base.cid), base.keys[signer])
        return self.emit_valid(identity, operation, doc, base, signer)[1]

    def live_doc(self, identity: _Identity) -> _Doc:
        doc = identity.head_node.doc
        if doc is None:
            raise RuntimeError("generator bug: live_doc on a tombstoned DID")
        return doc

    def attacker_doc(self, base: _Doc) -> _Doc:
        """What a compromised lower-priority key would publish: new handle, maybe its own rotation keys."""
        changes: dict[str, Any] = {"also_known_as": ["at://" + self.fresh_handle("evil-")]}
        if self.rng.random() < 0.5:
            changes["keys"] = [self.new_key(), self.new_key()]
        return base.changed(**changes)

    def signed_update_operation(self, identity: _Identity, signer: int | None = None) -> dict[str, Any]:
        """An update that would be valid on the head (not emitted)."""
        head = identity.head_node
        doc = self.live_doc(identity).changed(also_known_as=["at://" + self.fresh_handle()])
        index = self.signer_index(head.keys) if signer is None else signer
        return sign_operation(doc.unsigned(head.cid), head.keys[index])


# --------------------------------------------------------------------------------------------------------
# Scenarios. Each runs contiguously for one DID, so timing inside a scenario is under its control.

Scenario = Callable[[_Builder, _Identity], None]


def _update_handle(b: _Builder, identity: _Identity) -> None:
    b.update(identity, b.live_doc(identity).changed(also_known_as=["at://" + b.fresh_handle()]))


def _update_pds(b: _Builder, identity: _Identity) -> None:
    doc = b.live_doc(identity)
    b.update(identity, doc.changed(services=_with_endpoint(doc, b.fresh_endpoint())))


def _update_verification_method(b: _Builder, identity: _Identity) -> None:
    methods = dict(b.live_doc(identity).verification_methods)
    methods["atproto"] = b.new_key().did_key
    if b.rng.random() < 0.3:
        # A second method comes and goes, exercising map-valued state.
        if "atproto_label" in methods:
            del methods["atproto_label"]
        else:
            methods["atproto_label"] = b.new_key().did_key
    b.update(identity, b.live_doc(identity).changed(verification_methods=methods))


def _rotate_keys(b: _Builder, identity: _Identity) -> None:
    keys = list(b.live_doc(identity).keys)
    action = b.rng.choice(("replace", "add", "remove", "reorder"))
    if action == "add" and len(keys) < 5:
        keys.insert(b.rng.randrange(len(keys) + 1), b.new_key())
    elif action == "remove" and len(keys) > 2:
        del keys[b.rng.randrange(len(keys))]
    elif action == "reorder":
        keys.reverse()
    else:
        keys[b.rng.randrange(len(keys))] = b.new_key()
    b.update(identity, b.live_doc(identity).changed(keys=keys))


def _recovery(b: _Builder, identity: _Identity, *, exactly_72h: bool = False) -> None:
    """A lower-priority key publishes (1-2 ops); a higher-priority key forks them away within 72 h."""
    base = identity.head_node
    doc = b.live_doc(identity)
    low = b.rng.randrange(1, len(base.keys))
    first = b.update(identity, b.attacker_doc(doc), signer=low)
    if b.rng.random() < 0.5:
        _update_handle(b, identity)
    if exactly_72h:
        b.clock.advance_to(first.created_ms + RECOVERY_WINDOW_MS)
    b.fork(identity, base, doc.changed(also_known_as=["at://" + b.fresh_handle()]), b.rng.randrange(low))
    b.counts["nullifying_recovery"] += 1


def _recovery_at_exactly_72h(b: _Builder, identity: _Identity) -> None:
    _recovery(b, identity, exactly_72h=True)


def _update_nullified(b: _Builder, identity: _Identity) -> None:
    """After a recovery, an update built on a nullified operation."""
    _recovery(b, identity)
    nullified = [node for node in identity.nodes.values() if node.nullified and node.doc is not None]
    victim = max(nullified, key=lambda node: node.position)
    doc = _live(victim)
    operation = sign_operation(
        doc.changed(also_known_as=["at://" + b.fresh_handle()]).unsigned(victim.cid), victim.keys[0]
    )
    b.emit_invalid(identity.did, operation, "wrong_prev")


def _late_recovery(b: _Builder, identity: _Identity) -> None:
    """The same fork attempted after the 72-hour window: rejected, the lower-priority op stands."""
    base = identity.head_node
    doc = b.live_doc(identity)
    low = b.rng.randrange(1, len(base.keys))
    first = b.update(identity, b.attacker_doc(doc), signer=low)
    b.clock.advance_to(max(b.clock.now_ms, first.created_ms + RECOVERY_WINDOW_MS + 1))
    recovery = doc.changed(also_known_as=["at://" + b.fresh_handle()])
    operation = sign_operation(recovery.unsigned(base.cid), base.keys[b.rng.randrange(low)])
    b.emit_invalid(identity.did, operation, "recovery_window_expired")


def _low_priority_fork(b: _Builder, identity: _Identity) -> None:
    """A fork signed by a key no stronger than the one that signed the op it would displace."""
    base = identity.head_node
    doc = b.live_doc(identity)
    signer = b.rng.randrange(len(base.keys))
    b.update(identity, doc.changed(also_known_as=["at://" + b.fresh_handle()]), signer=signer)
    weaker = b.rng.randrange(signer, len(base.keys))  # == signer is the "reused key" case
    operation = sign_operation(
        doc.changed(also_known_as=["at://" + b.fresh_handle()]).unsigned(base.cid), base.keys[weaker]
    )
    b.emit_invalid(identity.did, operation, "unauthorized_key")


def _tombstone(b: _Builder, identity: _Identity) -> None:
    head = identity.head_node
    index = b.signer_index(head.keys)
    operation = sign_operation({"type": "plc_tombstone", "prev": head.cid}, head.keys[index])
    b.emit_valid(identity, operation, None, head, index)


def _after_tombstone(b: _Builder, identity: _Identity) -> None:
    if identity.alive:
        _tombstone(b, identity)
    tomb = identity.head_node
    if tomb.prev is None:
        raise RuntimeError("generator bug: a tombstone always has a prev")
    before = identity.nodes[tomb.prev]
    doc = _live(before).changed(also_known_as=["at://" + b.fresh_handle()])
    operation = sign_operation(doc.unsigned(tomb.cid), before.keys[0])
    b.emit_invalid(identity.did, operation, "after_tombstone")


def _tombstone_recovery(b: _Builder, identity: _Identity) -> None:
    """A tombstone signed by a lower-priority key is nullified by a higher-priority fork (72 h rule)."""
    base = identity.head_node
    doc = b.live_doc(identity)
    low = b.rng.randrange(1, len(base.keys))
    operation = sign_operation({"type": "plc_tombstone", "prev": base.cid}, base.keys[low])
    b.emit_valid(identity, operation, None, base, low)
    b.fork(identity, base, doc.changed(services=_with_endpoint(doc, b.fresh_endpoint())), b.rng.randrange(low))


def _live(node: _Node) -> _Doc:
    if node.doc is None:
        raise RuntimeError("generator bug: expected a live operation, found a tombstone")
    return node.doc


def _with_endpoint(doc: _Doc, endpoint: str) -> dict[str, dict[str, str]]:
    services = copy.deepcopy(doc.services)
    services[PDS_SERVICE_ID] = {"type": PDS_SERVICE_TYPE, "endpoint": endpoint}
    return services


def _bad_signature(b: _Builder, identity: _Identity) -> None:
    head = identity.head_node
    doc = b.live_doc(identity).changed(also_known_as=["at://" + b.fresh_handle()])
    unsigned = doc.unsigned(head.cid)
    variant = b.rng.choice(("stranger", "wrong_curve", "tampered"))
    if variant == "stranger":
        operation = sign_operation(unsigned, b.new_key())
    elif variant == "wrong_curve":
        # The right scalar on the other curve: a valid-looking signature under an unrelated public key.
        key = head.keys[0]
        other: Curve = "p256" if key.curve == "secp256k1" else "secp256k1"
        operation = sign_operation(unsigned, PlcKey.from_scalar(key.scalar % CURVE_ORDERS[other], other))
    else:
        operation = sign_operation(unsigned, head.keys[0])
        operation["alsoKnownAs"] = ["at://" + b.fresh_handle("tampered-")]
    b.counts[f"bad_signature/{variant}"] += 1
    b.emit_invalid(identity.did, operation, "bad_signature")


def _high_s(b: _Builder, identity: _Identity) -> None:
    """A mathematically valid signature in high-S form: the spec requires rejecting it."""
    head = identity.head_node
    doc = b.live_doc(identity).changed(also_known_as=["at://" + b.fresh_handle()])
    unsigned = doc.unsigned(head.cid)
    key = head.keys[b.signer_index(head.keys)]
    r, s = key.sign_rs(dag_cbor.encode(unsigned))
    order = CURVE_ORDERS[key.curve]
    high = s if s > order // 2 else order - s
    b.emit_invalid(identity.did, {**unsigned, "sig": b64url(compact_signature(r, high))}, "non_canonical_signature")


def _malformed_signature(b: _Builder, identity: _Identity) -> None:
    head = identity.head_node
    doc = b.live_doc(identity).changed(also_known_as=["at://" + b.fresh_handle()])
    unsigned = doc.unsigned(head.cid)
    key = head.keys[0]
    data = dag_cbor.encode(unsigned)
    good = b64url(key.sign(data))
    variant = b.rng.choice(("padding", "der", "truncated", "pad_bits", "alphabet"))
    if variant == "padding":
        sig = good + "=="
    elif variant == "der":
        # The signature ASN.1 DER-encoded instead of compact: 70-72 bytes, a classic interop mistake.
        r, s = key.sign_rs(data)
        sig = b64url(encode_dss_signature(r, min(s, CURVE_ORDERS[key.curve] - s)))
    elif variant == "truncated":
        sig = b64url(key.sign(data)[:63])
    elif variant == "pad_bits":
        # 64 bytes leave 2 unused bits in the last character; RFC 4648 §3.5 requires them to be zero.
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        sig = good[:-1] + alphabet[alphabet.index(good[-1]) | 1]
    else:
        sig = "+" + good[1:]  # standard-alphabet character in a base64url string
    b.counts[f"malformed_signature/{variant}"] += 1
    b.emit_invalid(identity.did, {**unsigned, "sig": sig}, "non_canonical_signature")


def _wrong_prev(b: _Builder, identity: _Identity) -> None:
    head = identity.head_node
    others = [other for other in b.identities if other is not identity]
    if others and b.rng.random() < 0.5:
        prev = b.rng.choice(others).head  # exists, but in another DID's log
    else:
        prev = cid_for_bytes(b.rng.randbytes(32))  # a well-formed CID of nothing in the stream
    doc = b.live_doc(identity).changed(also_known_as=["at://" + b.fresh_handle()])
    operation = sign_operation(doc.unsigned(prev), head.keys[0])
    b.emit_invalid(identity.did, operation, "wrong_prev")


def _cid_mismatch(b: _Builder, identity: _Identity) -> None:
    operation = b.signed_update_operation(identity)
    unsigned = {key: value for key, value in operation.items() if key != "sig"}
    b.emit_invalid(identity.did, operation, "cid_mismatch", stored_cid=op_cid(unsigned))


def _did_mismatch(b: _Builder, identity: _Identity) -> None:
    """A genesis operation filed under a DID it does not hash to."""
    doc = _Doc(
        keys=[b.new_key(), b.new_key()],
        verification_methods={"atproto": b.new_key().did_key},
        also_known_as=["at://" + b.fresh_handle()],
        services={PDS_SERVICE_ID: {"type": PDS_SERVICE_TYPE, "endpoint": b.fresh_endpoint()}},
    )
    operation = sign_operation(doc.unsigned(None), doc.keys[0])
    true_did = did_for_genesis(operation)
    if b.rng.random() < 0.5:
        did = identity.did  # claims an existing DID
    else:
        last = "a" if true_did[-1] != "a" else "b"
        did = true_did[:-1] + last
    b.emit_invalid(did, operation, "did_mismatch")


def _duplicate(b: _Builder, identity: _Identity) -> None:
    node = b.rng.choice(sorted(identity.nodes.values(), key=lambda n: n.position))
    b.emit_invalid(identity.did, node.operation, "duplicate", stored_cid=node.cid)


def _schema_invalid(b: _Builder, identity: _Identity) -> None:
    head = identity.head_node
    doc = b.live_doc(identity).changed(also_known_as=["at://" + b.fresh_handle()])
    unsigned: dict[str, Any] = doc.unsigned(head.cid)
    variant = b.rng.choice(
        ("missing_field", "aka_not_list", "unknown_type", "extra_field", "bad_rotation_key", "service_shape")
    )
    if variant == "missing_field":
        del unsigned["services"]
    elif variant == "aka_not_list":
        unsigned["alsoKnownAs"] = unsigned["alsoKnownAs"][0]
    elif variant == "unknown_type":
        unsigned["type"] = "plc_update"
    elif variant == "extra_field":
        unsigned["handle"] = "extra.bsky.social"
    elif variant == "bad_rotation_key":
        unsigned["rotationKeys"] = [*unsigned["rotationKeys"], "did:key:zNotAKey"]
    else:
        unsigned["services"] = {PDS_SERVICE_ID: {"type": PDS_SERVICE_TYPE}}
    b.counts[f"schema_invalid/{variant}"] += 1
    # Properly signed by the head's key: only the shape is wrong.
    b.emit_invalid(identity.did, sign_operation(unsigned, head.keys[0]), "invalid_operation")


def _garbage_line(b: _Builder, identity: _Identity) -> None:
    stamp = format_created_at(b.clock.now_ms)
    variant = b.rng.choice(("truncated", "not_json", "not_object", "no_operation"))
    if variant == "truncated":
        operation = b.signed_update_operation(identity)
        line = export_line(identity.did, operation, op_cid(operation), False, stamp)
        b.emit_raw(line[: len(line) // 2], None, None)
    elif variant == "not_json":
        b.emit_raw("this is not json", None, None)
    elif variant == "not_object":
        b.emit_raw('["did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"]', None, None)
    else:
        cid = identity.head
        line = json.dumps(
            {"did": identity.did, "cid": cid, "nullified": False, "createdAt": stamp}, separators=(",", ":")
        )
        b.emit_raw(line, cid, identity.did)
    b.counts[f"garbage_line/{variant}"] += 1


_SCENARIOS: dict[str, Scenario] = {
    "update_handle": _update_handle,
    "update_pds": _update_pds,
    "update_verification_method": _update_verification_method,
    "rotate_keys": _rotate_keys,
    "recovery": _recovery,
    "recovery_at_exactly_72h": _recovery_at_exactly_72h,
    "tombstone": _tombstone,
    "tombstone_recovery": _tombstone_recovery,
    "late_recovery": _late_recovery,
    "low_priority_fork": _low_priority_fork,
    "after_tombstone": _after_tombstone,
    "update_nullified": _update_nullified,
    "bad_signature": _bad_signature,
    "high_s": _high_s,
    "malformed_signature": _malformed_signature,
    "wrong_prev": _wrong_prev,
    "cid_mismatch": _cid_mismatch,
    "did_mismatch": _did_mismatch,
    "duplicate": _duplicate,
    "schema_invalid": _schema_invalid,
    "garbage_line": _garbage_line,
}
# Scenarios that need a live (not tombstoned) DID; on a tombstoned one they become an op after the tombstone.
_NEEDS_LIVE = frozenset(_SCENARIOS) - {"duplicate", "garbage_line", "did_mismatch", "after_tombstone"}
# Scenarios that leave the DID tombstoned are scheduled last for their DID.
_TERMINAL = frozenset({"tombstone", "after_tombstone"})


def _run(b: _Builder, identity: _Identity, name: str) -> None:
    if name in _NEEDS_LIVE and not identity.alive:
        name = "after_tombstone"
    b.counts[name] += 1
    _SCENARIOS[name](b, identity)


def _finish(b: _Builder, nullified_flags: NullifiedFlags) -> GeneratedStream:
    lines = []
    for record in b.records:
        if record.raw is not None:
            lines.append(record.raw)
            continue
        flag = bool(record.node and record.node.nullified) if nullified_flags == "final" else False
        lines.append(export_line(record.did, record.operation, record.cid, flag, format_created_at(record.created_ms)))
    return GeneratedStream(
        seed=b.seed,
        lines=lines,
        expected_states={identity.did: identity.expected_state() for identity in b.identities},
        expected_invalid=b.invalid,
        expected_nullified={
            identity.did: identity.nullified_cids() for identity in b.identities if identity.nullified_cids()
        },
        scenario_counts=dict(sorted(b.counts.items())),
    )


def generate_stream(
    seed: int,
    n_dids: int,
    *,
    episodes_per_did: int = 6,
    scenarios: Sequence[str] = ALL_SCENARIOS,
    curves: Sequence[Curve] = ("secp256k1", "p256"),
    legacy_fraction: float = 0.25,
    start: datetime = DEFAULT_START,
    step_ms: int = DEFAULT_STEP_MS,
    nullified_flags: NullifiedFlags = "final",
) -> GeneratedStream:
    """A stream of ``n_dids`` DIDs, each created then put through ``episodes_per_did`` scenarios.

    Every requested scenario is used at least once when there are enough slots; the remaining slots are
    drawn at random from ``scenarios``. Scenarios of different DIDs interleave in a seeded order, each one
    contiguous so its timing (within / past the 72-hour window) is what it intends.
    """
    unknown = [name for name in scenarios if name not in _SCENARIOS]
    if unknown:
        raise ValueError(f"unknown scenarios: {unknown}")
    if n_dids < 1 or not scenarios:
        raise ValueError("need at least one DID and one scenario")
    b = _Builder(
        seed,
        start=start,
        step_ms=step_ms,
        curves=curves,
        legacy_fraction=legacy_fraction,
        first_key_signs=False,
    )
    slots = n_dids * episodes_per_did
    names = list(scenarios)[:slots]
    names += b.rng.choices(list(scenarios), k=slots - len(names))
    b.rng.shuffle(names)
    plans = [names[index::n_dids] for index in range(n_dids)]
    for plan in plans:
        plan.sort(key=lambda name: name in _TERMINAL)  # stable: tombstones last, order otherwise kept

    identities: list[_Identity | None] = [None] * n_dids
    pending = {index: list(plan) for index, plan in enumerate(plans)}
    while pending:
        index = b.rng.choice(sorted(pending))
        identity = identities[index]
        if identity is None:
            identities[index] = b.genesis()
        else:
            _run(b, identity, pending[index].pop(0))
        if identities[index] is not None and not pending[index]:
            del pending[index]
    return _finish(b, nullified_flags)


def generate_large_stream(
    seed: int,
    n_records: int,
    *,
    n_dids: int = 8,
    invalid_every: int = 250,
    curve: Curve = "p256",
    step_ms: int = DEFAULT_STEP_MS,
) -> GeneratedStream:
    """A long stream of mostly updates on a few DIDs, cheap to generate and to replay.

    One curve (P-256 signs and verifies fastest), updates signed by the first rotation key (one
    verification per operation on replay), and every ``invalid_every``-th record a cheap invalid one.
    """
    b = _Builder(seed, start=DEFAULT_START, step_ms=step_ms, curves=(curve,), legacy_fraction=0.0, first_key_signs=True)
    identities = [b.genesis() for _ in range(n_dids)]
    while len(b.records) < n_records:
        identity = b.rng.choice(identities)
        if len(b.records) % invalid_every == invalid_every - 1:
            _run(b, identity, b.rng.choice(CHEAP_INVALID_SCENARIOS))
        else:
            _run(b, identity, b.rng.choice(UPDATE_SCENARIOS))
    return _finish(b, "final")
