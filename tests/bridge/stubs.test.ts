// The .pyi stubs shipped for editors describe every public name of the real `phaser` and `pkpy` modules.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VM } from '../../vm/index.js';
import { Bridge, phaserModule } from '../../engine-bridge/index.js';

const stub = (name: string) => readFileSync(join(__dirname, '../../stubs', name), 'utf8');
const declared = (src: string, name: string) => new RegExp(`^(?:\\s*)(?:def ${name}\\(|class ${name}\\b|${name}: )`, 'm').test(src);

describe('.pyi stubs', () => {
  it('cover the phaser module', () => {
    const vm = new VM();
    vm.defineModule(phaserModule({ bridge: new Bridge(vm) }));
    const names = vm.toJs(vm.eval('[n for n in dir(__import__("phaser")) if not n.startswith("_")]')) as string[];
    const src = stub('phaser.pyi');
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => !declared(src, n))).toEqual([]);
  });

  it('cover the pkpy module and ComputeThread', () => {
    const vm = new VM();
    const src = stub('pkpy.pyi');
    const names = vm.toJs(vm.eval('[n for n in dir(__import__("pkpy")) if not n.startswith("_")]')) as string[];
    expect(names.filter((n) => !declared(src, n))).toEqual([]);
    const methods = vm.toJs(vm.eval('[n for n in dir(__import__("pkpy").ComputeThread) if not n.startswith("_")]')) as string[];
    expect(methods.length).toBeGreaterThan(8);
    expect(methods.filter((n) => !declared(src, n))).toEqual([]);
  });
});
