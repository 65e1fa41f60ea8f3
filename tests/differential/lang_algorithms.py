# Small classic algorithms printing their results: primes, gcd, permutations, n-queens, dynamic
# programming, string processing, matrix ops, big-number math, simulation with a LCG.

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(500)
print(len(primes), primes[:20], primes[-5:])

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print([gcd(a, b) for a, b in [(12, 18), (17, 5), (2 ** 40, 6 ** 20), (0, 9), (-12, 18)]])

def permutations(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i in range(len(seq)):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield [seq[i]] + rest
perms = list(permutations([1, 2, 3, 4]))
print(len(perms), perms[:6], perms[-1])

def queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(acc[:])
            return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                acc.append(c)
                place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc)
                acc.pop()
    place(0, set(), set(), set(), [])
    return sols
q = queens(6)
print(len(q), q, len(queens(8)))

def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(dp[i - 1][j], dp[i][j - 1])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return ''.join(reversed(out))
print(lcs('AGGTABQMRZ', 'GXTXAYBMZQ'), lcs('the quick brown fox', 'a quick brown dog'))

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print([edit_distance(a, b) for a, b in [('kitten', 'sitting'), ('', 'abc'), ('flaw', 'lawn'), ('same', 'same')]])

def matmul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
M = [[1, 1], [1, 0]]
R = [[1, 0], [0, 1]]
for _ in range(90):
    R = matmul(R, M)
print(R, R[0][1])
print(matmul([[1.5, -2], [0.25, 4]], [[2, 0.5], [-1, 3]]))

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed
gen = lcg(42)
rolls = [next(gen) % 6 + 1 for _ in range(30)]
print(rolls, sum(rolls), {face: rolls.count(face) for face in range(1, 7)})

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 3000), key=collatz), [collatz(i) for i in range(1, 20)])

def word_freq(text):
    freq = {}
    for w in text.lower().replace(',', ' ').replace('.', ' ').split():
        freq[w] = freq.get(w, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(word_freq('The cat sat. The cat ran, and the dog sat on the cat.'))

def roman(n):
    vals = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
            (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    out = ''
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out
print([roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])

def binary_search(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
print([binary_search(primes, x) for x in (0, 2, 3, 100, 499, 1000)])

def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return ''.join(map(str, out))
print(pi_digits(60))

def flood(grid, r, c):
    h, w = len(grid), len(grid[0])
    stack = [(r, c)]
    target = grid[r][c]
    seen = set()
    while stack:
        y, x = stack.pop()
        if (y, x) in seen or not (0 <= y < h and 0 <= x < w) or grid[y][x] != target:
            continue
        seen.add((y, x))
        stack.extend([(y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)])
    return len(seen)
grid = ['..##.', '.#...', '...#.', '##...']
print([flood(grid, 0, 0), flood(grid, 0, 2), flood(grid, 3, 0)])
print(sum(x * x for x in range(1, 101)) - sum(range(1, 101)) ** 2, 2 ** 1000 % 9973, pow(3, 10 ** 18, 10 ** 9 + 7))
