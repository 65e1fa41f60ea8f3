# pickle dumps/loads of a world-sized structure (what crosses between VMs)
import pickle

def main(scale=1):
    world = {"biomes": ["forest", "desert", "ocean"], "terrain": list(range(10000)),
             "creatures": [{"name": "wolf", "x": i % 100, "y": i // 100, "hp": 10.5} for i in range(500)]}
    size = 0
    for _ in range(20 * scale):
        data = pickle.dumps(world)
        back = pickle.loads(data)
        size += len(data) + len(back["creatures"])
    return size
