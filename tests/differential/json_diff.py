# json output must be byte-identical to CPython's
import json
data = {"name": "wolf", "pos": [1, 2.5, -0.0], "alive": True, "tags": None, "nested": {"b": [], "a": {}},
        "uni": "caf\u00e9 \u2603 \U0001F600", "ctrl": "a\nb\t\"q\"\\", 3: "int key", 2.5: "float key", None: 1, False: 0}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, {"c": 2}]}, indent=4, sort_keys=True))
print(json.dumps([1, 2, {"x": [3]}], separators=(",", ":")))
print(json.dumps({"a": 1}, indent="\t"))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
print(json.dumps(1e16), json.dumps(0.1), json.dumps(10**30), json.dumps(123456789.0))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(""))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
print(json.dumps({1, 2} if False else [1], default=str))
print(json.dumps({"s": {1, 2, 3}}, default=sorted))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
for text in ['{"a": [1, 2.5, true, null, "x\\u00e9"]}', '[1e3, -0.0, 12345678901234567890, 1.5E-5]', ' "\\ud83d\\ude00" ',
             'NaN', '[Infinity, -Infinity]', '{"a": {"b": {"c": []}}}', '{}']:
    v = json.loads(text)
    print(repr(v), type(v).__name__)
for bad in ['', '{', '{"a" 1}', '[1,]', '{"a": 1,}', '[1 2]', '"abc', '{"a": 1} x', "{'a': 1}", '[01]', '"\\x"', '[tru]', '"a\nb"']:
    try:
        json.loads(bad)
        print("no error for", repr(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1, 2]', parse_int=str), json.loads('[1.5]', parse_float=lambda s: "F" + s))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads(b'{"bytes": true}'))
print(issubclass(json.JSONDecodeError, ValueError))
