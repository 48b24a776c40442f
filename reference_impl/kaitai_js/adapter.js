#!/usr/bin/env node
// A decode-only testee built on the generated Kaitai Struct JavaScript parser of `.fzb`
// (formats/fzb/kaitai/Fzb.js, from formats/fzb/fzb.ksy): testee protocol v1, per-case mode, profile `upstream`.
//
//   kaitai-js-testee capabilities
//   kaitai-js-testee decode fzb [--profile upstream]     file bytes on stdin → JSON document model on stdout
//   kaitai-js-testee decode-batch fzb                    (for the kit's tests) a JSON array of base64 inputs on
//                                                        stdin → a JSON array of [exit code, answer]
//
// The parse tree is turned into the document model by walking the format's type tree (fzb-types.json, written
// from formats/fzb/schema.py by type_tree.py) beside it, with the same rules as `formats.model.to_model`:
// integers as decimal strings, floats as Python's repr() writes them, NaN with its bits, maps as entries.
// Exit codes: 0 model, 1 rejection ({"error": CLASS}), 3 {"unsupported": reason}; anything else is a bug in
// this program (exit 70, message on stderr).

"use strict";

const fs = require("fs");
const path = require("path");

const REPO = path.resolve(__dirname, "..", "..");
// The Kaitai runtime: `--runtime DIR` (the folder of the npm package kaitai-struct; the kit passes the one it
// installed, reference_impl/kaitai_js/runtime.py), else the checkout's tools/ksc/node_modules.
let RUNTIME = path.join(REPO, "tools", "ksc", "node_modules", "kaitai-struct", "KaitaiStream.js");
const EXIT_OK = 0;
const EXIT_REJECTED = 1;
const EXIT_UNSUPPORTED = 3;
const EXIT_BUG = 70;
const PROFILE = "upstream";

class Unsupported extends Error {}

class Rejection extends Error {
  constructor(errorClass, message) {
    super(message);
    this.errorClass = errorClass;
  }
}

class Utf8Error extends Error {}

function loadRuntime() {
  if (!fs.existsSync(RUNTIME)) {
    throw new Error(`the Kaitai runtime is not installed (no ${RUNTIME}): run \`npm ci --prefix tools/ksc\``);
  }
  const KaitaiStream = require(RUNTIME);
  // Kaitai's JS runtime reads 64-bit integers into a Number (exact only below 2^53) and floats into a Number
  // (a NaN's payload is not kept). Values need them exact: s8 becomes a BigInt and f4/f8 a box holding the
  // raw bits. No expression of the fzb spec uses such a field, so only data sees the change. (u8 stays a
  // Number: the spec uses it for counts and lengths, where anything past 2^53 cannot be satisfied anyway.)
  KaitaiStream.prototype.readS8le = function readS8le() {
    this.ensureBytesLeft(8);
    const value = this._dataView.getBigInt64(this.pos, true);
    this.pos += 8;
    return value;
  };
  for (const [name, bits, little] of [["readF8le", 64, true], ["readF8be", 64, false],
    ["readF4le", 32, true], ["readF4be", 32, false]]) {
    KaitaiStream.prototype[name] = function readFloat() {
      const size = bits / 8;
      this.ensureBytesLeft(size);
      const view = this._dataView;
      const value = bits === 64 ? view.getFloat64(this.pos, little) : view.getFloat32(this.pos, little);
      const raw = bits === 64 ? view.getBigUint64(this.pos, little) : BigInt(view.getUint32(this.pos, little));
      this.pos += size;
      return { float: value, bits: raw };
    };
  }
  // mapUint8Array (behind readBytes) truncates the length to 32 bits (`length |= 0`) before its bounds check, so
  // a declared length of 2^32 + 5 would read 5 bytes; check the real length first.
  const mapUint8Array = KaitaiStream.prototype.mapUint8Array;
  KaitaiStream.prototype.mapUint8Array = function checkedMapUint8Array(length) {
    this.ensureBytesLeft(length);
    return mapUint8Array.call(this, length);
  };
  // The runtime's validation errors drop the spec path the generated code passes them (always the last
  // argument); keep it, since it names the rule that failed.
  for (const name of ["ValidationNotEqualError", "ValidationLessThanError", "ValidationGreaterThanError",
    "ValidationNotAnyOfError", "ValidationNotInEnumError", "ValidationExprError"]) {
    const Base = KaitaiStream[name];
    KaitaiStream[name] = class extends Base {
      constructor(...args) {
        super(...args);
        this.srcPath = args[args.length - 1];
      }
    };
  }
  // TextDecoder by default replaces bad bytes with U+FFFD and drops a leading BOM; a reader must reject the
  // first and keep the second.
  const decodeText = KaitaiStream.bytesToStr;
  const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  KaitaiStream.bytesToStr = function bytesToStr(bytes, encoding) {
    if (!/^utf-?8$/i.test(encoding || "")) {
      return decodeText(bytes, encoding);
    }
    try {
      return strictUtf8.decode(bytes);
    } catch (error) {
      throw new Utf8Error(`invalid UTF-8: ${error.message}`);
    }
  };
  return KaitaiStream;
}

