match command:
    case "quit":
        pass
    case "go" | "move":
        pass
    case 1 | 2 | 3:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 0j:
        pass
    case "a" "b":
        pass
    case b"bytes":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case x:
        pass
    case _:
        pass

match point:
    case (0, 0):
        pass
    case (x, 0):
        pass
    case [x, y, *rest]:
        pass
    case [*_]:
        pass
    case [*_, last]:
        pass
    case []:
        pass
    case ():
        pass
    case (x,):
        pass
    case [x]:
        pass
    case (x):
        pass
    case x, y:
        pass
    case x, *y:
        pass
    case *x, y:
        pass
    case x,:
        pass
    case Point(x=0, y=0):
        pass
    case Point(0, 0):
        pass
    case Point(0, y=1):
        pass
    case Point():
        pass
    case mod.Point(x=x, y=y,):
        pass
    case a.b.c:
        pass
    case Color.RED:
        pass
    case {"x": x, "y": y}:
        pass
    case {"x": 1, **rest}:
        pass
    case {**rest}:
        pass
    case {}:
        pass
    case {1: a, -2: b, 1+1j: c, None: d, True: e, "s": f, a.b: g,}:
        pass
    case [1, 2] as pair:
        pass
    case (1 | 2) as x:
        pass
    case Point(x=[1, 2, *_] | (3, 4)) as p if p.x > 0:
        pass
    case {"kind": "circle", "r": r} if r > 0:
        pass
    case str() | bytes():
        pass
    case [Point(x=0), *others] if others:
        pass

match x, y:
    case 1, 2:
        pass

match *a, b:
    case _:
        pass

match (x := f()):
    case _:
        pass

match -x:
    case _:
        pass

match x,:
    case _:
        pass

# soft keywords used as identifiers
match = 1
case = 2
_ = 3
match.x = 1
match[0] = 2
match(x)
print(match, case, _)
match = match + case
