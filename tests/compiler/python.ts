// Helpers for the compiler's differential tests: run CPython 3.11 (the reference) on a batch
// of inputs in one process, and collect the corpus of Python sources.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

let checked = false;

/**
 * Run `script` with python3, passing `input` as JSON on stdin; the script prints JSON.
 * A missing python3 (or one that is not 3.11) makes the calling test fail, never skip.
 */
export function runPython<T>(script: string, input: unknown): T {
  if (!checked) {
    let version: string;
    try {
      version = execFileSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
    } catch (e) {
      throw new Error(`python3 (CPython 3.11) is required by the compiler differential tests but could not be run: ${e}`);
    }
    if (version.trim() !== '3.11') {
      throw new Error(`the compiler differential tests need CPython 3.11 as python3, found ${version.trim()}`);
    }
    checked = true;
  }
  const out = execFileSync('python3', ['-c', script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'ignore'], // SyntaxWarnings on stderr are irrelevant
  });
  return JSON.parse(out) as T;
}

/** All .py files of the compiler corpus plus any under tests/python (path → source). */
export function corpusFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (ent.name.endsWith('.py')) files.set(path.relative(ROOT, p), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(ROOT, 'tests/compiler/corpus'));
  walk(path.join(ROOT, 'tests/python'));
  return files;
}

/** A small deterministic PRNG (mulberry32) so fuzz tests are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** CPython reports SyntaxError.offset in code points; ours counts UTF-16 units. */
export function toCodePointOffset(source: string, lineno: number, offset: number): number {
  if (offset <= 0) return offset;
  const line = source.split('\n')[lineno - 1];
  if (line === undefined || !/[\ud800-\udfff]/.test(line)) return offset;
  return [...line.slice(0, offset - 1)].length + 1;
}
