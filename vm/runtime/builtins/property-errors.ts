// CPython 3.11's AttributeError for a property used without the function it needs: the property's name
// (from __set_name__) and the owner's qualified type name, both as reprs; without a name, just the type.
import { PyProperty } from '../function.js';
import { attrErr, PyBaseException } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { repr, strRepr } from '../convert.js';

export function propertyError(p: PyProperty, o: any, what: 'getter' | 'setter' | 'deleter'): PyBaseException {
  const owner = strRepr(typeOf(o).qualname);
  if (p.name === undefined) return attrErr(`property of ${owner} object has no ${what}`);
  return attrErr(`property ${repr(p.name)} of ${owner} object has no ${what}`);
}
