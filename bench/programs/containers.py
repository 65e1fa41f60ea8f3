# list / dict / str work
def main(scale=1):
    words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
    counts = {}
    out = []
    for i in range(200_000 * scale):
        w = words[i % 8] + str(i % 13)
        counts[w] = counts.get(w, 0) + 1
        if i % 1000 == 0:
            out.append(w.upper())
    keys = sorted(counts)
    return len(keys), sum(counts.values()), '-'.join(out[:5])
