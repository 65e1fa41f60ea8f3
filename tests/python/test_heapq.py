# heapq: heap invariant, layouts identical to CPython, nlargest/nsmallest/merge
import heapq
import random

rng = random.Random(1234)


def is_heap(h):
    return all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))


h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
assert h == [1, 3, 2, 5, 9, 8, 7]
assert heapq.heappop(h) == 1 and h == [2, 3, 7, 5, 9, 8]
assert heapq.heapreplace(h, 6) == 2 and h == [3, 5, 7, 6, 9, 8]
assert heapq.heappushpop(h, 1) == 1 and heapq.heappushpop(h, 4) == 3 and h == [4, 5, 7, 6, 9, 8]
x = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(x)
assert x == [0, 1, 3, 2, 5, 4, 7, 9, 6, 8]
data = [rng.randrange(1000) for _ in range(300)]
hh = []
for v in data:
    heapq.heappush(hh, v)
assert is_heap(hh)
out = [heapq.heappop(hh) for _ in range(len(hh))]
assert out == sorted(data)
y = data[:]
heapq.heapify(y)
assert is_heap(y)
assert heapq.nlargest(3, data) == sorted(data, reverse=True)[:3]
assert heapq.nsmallest(4, data) == sorted(data)[:4]
assert heapq.nsmallest(1, data) == [min(data)] and heapq.nlargest(1, []) == [] and heapq.nsmallest(0, data) == []
words = ['bb', 'a', 'ccc', 'dd', 'e']
assert heapq.nlargest(2, words, key=len) == ['ccc', 'bb']
assert heapq.nsmallest(2, words, key=len) == ['a', 'e']
assert heapq.nsmallest(10, [3, 1, 2]) == [1, 2, 3]
assert list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])) == [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]
assert list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)) == ['dog', 'cat', 'fish', 'horse', 'kangaroo']
assert list(heapq.merge([5, 3, 1], [4, 2], reverse=True)) == [5, 4, 3, 2, 1]
assert list(heapq.merge()) == [] and list(heapq.merge([1])) == [1]
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
assert [heapq.heappop(tasks)[1] for _ in range(3)] == ['plan', 'write', 'test']
try:
    heapq.heappop([])
    assert False
except IndexError as e:
    assert str(e) == 'index out of range'
try:
    heapq.heappush((), 1)
    assert False
except TypeError as e:
    assert str(e) == 'heappush() argument 1 must be list, not tuple'
