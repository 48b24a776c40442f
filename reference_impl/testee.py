"""The reference implementation as a testee: speaks testee protocol v1 (spec/protocol.md) in both modes.

reference-testee capabilities
reference-testee decode FORMAT [--profile P]            bytes on stdin → model JSON
reference-testee encode FORMAT [--profile P]            model JSON on stdin → bytes
reference-testee OPERATION FORMAT [--profile P] [--option K=V ...] [PATH]
reference-testee serve                                  u32-LE-length-prefixed JSON both ways
"""

from __future__ import annotations

import argparse
import base64
import binascii
import json
import sys
import traceback
from typing import Any, BinaryIO, NoReturn

from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.protocol import (
    ERROR,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_UNSUPPORTED,
    FRAME_LENGTH,
    OK,
    OPTION_FLAG,
    PROFILE_FLAG,
    PROTOCOL_VERSION,
    STEP_LIMIT_FLAG,
    STEP_LIMIT_OPTION,
    UNSUPPORTED,
    frame,
)
from binfmt_conformance.reference_impl.registry import Unsupported, available_formats, get_format

EXIT_BUG = 70  # not a protocol code: the runner reports it as a crash
# Decoders bound nesting themselves (limit_exceeded); this only keeps Python's own stack out of the way.
sys.setrecursionlimit(20_000)


def capabilities() -> dict[str, Any]:
    formats = {}
    for name in available_formats():
        fmt = get_format(name)
        formats[name] = {
            "operations": list(fmt.operations),
            "profiles": list(fmt.profiles),
            "default_profile": fmt.default_profile,
        }
    return {"protocol": PROTOCOL_VERSION, "name": "reference", "serve": True, "formats": formats}


class BadRequest(Exception):
    """A request the protocol does not allow (a missing field, an option of the wrong type)."""


def bad_request(message: str) -> NoReturn:
    raise BadRequest(message)


def request_bytes(request: dict[str, Any]) -> bytes | None:
    if request.get("data") is None:
        return None
    try:
        return base64.b64decode(request["data"], validate=True)
    except (binascii.Error, TypeError, ValueError):
        bad_request("`data` is not base64")


def handle(request: dict[str, Any]) -> dict[str, Any]:
    """One request → one answer (`ok`, `error` or `unsupported`); shared by both modes."""
    try:
        if not isinstance(request, dict) or not isinstance(request.get("format"), str):
            bad_request("a request is an object with `operation` and `format`")
        fmt = get_format(request["format"])
        operation = request.get("operation")
        if operation not in fmt.operations:
            raise Unsupported(f"{fmt.name} does not offer {operation!r}")
        profile = fmt.check_profile(request.get("profile"))
        options = request.get("options") or {}
        if not isinstance(options, dict):
            bad_request("`options` is not an object")
        data = request_bytes(request)
        if operation == "decode":
            if data is None:
                bad_request("decode needs `data`")
            return {"status": OK, "model": fmt.decode(data, profile)}
        if operation == "encode":
            return {"status": OK, "data": base64.b64encode(fmt.encode(request.get("model"), profile)).decode()}
        if request.get("path") is not None:
            options = {**options, "path": request["path"]}
        return {"status": OK, "result": fmt.operate(operation, profile, data, options)}
    except FormatError as error:
        return {"status": ERROR, **error.to_json()}
    except Unsupported as reason:
        return {"status": UNSUPPORTED, "reason": str(reason)}
    except (BadRequest, KeyError, TypeError, ValueError) as problem:
        # A request the reference cannot act on is answered, never a reason to die (serve goes on).
        message = f"bad request: {problem}"
        return {"status": ERROR, "error": ErrorClass.INVALID_VALUE.value, "message": message}


def read_frame(stream: BinaryIO) -> bytes | None:
    head = stream.read(FRAME_LENGTH.size)
    if len(head) < FRAME_LENGTH.size:
        return None
    (size,) = FRAME_LENGTH.unpack(head)
    return stream.read(size)


def write_frame(stream: BinaryIO, payload: bytes) -> None:
    stream.write(frame(payload))
    stream.flush()


def serve(stdin: BinaryIO, stdout: BinaryIO) -> int:
    while (payload := read_frame(stdin)) is not None:
        try:
            request = json.loads(payload)
        except (ValueError, RecursionError) as exc:
            request, answer = {}, {"status": ERROR, "error": "invalid_value", "message": f"request is not JSON: {exc}"}
        else:
            answer = handle(request)
        answer["id"] = request.get("id") if isinstance(request, dict) else None
        write_frame(stdout, json.dumps(answer).encode())
    return EXIT_OK


def parse_option(text: str) -> tuple[str, Any]:
    key, _, value = text.partition("=")
    try:
        return key.replace("-", "_"), json.loads(value)
    except json.JSONDecodeError:
        return key.replace("-", "_"), value


def per_case(args: argparse.Namespace, stdin: BinaryIO, stdout: BinaryIO) -> int:
    options = dict(parse_option(o) for o in args.option)
    if args.step_limit is not None:
        options[STEP_LIMIT_OPTION] = args.step_limit
    request: dict[str, Any] = {
        "operation": args.operation,
        "format": args.format,
        "profile": args.profile,
        "options": options,
        "path": args.path,
    }
    raw = stdin.read() if args.path is None else None
    if args.operation == "encode":
        try:
            request["model"] = json.loads(raw or b"")
        except json.JSONDecodeError as exc:
            stdout.write(json.dumps({"error": "invalid_model", "message": f"model is not JSON: {exc}"}).encode())
            return EXIT_REJECTED
    elif raw is not None:
        request["data"] = base64.b64encode(raw).decode()
    answer = handle(request)
    if answer["status"] == UNSUPPORTED:
        stdout.write(json.dumps({"unsupported": answer["reason"]}).encode())
        return EXIT_UNSUPPORTED
    if answer["status"] == ERROR:
        stdout.write(json.dumps({k: v for k, v in answer.items() if k != "status"}).encode())
        return EXIT_REJECTED
    if "data" in answer:
        stdout.write(base64.b64decode(answer["data"]))
    else:
        stdout.write(json.dumps(answer.get("model", answer.get("result"))).encode())
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="reference-testee", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("operation")
    parser.add_argument("format", nargs="?")
    parser.add_argument("path", nargs="?")
    parser.add_argument(PROFILE_FLAG)
    parser.add_argument(STEP_LIMIT_FLAG, type=int)
    parser.add_argument(OPTION_FLAG, action="append", default=[], help="K=V operation option (V as JSON if it parses)")
    # Options may come before, between or after the positionals (spec/protocol.md, "Per-case mode").
    args = parser.parse_intermixed_args(argv)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    if args.operation == "capabilities":
        stdout.write(json.dumps(capabilities()).encode() + b"\n")
        return EXIT_OK
    if args.operation == "serve":
        return serve(stdin, stdout)
    if args.format is None:
        parser.error("FORMAT is required")
    try:
        return per_case(args, stdin, stdout)
    except Exception:  # a bug of the reference itself: the protocol calls any other exit code a crash
        traceback.print_exc()
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
