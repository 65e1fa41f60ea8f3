// object.__reduce_ex__/__reduce__/__getstate__ with CPython's exact protocol handling (copyreg rules),
// installed over the runtime's simpler defaults once the pickle machinery is loaded.
import { objectType } from '../../runtime/object.js';
import { defMethod } from '../../runtime/natives.js';
import { indexNum } from '../../runtime/convert.js';
import { typeOf } from '../../runtime/typeof.js';
import { objectReduceExMethod, copyregReduceEx, defaultState } from './reduce.js';

export function installObjectReduce(): void {
  const t = objectType;
  defMethod(t, '__reduce_ex__', (self: any, proto: any) => objectReduceExMethod(self, indexNum(proto)));
  defMethod(t, '__reduce__', (self: any) => copyregReduceEx(self, 0));
  defMethod(t, '__getstate__', (self: any) => defaultState(self, typeOf(self)));
}
