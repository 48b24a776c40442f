#!/usr/bin/env node
// Offline Kaitai Struct compilation for this kit.
//
// README: the npm build of kaitai-struct-compiler (pinned in package.json) has no command line, only
// `compile(lang, ksyObject, importer, debug)`; this wrapper is that command line. Install once with
// `npm ci --prefix tools/ksc`, then:
//
//   node tools/ksc/compile.js --lang python [--lang javascript ...] --out DIR file.ksy [more.ksy ...]
//   node tools/ksc/compile.js --lang python --json file.ksy     (prints {"python": {name: source}})
//
// `--lang` also takes a comma-separated list. Output is deterministic: the compiler writes no dates, files
// are written in sorted order, and `imports:` are resolved relative to the importing .ksy only (never a
// search path outside the repository). Debug mode stays off, so parsers read on construction.

"use strict";

const fs = require("fs");
const path = require("path");
const yaml = require("js-yaml");
const compiler = require("kaitai-struct-compiler");

function usage(message) {
  process.stderr.write(`compile.js: ${message}\n` +
    "usage: node compile.js --lang LANG[,LANG] (--out DIR | --json) FILE.ksy...\n");
  process.exit(2);
}

function parseArgs(argv) {
  const options = { langs: [], out: null, json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--lang" || arg === "-t") {
      if (i + 1 >= argv.length) usage("--lang needs a value");
      options.langs.push(...argv[++i].split(",").filter(Boolean));
    } else if (arg === "--out" || arg === "-d") {
      if (i + 1 >= argv.length) usage("--out needs a value");
      options.out = argv[++i];
    } else if (arg === "--json") {
      options.json = true;
    } else if (arg.startsWith("-")) {
      usage(`unknown option ${arg}`);
    } else {
      options.files.push(arg);
    }
  }
  if (!options.langs.length) usage("no --lang given");
  if (!options.files.length) usage("no .ksy file given");
  if (!options.json && !options.out) usage("give --out DIR or --json");
  for (const lang of options.langs) {
    if (!compiler.languages.includes(lang)) usage(`unknown language ${lang}`);
  }
  return options;
}

function loadKsy(file) {
  // js-yaml reads YAML 1.2 core: `0x..` integers are numbers, as the JVM compiler's SnakeYAML reads them.
  return yaml.load(fs.readFileSync(file, "utf8"), { filename: file });
}

function importerFor(ksyFile) {
  const base = path.dirname(path.resolve(ksyFile));
  return {
    importYaml(name, mode) {
      if (mode !== "rel") {
        return Promise.reject(new Error(`only relative imports are supported, got ${mode} import ${name}`));
      }
      return Promise.resolve(loadKsy(path.join(base, `${name}.ksy`)));
    },
  };
}

async function compileFile(file, lang) {
  const files = await compiler.compile(lang, loadKsy(file), importerFor(file), false);
  const sorted = {};
  for (const name of Object.keys(files).sort()) {
    sorted[name] = files[name].endsWith("\n") ? files[name] : `${files[name]}\n`;
  }
  return sorted;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const result = {};
  for (const lang of options.langs) {
    result[lang] = {};
    for (const file of options.files) {
      Object.assign(result[lang], await compileFile(file, lang));
    }
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  fs.mkdirSync(options.out, { recursive: true });
  for (const lang of options.langs) {
    for (const [name, source] of Object.entries(result[lang])) {
      fs.writeFileSync(path.join(options.out, name), source);
    }
  }
}

main().catch((error) => {
  // The compiler throws Scala exceptions whose message names the .ksy path of the fault; the JS stack
  // trace of the compiler's internals only helps when debugging this script (KSC_DEBUG=1).
  const detail = process.env.KSC_DEBUG && error && error.stack ? error.stack : String(error);
  process.stderr.write(`compile.js: ${detail}\n`);
  process.exit(1);
});