// Load a generated UMD module through its AMD branch, handing it the runtime directly: node's own resolution
// would look for `kaitai-struct` in node_modules folders above formats/, where there are none.
function loadGenerated(file, KaitaiStream) {
  const exported = {};
  const define = (names, factory) => factory(...names.map((name) => (name === "exports" ? exported : KaitaiStream)));
  define.amd = true;
  new Function("define", fs.readFileSync(file, "utf8"))(define);
  return exported;
}

// Which fault each `valid` rule of fzb.ksy reports, keyed by the rule's path in the spec.
const FZB_VALIDATIONS = {
  "/types/header/seq/0": "bad_magic",
  "/types/header/seq/1": "unsupported_version",
  "/types/chunk/seq/0": "limit_exceeded",
  "/types/closure/seq/0": "limit_exceeded",
  "/types/source_span/seq/0": "limit_exceeded",
  "/types/instruction/seq/0": "limit_exceeded",
  "/types/value/seq/0": "limit_exceeded",
  "/types/instruction/seq/1": "unknown_variant",
  "/types/value/seq/1": "unknown_variant",
  "/types/option_string/seq/0": "invalid_value",
  "/types/bincode_bool/seq/0": "invalid_value",
  "/types/vec_instruction/seq/0": "truncated",
  "/types/vec_value/seq/0": "truncated",
  "/types/vec_source_span/seq/0": "truncated",
  "/types/map_string_value/seq/0": "truncated",
  "/types/vec_instruction/seq/1": "limit_exceeded",
  "/types/vec_value/seq/1": "limit_exceeded",
  "/types/vec_source_span/seq/1": "limit_exceeded",
  "/types/map_string_value/seq/1": "limit_exceeded",
  "/types/bincode_string/seq/0": "limit_exceeded",
};

function rejectionOf(error, KaitaiStream, validations) {
  if (error instanceof Utf8Error) {
    return new Rejection("invalid_utf8", error.message);
  }
  if (error instanceof KaitaiStream.EOFError) {
    return new Rejection("truncated", `input ends early: ${error.message}`);
  }
  if (error && typeof error.srcPath === "string" && /^Validation/.test(error.name || "")) {
    const errorClass = validations[error.srcPath];
    if (errorClass) {
      return new Rejection(errorClass, `${error.name} at ${error.srcPath}: ${error.message}`);
    }
  }
  return null; // not a verdict: a bug
}

// ---- the document model (formats/model.py) ----

