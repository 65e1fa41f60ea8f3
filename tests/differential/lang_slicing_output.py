# Slicing results over a grid of starts/stops/steps for lists, strings, tuples, ranges, and slice assignment.

seq = list(range(8))
text = 'abcdefgh'
bounds = [None, -10, -3, -1, 0, 1, 3, 7, 8, 10]
steps = [None, 1, 2, 3, -1, -2, -3]
for step in steps:
    for start in bounds[::3]:
        row = []
        for stop in bounds:
            row.append(''.join(text[start:stop:step]))
        print(step, start, row)
for step in (1, -1, 2, -3):
    print([seq[a:b:step] for a, b in [(None, None), (2, 6), (6, 2), (-2, None), (None, -2), (-100, 100)]])
for sl in [slice(1, 5), slice(None, None, -1), slice(-3, None), slice(1, 7, 3), slice(7, 1, -2)]:
    print(sl, sl.indices(8), seq[sl], text[sl], tuple(seq)[sl], range(8)[sl], b'abcdefgh'[sl])

def assign(target, sl, value):
    t = list(target)
    try:
        t[sl] = value
        return t
    except (ValueError, TypeError) as e:
        return f'{type(e).__name__}: {e}'
base = list(range(6))
for sl, value in [(slice(1, 3), 'XY'), (slice(1, 3), ''), (slice(1, 1), [9, 9]), (slice(None), []),
                  (slice(None, None, 2), 'abc'), (slice(None, None, 2), 'ab'), (slice(None, None, -1), range(6)),
                  (slice(4, 1), [7]), (slice(-2, None), (8, 8, 8)), (slice(10, 20), [1]), (slice(0, 6, 3), [0, 0]),
                  (slice(1, 5, 2), 5)]:
    print(sl, repr(value), assign(base, sl, value))

def delete(target, sl):
    t = list(target)
    del t[sl]
    return t
for sl in [slice(1, 3), slice(None, None, 2), slice(None, None, -2), slice(-2, None), slice(5, 1), slice(None)]:
    print('del', sl, delete(base, sl))
print(text[::-1], text[-1::-2], text[100:], text[:-100], text[3:3], text[5:2:-1])
print(seq[-1], seq[-8], seq[len(seq) - 1], text[0] + text[-1])
