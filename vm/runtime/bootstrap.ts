// Installs every built-in type's methods, once per JS realm, in dependency order.
import { installObject } from './builtins/object.js';
import { installType } from './builtins/type.js';
import { installFunction } from './builtins/function.js';
import { installException } from './builtins/exception.js';
import { installInt } from './builtins/int.js';
import { installBool } from './builtins/bool.js';
import { installFloat } from './builtins/float.js';
import { installComplex } from './builtins/complex.js';
import { installStr } from './builtins/str.js';
import { installBytes } from './builtins/bytes.js';
import { installList } from './builtins/list.js';
import { installTuple } from './builtins/tuple.js';
import { installDict } from './builtins/dict.js';
import { installSet } from './builtins/set.js';
import { installRange } from './builtins/range.js';
import { installSlice } from './builtins/slice.js';
import { installIterators } from './builtins/iterators.js';
import { wireHooks } from './hooks.js';
import { installFastCtors } from './builtins/fast-ctors.js';
import { installGenericAlias } from './builtins/generic-alias.js';
import { installMappingProxy } from './builtins/mappingproxy.js';
import { installMemoryView } from './builtins/memoryview.js';
import { installExceptionGroup } from './builtins/exception-group.js';
import { installObjectReduce } from '../modules/pickle/object-reduce.js';

let done = false;

export function bootstrap(): void {
  if (done) return;
  done = true;
  wireHooks();
  installObject();
  installType();
  installFunction();
  installException();
  installInt();
  installBool();
  installFloat();
  installComplex();
  installStr();
  installBytes();
  installList();
  installTuple();
  installDict();
  installSet();
  installRange();
  installSlice();
  installIterators();
  installFastCtors();
  installGenericAlias();
  installMappingProxy();
  installMemoryView();
  installExceptionGroup();
  installObjectReduce();
}