function camel(name) {
  return name.replace(/_([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}

function kindOf(typ) {
  return Object.keys(typ)[0];
}

// Python's repr() of a finite double: the shortest digits that read back to it (as toExponential() gives
// them), written in exponent form when the decimal point would sit more than 16 digits right of the first
// digit or more than 4 places left of it, and with ".0" when the fixed form has no fraction.
function pythonRepr(value) {
  if (value === 0) {
    return Object.is(value, -0) ? "-0.0" : "0.0";
  }
  const sign = value < 0 ? "-" : "";
  const [mantissa, exponentText] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const point = Number(exponentText) + 1; // digits before the decimal point
  if (point > 16 || point < -3) {
    const exponent = point - 1;
    const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${head}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (point <= 0) {
    return `${sign}0.${"0".repeat(-point)}${digits}`;
  }
  if (point >= digits.length) {
    return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
  }
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function floatModel(box, bits) {
  const name = `f${bits}`;
  const value = box.float;
  if (Number.isNaN(value)) {
    return { type: name, value: "nan", bits: box.bits.toString(16).padStart(bits / 4, "0") };
  }
  if (!Number.isFinite(value)) {
    return { type: name, value: value > 0 ? "inf" : "-inf" };
  }
  if (bits === 64) {
    return { type: name, value: pythonRepr(value) };
  }
  // f32: the fewest significant digits that read back to the same f32 (formats/model.py `float_text`)
  for (let precision = 1; precision < 18; precision++) {
    const candidate = Number(value.toPrecision(precision));
    if (Object.is(Math.fround(candidate), value)) {
      return { type: name, value: pythonRepr(candidate) };
    }
  }
  return { type: name, value: pythonRepr(value) };
}

function intText(node, typ) {
  if (typeof node === "bigint") {
    return node.toString();
  }
  if (typeof node !== "number" || !Number.isSafeInteger(node)) {
    throw new Error(`${typ.int} read as ${typeof node} ${node}: not exact`);
  }
  return String(node);
}

// The items of a tuple payload: the Kaitai type's fields in the order it reads them (own properties keep
// their creation order; `_io`, `_parent`, `_root` and cached instances start with an underscore).
function positional(node) {
  return Object.keys(node).filter((key) => !key.startsWith("_")).map((key) => node[key]);
}

function makeModel(types) {
  function model(typ, node) {
    switch (kindOf(typ)) {
      case "ref":
        return model(types[typ.ref], node);
      case "int":
        return { type: typ.int, value: intText(node, typ) };
      case "float":
        return floatModel(node, typ.bits);
      case "bool":
        return node.value === 1; // bincode_bool
      case "str":
      case "char":
        return node.value; // bincode_string
      case "bytes":
        return { type: "bytes", value: Buffer.from(node).toString("hex") };
      case "unit":
        return null;
      case "option":
        return node.tag === 1 ? model(typ.option, node.value) : null;
      case "seq":
        return node.items.map((item) => model(typ.seq, item));
      case "tuple":
        return positional(node).map((item, index) => model(typ.tuple[index], item));
      case "map":
        return {
          type: "map",
          entries: node.entries.map((entry) => [model(typ.map[0], entry.key), model(typ.map[1], entry.value)]),
        };
      case "struct":
        return Object.fromEntries(typ.fields.map((f) => [f.name, model(f.type, node[camel(f.name)])]));
      case "enum":
        return variantModel(typ, node);
      default:
        throw new Error(`unknown type node ${JSON.stringify(typ)}`);
    }
  }

  function variantModel(typ, node) {
    const variant = typ.variants[Number(node.tag)];
    if (!variant) {
      throw new Error(`${typ.enum} tag ${node.tag} passed the spec's enum check`);
    }
    switch (variant.kind) {
      case "unit":
        return { variant: variant.name };
      case "newtype":
        return { variant: variant.name, value: model(variant.types[0], node.payload) };
      case "tuple":
        return {
          variant: variant.name,
          value: positional(node.payload).map((item, i) => model(variant.types[i], item)),
        };
      default:
        return {
          variant: variant.name,
          value: Object.fromEntries(
            variant.fields.map((name, i) => [name, model(variant.types[i], node.payload[camel(name)])]),
          ),
        };
    }
  }

  return model;
}

// ---- formats ----

function fzbDecoder() {
  const KaitaiStream = loadRuntime();
  const { Fzb } = loadGenerated(path.join(REPO, "formats", "fzb", "kaitai", "Fzb.js"), KaitaiStream);
  const tree = JSON.parse(fs.readFileSync(path.join(__dirname, "fzb-types.json"), "utf8"));
  const model = makeModel(tree.types);
  return (bytes) => {
    let parsed;
    try {
      parsed = new Fzb(new KaitaiStream(bytes));
    } catch (error) {
      const rejection = rejectionOf(error, KaitaiStream, FZB_VALIDATIONS);
      throw rejection || error;
    }
    return model(tree.root, parsed);
  };
}

// ---- rzb: postcard under one of seven generations (formats/rzb/rzb.ksy, reference_impl/rzb/kaitai_adapter.py) ----

const RZB_GENERATIONS = ["S0", "S1", "S2", "S3", "S4", "S5", "S6"];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

// A varint's unsigned value, exactly, from its groups (the spec's `value` instance is a Number in JavaScript).
function varintValue(node) {
  let value = 0n;
  for (let i = node.groups.length - 1; i >= 0; i--) {
    value = (value << 7n) | BigInt(node.groups[i] & 0x7f);
  }
  return value;
}

// The document model of a postcard parse tree, walking a generation's type tree beside it as
// `formats.model.to_model` walks the reference's value; every named type entered counts one nesting level.
function makePostcardModel(types, maxDepth) {
  function int(typ, node) {
    if (typ.bits === 8) {
      return { type: typ.int, value: intText(node, typ) };
    }
    const raw = varintValue(node);
    const value = typ.signed ? (raw >> 1n) ^ -(raw & 1n) : raw;
    return { type: typ.int, value: value.toString() };
  }

  function model(typ, node, depth) {
    switch (kindOf(typ)) {
      case "ref":
        if (depth + 1 > maxDepth) {
          throw new Rejection("limit_exceeded", `${typ.ref} nested deeper than ${maxDepth}`);
        }
        return model(types[typ.ref], node, depth + 1);
      case "int":
        return int(typ, node);
      case "float":
        return floatModel(node, typ.bits);
      case "bool":
        return node.value === 1;
      case "str":
        return node.value;
      case "bytes":
        return { type: "bytes", value: Buffer.from(typ.bytes === null ? node.value : node).toString("hex") };
      case "unit":
        return null;
      case "option":
        return node.tag === 1 ? model(typ.option, node.value, depth) : null;
      case "seq":
        return node.items.map((item) => model(typ.seq, item, depth));
      case "tuple":
        return typ.tuple.map((item, index) => model(item, node[`item${index}`], depth));
      case "map":
        return {
          type: "map",
          entries: node.entries.map((e) => [model(typ.map[0], e.key, depth), model(typ.map[1], e.value, depth)]),
        };
      case "struct":
        return Object.fromEntries(typ.fields.map((f) => [f.name, model(f.type, node[camel(f.name)], depth)]));
      case "enum": {
        const variant = typ.variants[Number(varintValue(node.tag))];
        switch (variant.kind) {
          case "unit":
            return { variant: variant.name };
          case "newtype":
            return { variant: variant.name, value: model(variant.types[0], node.payload, depth) };
          case "tuple":
            return {
              variant: variant.name,
              value: variant.types.map((item, i) => model(item, node.payload[`item${i}`], depth)),
            };
          default:
            return {
              variant: variant.name,
              value: Object.fromEntries(
                variant.fields.map((name, i) => [name, model(variant.types[i], node.payload[camel(name)], depth)]),
              ),
            };
        }
      }
      default:
        throw new Error(`unknown type node ${JSON.stringify(typ)}`);
    }
  }

  return model;
}

// One zstd stream (every frame, skippable ones skipped, nothing after them), stopping past `limit` output bytes.
// node 20 has no zstd, so the `zstd` program (libzstd, as the reference's python-zstandard) decompresses it;
// its default window limit (2^27 bytes) is the reference's MAX_WINDOW_LOG.
function unzstd(bytes, limit) {
  const { spawnSync } = require("child_process");
  const run = spawnSync("zstd", ["-d", "-c", "-q"], { input: bytes, maxBuffer: limit + 1 });
  if (run.error && run.error.code === "ENOBUFS") {
    throw new Rejection("limit_exceeded", `decompressed size exceeds ${limit} bytes`);
  }
  if (run.error) {
    throw new Error(`cannot run zstd (the adapter decompresses with it): ${run.error.message}`);
  }
  if (run.status !== 0) {
    throw new Rejection("decompression_failed", `zstd: ${String(run.stderr).trim()}`);
  }
  if (run.stdout.length > limit) {
    throw new Rejection("limit_exceeded", `decompressed size exceeds ${limit} bytes`);
  }
  return new Uint8Array(run.stdout.buffer, run.stdout.byteOffset, run.stdout.length);
}

function rzbDecoder() {
  const KaitaiStream = loadRuntime();
  const { Rzb } = loadGenerated(path.join(REPO, "formats", "rzb", "kaitai", "Rzb.js"), KaitaiStream);
  const tree = JSON.parse(fs.readFileSync(path.join(__dirname, "rzb-types.json"), "utf8"));

  // (bundle model, end) under one generation; a magic or version fault comes back as {fault, end}.
  function parse(payload, generation) {
    const io = new KaitaiStream(payload);
    const types = tree[generation].types;
    let parsed;
    try {
      parsed = new Rzb(io, null, null, RZB_GENERATIONS.indexOf(generation));
    } catch (error) {
      if (error && typeof error.srcPath === "string" && tree.header_faults[error.srcPath]) {
        return { fault: new Rejection(tree.header_faults[error.srcPath], String(error.message)), end: io.pos };
      }
      let rejection = rejectionOf(error, KaitaiStream, tree.validations);
      if (!rejection && error instanceof RangeError) {
        rejection = new Rejection("limit_exceeded", "nesting deeper than this parser goes");
      }
      if (!rejection) {
        throw error;
      }
      rejection.offset = error instanceof KaitaiStream.EOFError ? payload.length : io.pos;
      throw rejection;
    }
    const walk = makePostcardModel(types, tree.limits.max_depth);
    try {
      return { value: walk(tree[generation].root, parsed.bundle, 0), end: io.pos };
    } catch (error) {
      if (error instanceof Rejection) {
        error.offset = io.pos;
      }
      throw error;
    }
  }

  return (bytes, profile) => {
    let payload = bytes;
    let container = "Raw";
    if (ZSTD_MAGIC.every((b, i) => bytes[i] === b)) {
      payload = unzstd(bytes, tree.limits.max_payload);
      container = "Zstd";
    }
    const tried = profile === "auto" ? RZB_GENERATIONS : [profile.toUpperCase()];
    const results = new Map();
    const failures = new Map();
    for (const generation of tried) {
      try {
        results.set(generation, parse(payload, generation));
      } catch (error) {
        if (!(error instanceof Rejection)) {
          throw error;
        }
        failures.set(generation, error);
      }
    }
    let chosen;
    if (tried.length === 1) {
      if (failures.size) {
        throw failures.get(tried[0]);
      }
      chosen = tried;
    } else {
      chosen = tried.filter((g) => results.has(g) && results.get(g).end === payload.length);
      if (!chosen.length && results.size) {
        throw new Rejection("trailing_data", `no generation uses all ${payload.length} bytes`);
      }
      if (!chosen.length) {
        let furthest = null;
        for (const g of tried) {
          if (furthest === null || (failures.get(g).offset || 0) >= (failures.get(furthest).offset || 0)) {
            furthest = g;
          }
        }
        throw failures.get(furthest);
      }
    }
    const result = results.get(chosen[chosen.length - 1]);
    if (result.fault) {
      throw result.fault;
    }
    return { container: { variant: container }, generations: chosen, bundle: result.value };
  };
}

const DECODERS = { fzb: fzbDecoder, rzb: rzbDecoder };
// The profiles of a format whose parser reads more than `upstream`: [profiles, default].
const PROFILES_OF = { rzb: [["auto", ...RZB_GENERATIONS.map((g) => g.toLowerCase())], "auto"] };

function profilesOf(format) {
  return PROFILES_OF[format] || [[PROFILE], PROFILE];
}

function capabilities() {
  const formats = {};
  for (const name of Object.keys(DECODERS)) {
    const [profiles, defaultProfile] = profilesOf(name);
    formats[name] = { operations: ["decode"], profiles, default_profile: defaultProfile };
  }
  return { protocol: 1, name: "kaitai-js", serve: false, formats };
}

function answer(decode, bytes) {
  try {
    return [EXIT_OK, decode(bytes)];
  } catch (error) {
    if (error instanceof Rejection) {
      return [EXIT_REJECTED, { error: error.errorClass, message: error.message }];
    }
    throw error;
  }
}

function parseArgs(argv) {
  const args = { positional: [], profile: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--profile") {
      args.profile = argv[++i];
    } else if (argv[i].startsWith("--profile=")) {
      args.profile = argv[i].slice("--profile=".length);
    } else if (argv[i] === "--runtime") {
      RUNTIME = path.join(argv[++i], "KaitaiStream.js");
    } else if (!argv[i].startsWith("--")) {
      args.positional.push(argv[i]);
    }
  }
  return args;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const [operation, format] = args.positional;
  if (operation === "capabilities") {
    return [EXIT_OK, capabilities()];
  }
  try {
    if (operation !== "decode" && operation !== "decode-batch") {
      throw new Unsupported(`the Kaitai JS testee only decodes (asked to ${operation})`);
    }
    if (!Object.prototype.hasOwnProperty.call(DECODERS, format)) {
      throw new Unsupported(`the Kaitai JS testee has no parser for format ${JSON.stringify(format)}`);
    }
    const [profiles] = profilesOf(format);
    if (args.profile !== null && !profiles.includes(args.profile)) {
      throw new Unsupported(`the Kaitai JS testee reads only the profiles ${profiles} (asked for ${args.profile})`);
    }
  } catch (error) {
    if (error instanceof Unsupported) {
      return [EXIT_UNSUPPORTED, { unsupported: error.message }];
    }
    throw error;
  }
  const profile = args.profile || profilesOf(format)[1];
  const make = DECODERS[format]();
  const decode = (bytes) => make(bytes, profile);
  const input = fs.readFileSync(0);
  if (operation === "decode-batch") {
    const inputs = JSON.parse(input.toString("utf8"));
    return [EXIT_OK, inputs.map((b64) => answer(decode, new Uint8Array(Buffer.from(b64, "base64"))))];
  }
  return answer(decode, new Uint8Array(input.buffer, input.byteOffset, input.length));
}

try {
  const [code, body] = main();
  process.stdout.write(`${JSON.stringify(body)}\n`);
  process.exitCode = code;
} catch (error) {
  const detail = process.env.KAITAI_TESTEE_DEBUG && error && error.stack ? error.stack : String(error);
  process.stderr.write(`kaitai-js-testee: internal error: ${detail}\n`);
  process.exitCode = EXIT_BUG;
}
