# match/case over many subjects: literals, sequences, mappings, classes, guards, OR/AS patterns.

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

class Circle:
    __match_args__ = ('center', 'r')
    def __init__(self, center, r):
        self.center, self.r = center, r

class Color:
    RED = 'red'
    BLUE = 'blue'

def describe(s):
    match s:
        case None:
            return 'None'
        case True:
            return 'True'
        case False:
            return 'False'
        case 0:
            return 'zero'
        case int(n) if n < 0:
            return f'negative int {n}'
        case int(n) | float(n) if n > 1000:
            return f'big number {n}'
        case int() | float():
            return f'number {s!r}'
        case '':
            return 'empty string'
        case str(text) if text.isdigit():
            return f'digit string {text}'
        case Color.RED | Color.BLUE as col:
            return f'color {col}'
        case str():
            return f'string {s!r}'
        case []:
            return 'empty list/tuple'
        case [x]:
            return f'singleton {x!r}'
        case [Point(x=0, y=0), *rest]:
            return f'starts at origin, {len(rest)} more'
        case [int(a), int(b)] if a == b:
            return f'pair of equal ints {a}'
        case [a, b]:
            return f'pair {a!r}, {b!r}'
        case [first, *middle, last]:
            return f'first={first!r} middle={middle!r} last={last!r}'
        case {'kind': 'circle', 'r': r, **rest}:
            return f'circle dict r={r} rest={rest}'
        case {'kind': kind}:
            return f'dict of kind {kind}'
        case {}:
            return 'other dict'
        case Point(0, 0):
            return 'origin'
        case Point(x, 0) | Point(0, x):
            return f'on an axis at {x}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point(x=px, y=py):
            return f'point {px},{py}'
        case Circle(Point(cx, cy), r=radius) as circ:
            return f'circle at {cx},{cy} r={radius} ({type(circ).__name__})'
        case _:
            return f'unmatched {type(s).__name__}'

subjects = [
    None, True, False, 0, 0.0, -5, 5, 2.5, 10 ** 6, 1e9, '', '123', 'red', 'blue', 'green',
    [], (), [1], ('only',), [Point(0, 0), 1, 2], [3, 3], [3, 4], (1, 'b'), [1, 2, 3, 4], 'ab',
    {'kind': 'circle', 'r': 2, 'color': 'red'}, {'kind': 'square'}, {'other': 1}, {},
    Point(0, 0), Point(5, 0), Point(0, 7), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 3),
    {1, 2}, b'bytes', range(3), range(0), range(5, 6), 3 + 4j,
]
for s in subjects:
    print(repr(s) if not isinstance(s, Circle) else 'Circle(...)', '=>', describe(s))

def command(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as d]:
            return 'going ' + d
        case ['go', *_]:
            return 'unknown direction'
        case ['pick', 'up', item] | ['take', item]:
            return 'taking ' + item
        case ['drop', *items] if items:
            return 'dropping ' + ', '.join(items)
        case ['quit' | 'exit']:
            return 'bye'
        case []:
            return 'nothing'
        case [verb, *_]:
            return 'unknown verb ' + verb
for c in ['go north', 'go up', 'pick up lamp', 'take key', 'drop a b c', 'drop', 'quit', 'exit', '', 'dance now']:
    print(repr(c), '->', command(c))

def nested(v):
    match v:
        case {'user': {'name': str(name), 'roles': [*roles]}} if 'admin' in roles:
            return f'admin {name}'
        case {'user': {'name': name}}:
            return f'user {name}'
        case [[a, b], [c, d]]:
            return f'matrix {a * d - b * c}'
        case (('x' | 'y') as axis, int(val)):
            return f'{axis}={val}'
    return 'no match'
for v in [{'user': {'name': 'ann', 'roles': ['admin', 'dev']}}, {'user': {'name': 'bob', 'roles': []}},
          {'user': {'name': 'cy'}}, [[1, 2], [3, 4]], ('x', 5), ('z', 5), ('y', '5')]:
    print(v, '->', nested(v))

for value in [1, 2, 3, 'x']:
    match value:
        case 1:
            print('one')
        case 2:
            print('two')
        case other:
            print('captured', other)
print('after loop, other =', other)
