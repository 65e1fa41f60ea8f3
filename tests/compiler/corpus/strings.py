a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
e = 'it\'s'
f = "say \"hi\""
g = 'a\nb\tc\rd\\e\'f\"g'
h = '\a\b\f\v\0'
i = '\x41\x4a\x7e'
j = '\u0041\u00e9\u20ac'
k = '\U0001F600\U00000041'
l = '\101\102\7\77\777'
m = '\N{LATIN SMALL LETTER A}\N{EURO SIGN}\N{BULLET}\N{GREEK SMALL LETTER ALPHA}'
n = '\N{latin capital letter e with acute}'
o = '\q\w\e \d \s \%'
p = r'\n\t\x41\N{BULLET}'
q = R"raw\""
r = b'bytes'
s = B"bytes"
t = b'\x00\xff\n\t\\\''
u = br'\x00\n'
v = rb'\d'
w = Rb"x" bR"y" BR"z" Br"w"
x = u'unicode'
y = U'upper u'
z = 'a' 'b' "c" '''d'''
aa = b'a' b'b' rb'c'
bb = ('implicit'
      'concatenation'
      "across lines")
cc = 'é ü ñ 中文 😀'
dd = """multi
line
string"""
ee = '''line \
continuation'''
ff = 'trailing backslash \\'
gg = ''
hh = ""
ii = ''''''
jj = """"quoted" inside"""
kk = '''it's'''
ll = "\t\u2028\x7f\xad"
mm = b'\101\777'
nn = '\8\9'
oo = u'a' 'b'
pp = 'a' u'b'
qq = 'line1\
line2'
rr = b'\q'
ss = '\N{CJK UNIFIED IDEOGRAPH-4E00}'
tt = '"'
uu = "'"
vv = '\'"'
ww = b'"'
xx = b"'"
yy = b'\'"'
