# json dumps/loads of game-state-like data
import json

def main(scale=1):
    state = {"tiles": list(range(2000)), "units": [{"id": i, "name": "unit%d" % i, "hp": 100 - i % 50, "pos": [i * 1.5, i * 0.5], "alive": i % 3 != 0} for i in range(300)]}
    n = 0
    for _ in range(20 * scale):
        s = json.dumps(state)
        back = json.loads(s)
        n += len(s) + len(back["units"])
    return n, json.dumps(state["units"][:2], sort_keys=True)
