import json
assert json.dumps({"a": [1, 2.5, None, True]}) == '{"a": [1, 2.5, null, true]}'
assert json.dumps("caf\u00e9") == '"caf\\u00e9"' and json.dumps("caf\u00e9", ensure_ascii=False) == '"caf\u00e9"'
assert json.dumps({"b": 1, "a": 2}, sort_keys=True) == '{"a": 2, "b": 1}'
assert json.dumps([1, [2]], indent=2) == '[\n  1,\n  [\n    2\n  ]\n]'
assert json.dumps({"a": 1}, separators=(",", ":")) == '{"a":1}'
assert json.dumps({1: "x", None: "n", 2.5: "f", False: "t"}) == '{"1": "x", "null": "n", "2.5": "f", "false": "t"}'
assert json.dumps(object, default=lambda o: "obj") == '"obj"'
assert json.loads('[1, 2.0, "x", null, true, {"k": []}]') == [1, 2.0, "x", None, True, {"k": []}]
assert isinstance(json.loads("2.0"), float) and isinstance(json.loads("2"), int)
assert json.loads("123456789012345678901234567890") == 123456789012345678901234567890
assert json.loads('"\\ud83d\\ude00"') == "\U0001F600"
try:
    json.loads('{"a": }')
    assert False
except json.JSONDecodeError as e:
    assert (e.msg, e.pos, e.lineno, e.colno) == ("Expecting value", 6, 1, 7), (e.msg, e.pos)
    assert isinstance(e, ValueError)
try:
    json.dumps({(1,): 1})
    assert False
except TypeError as e:
    assert str(e) == "keys must be str, int, float, bool or None, not tuple"
roundtrip = {"terrain": list(range(100)), "name": "w\u00f6rld", "nested": [{"x": 1.5}]}
assert json.loads(json.dumps(roundtrip)) == roundtrip
