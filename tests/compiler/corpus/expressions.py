# Operators, precedence and every expression form.
a = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m ** 2 ** 3
b = -a + +a - ~a ** -2
c = a << 1 >> 2 & 3 | 4 ^ 5
d = not a and b or c and not d or e
e = a < b <= c > d >= e == f != g
f = a is b is not c in d not in e
g = x if y else z if w else v
h = (lambda: 0, lambda x: x, lambda x, y=1, *a, z, w=2, **k: (x, y, a, z, w, k))
i = lambda a, /, b, *, c: a
j = lambda *args, **kwargs: None
k = lambda a=1, /, b=2, *c, d, e=3, **f: 0
l = f(1, 2, *a, x=1, *b, y=2, **c, z=3, **d)
m = f(x for x in y)
n = f(a)(b)(c).d.e[f][g:h][::2][1:2, 3:4:5, ...]
o = a[1:2, ::3]
p = a[:, 1]
q = a[x := 1]
r = a[*b]
s = a[1:2,]
t = [1, 2, *a, 3]
u = (1,)
v = ()
w = (1, 2, *a)
x = {1, 2, *a}
y = {1: 2, **a, 3: 4}
z = {}
aa = [x for x in range(10) if x % 2 if x > 3 for y in range(x) if y]
bb = {x for x in y}
cc = {k: v for k, v in items}
dd = (x async for x in aiter() if await x)
ee = [(y := f(x), x / y) for x in data]
ff = (yield)
gg = a.b.c.d
hh = ...
ii = None, True, False
jj = 0, 1, 0x1F, 0o17, 0b1010, 1_000_000, 0xdead_beef, 0_0, 00
kk = 1.5, 1e10, 1E-5, 1.5e+3, .5, 5., 1_0.0_1, 1e1_0, 0.0, 00.5
ll = 1j, 2.5J, 1e3j, 0j, 1_0j
mm = 123456789012345678901234567890123456789
nn = a if b else (c if d else e)
oo = -1, - 1, +1, ~1, --1, -(-1)
pp = a ** -b ** c
qq = (a for b in c for d in e if f)
rr = [*a, *b]
ss = print(*args, sep='', end='\n', **kw)
tt = x[1][2][3]
uu = f()()()
vv = a.b(c).d[e](f)
ww = not not a
xx = a if not b else c
yy = (a := 1) + (b := 2)
zz = [y for x in data if (y := f(x)) is not None]
aaa = 1 if 2 else 3, 4
bbb = lambda: (yield)
ccc = f(a, b=1)
ddd = f(a,)
eee = f(*a,)
fff = f(**k,)
ggg = (a
       + b
       - c)
hhh = [
    1,
    2,
]
iii = {
    'a': 1,
    'b': 2,
}
jjj = a.__class__.__name__
kkk = 10 .real
lll = 1.0.real
mmm = a @ b @ c
nnn = x < y < z
ooo = (((a)))
ppp = ((a, b))
qqq = f((a for a in b), c)
rrr = [i for i in (1, 2, 3)]
sss = {**a}
ttt = {1: 2, **b}
uuu = a[b:c:d, e:f]
vvv = a[...]
www = a[()]
xxx = a[lambda: 1]
yyy = f(lambda: 1, key=lambda x: -x)
zzz = a < (b < c)
