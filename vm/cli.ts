// The `pkpy` command: `pkpy FILE.py [args]` runs a script, `pkpy` alone opens a REPL.
import { readFileSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { VM } from './runtime/vm.js';
import { FsModuleSource, nodeFiles } from './node/fs-sources.js';
import { PyBaseException, SyntaxError } from './runtime/exceptions.js';
import { installNodeThreadsForCli } from './node/threads.js';

function readStdinLine(): string | null {
  const buf = Buffer.alloc(1);
  let line = '';
  for (;;) {
    let n = 0;
    try {
      n = readSync(0, buf, 0, 1, null);
    } catch {
      return line || null;
    }
    if (n === 0) return line || null;
    const ch = buf.toString('utf8');
    line += ch;
    if (ch === '\n') return line;
  }
}

function makeVM(scriptDir: string, argv: string[]): VM {
  return new VM({
    index: 0,
    sources: new FsModuleSource(),
    path: [scriptDir],
    argv,
    files: nodeFiles,
    readline: readStdinLine,
  });
}

function runScript(file: string, args: string[]): number {
  const path = resolve(file);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    process.stderr.write(`pkpy: can't open file '${path}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const vm = makeVM(dirname(path), [file, ...args]);
  installNodeThreadsForCli(vm, dirname(path));
  try {
    vm.runMain(source, file);
    vm.flush();
    return 0;
  } catch (e) {
    vm.flush();
    // PKPY_DEBUG=1 shows the JavaScript error behind an internal SystemError
    if (process.env.PKPY_DEBUG && (e as any)?.jsError) console.error((e as any).jsError);
    return vm.reportUncaught(e);
  }
}

async function repl(): Promise<number> {
  const vm = makeVM(process.cwd(), ['']);
  process.stdout.write('Python 3.11 (phaser-pkpy)\nType "exit()" or Ctrl-D to leave.\n');
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '>>> ' });
  let buffer: string[] = [];
  rl.prompt();
  for await (const line of rl) {
    buffer.push(line);
    const src = buffer.join('\n');
    const needsMore = line.trim() !== '' && (buffer.length > 1 || /:\s*(#.*)?$/.test(line));
    if (needsMore) {
      rl.setPrompt('... ');
      rl.prompt();
      continue;
    }
    buffer = [];
    rl.setPrompt('>>> ');
    try {
      const code = vm.guard(() => vm.compile(src + '\n', '<stdin>', 'single'));
      vm.guard(() => code.run(vm.mainGlobals()));
    } catch (e) {
      if (e instanceof PyBaseException && e.$cls.name === 'SystemExit') {
        rl.close();
        return vm.reportUncaught(e);
      }
      if (e instanceof PyBaseException && e.$cls.isSubtypeOf(SyntaxError) && /was never closed|unexpected EOF|expected an indented block/.test(String(e.args.a[0]))) {
        buffer = src.split('\n');
        rl.setPrompt('... ');
      } else vm.reportUncaught(e);
    }
    vm.flush();
    rl.prompt();
  }
  return 0;
}

const [, , file, ...args] = process.argv;
if (file === undefined) repl().then((c) => process.exit(c));
else process.exitCode = runScript(file, args);
