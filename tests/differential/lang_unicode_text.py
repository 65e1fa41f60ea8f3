# Unicode strings: lengths, indexing with astral characters, case mapping, normalisation-free
# comparisons, escapes, encode/decode round trips, str.isX on non-ASCII.

words = ['naïve', 'Straße', 'İstanbul', 'ǅungla', 'ΣΊΣΥΦΟΣ', 'ﬁnance', 'crème brûlée', '日本語テキスト',
         'emoji 😀👍🏽', 'Ωμέγα', 'ŉ', 'ß', 'ﬀ', 'Ⅻ', '½', '٣٤٥', 'résumé', 'ÅÄÖ']
for w in words:
    print(repr(w), len(w), w.upper(), w.lower(), w.title(), w.casefold(), w.swapcase(), w.capitalize())
    print('   ', w.isalpha(), w.isalnum(), w.isnumeric(), w.isdigit(), w.isdecimal(), w.isupper(), w.islower(),
          w.istitle(), w.isprintable(), w.isidentifier(), w.isascii())
    print('   ', [ord(c) for c in w][:8], w[::-1], w.encode('utf-8')[:12], len(w.encode('utf-8')))
s = 'a😀b👍🏽c'
print(len(s), [s[i] for i in range(len(s))], s[1:3], s[-2:], s.find('c'), s.index('b'), s.split('b'))
print(s.encode('utf-8'), s.encode('utf-8').decode('utf-8') == s, s.encode()[:8])
print('\u00e9' == 'é', 'e\u0301' == 'é', len('e\u0301'), 'e\u0301'.upper())
print(sorted(['b', 'a', 'B', 'é', 'e', 'z', 'É', '😀', '1']), max('abcé'), min('ABCé'))
print(ascii('naïve ☃ 😀'), repr('naïve ☃ 😀'), repr('\x7f\x80\xa0\xad'), repr('\u2028\u2029'), repr('\ufeff'))
print('{:^11}|'.format('日本'), '{:*<6}'.format('é'), f'{"😀":>4}|', '%-5s|' % 'ü')
print('Σ'.lower(), 'ΣΑΣ'.lower(), 'ΌΣΟΣ'.lower(), 'İ'.lower(), len('İ'.lower()), 'ﬃ'.upper(), 'ŉ'.upper())
print(chr(0x10FFFF) == '\U0010FFFF', ord(chr(0x10FFFF)), chr(0xD7FF), len(chr(0x1F600)))
print([c for c in 'x😀y'], list(reversed('x😀y')), 'x😀y'.replace('😀', '!'), '😀' in 'x😀y', 'x😀y'.count('😀'))
print('straße'.upper().lower(), 'STRASSE'.casefold() == 'straße'.casefold(), 'ǳ'.title(), 'ǲ'.lower(), 'ǲ'.upper())
print('abc\u0000def'.split('\x00'), 'tab\u000bvt'.split(), 'nbsp\u00a0here'.split(), 'ideo\u3000space'.split())
print('Ⅳ'.isnumeric(), 'Ⅳ'.isdigit(), '²'.isdigit(), '²'.isdecimal(), '𝟘'.isdecimal(), int('𝟘𝟙𝟚'), int('٣٤٥'), float('١.٥'))
print('\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}', '\N{LATIN CAPITAL LETTER A WITH RING ABOVE}'.lower())
b = 'héllo wörld'.encode('utf-8')
print(b, b.decode('utf-8'), b.decode('latin-1'), len(b), 'héllo'.encode('latin-1'), 'héllo'.encode('ascii', 'replace'))
print('héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'xmlcharrefreplace'), 'héllo'.encode('ascii', 'backslashreplace'))
