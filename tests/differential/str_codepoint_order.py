# str ordering is by code point: astral characters (surrogate pairs in UTF-16) sort above U+E000-U+FFFF, and lone
# surrogates sit at their own code points. Every way of comparing must agree.
samples = ['\ue000', '\uffff', '\U00010000', '\U0001f600', '\ud800', '\udc00', 'a', '', 'a\U00010000', 'a\ue000',
           '\ud7ff', '\U0010ffff', 'ab', 'a\udc00']
for x in samples:
    row = []
    for y in samples:
        row.append(('<' if x < y else '') + ('<=' if x <= y else '') + ('>' if x > y else '') + ('>=' if x >= y else '')
                   + ('==' if x == y else ''))
    print(ascii(x), row)
    assert (x < y) == str.__lt__(x, y) == (y > x)
print([ascii(s) for s in sorted(samples)])
print(ascii(min(samples)), ascii(max(samples)))
print([ascii(s) for s in sorted(samples, key=lambda s: (s,))])
import heapq, bisect
h = []
for s in samples:
    heapq.heappush(h, s)
print([ascii(heapq.heappop(h)) for _ in range(len(samples))])
srt = sorted(samples)
print(bisect.bisect_left(srt, '\ue001'), bisect.bisect_right(srt, '\U00010000'))
print('\ue000' < '\U00010000', max('\ue000', '\U00010000') == '\U00010000')
