# sort with a key function
def main(scale=1):
    n = 100_000 * scale
    items = [((i * 7919) % 10007, 'n%d' % i) for i in range(n)]
    items.sort(key=lambda t: (t[0], t[1]))
    by_name = sorted(items, key=lambda t: t[1], reverse=True)
    return items[0], items[-1], by_name[0]
