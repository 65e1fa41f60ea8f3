# heapq: list layouts after each operation compared with CPython
import heapq

seed = 12345


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % 100


h = []
for i in range(25):
    heapq.heappush(h, rnd())
    if i % 5 == 4:
        print(h)
print([heapq.heappop(h) for _ in range(5)], h)
print(heapq.heapreplace(h, 50), h)
print(heapq.heappushpop(h, 1), heapq.heappushpop(h, 99), h)
data = [rnd() for _ in range(40)]
heapq.heapify(data)
print(data)
pairs = [(rnd() % 5, chr(97 + i)) for i in range(15)]
print(heapq.nlargest(5, pairs), heapq.nsmallest(5, pairs), heapq.nsmallest(4, pairs, key=lambda p: p[0]))
print(heapq.nlargest(3, 'hello world', key=ord), heapq.nsmallest(1, [3, 1, 2]), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge(['a', 'cc'], ['bb', 'd'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)), list(heapq.merge([(1, 'x')], [(1, 'a')])))
for f, a in [(heapq.heappop, ([],)), (heapq.heappush, ((), 1)), (heapq.heapify, (None,)), (heapq.heapreplace, ([], 1)),
             (heapq.heappush, ([1, 'a'], 2))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
