"""World generation for the demo: biomes, terrain and creatures from fractal value noise.

Runs in a ComputeThread (a worker VM), so the game keeps animating while it works. The work is split into
stages so the game can show progress: ``begin`` sets up the noise, ``terrain_rows`` fills a band of rows
(called once per band), ``finish`` classifies biomes and places creatures and returns the world as plain
Python data (it crosses back to the main VM with pickle). ``generate`` does everything in one call.
"""
import math
import random

# Tile index -> biome. The main VM draws a tileset with one tile per entry, in this order.
BIOMES = ["deep water", "water", "sand", "grass", "forest", "desert", "swamp", "rock", "snow"]
DEEP, WATER, SAND, GRASS, FOREST, DESERT, SWAMP, ROCK, SNOW = range(len(BIOMES))
WALKABLE = [False, False, True, True, True, True, True, True, True]

# Which creatures live where.
FAUNA = {
    WATER: ["fish"],
    SAND: ["crab"],
    GRASS: ["rabbit", "deer"],
    FOREST: ["wolf", "bear", "deer"],
    DESERT: ["lizard", "scorpion"],
    SWAMP: ["frog"],
    ROCK: ["goat"],
    SNOW: ["yeti"],
}

LATTICE = 64  # noise lattice size (wraps around)
OCTAVES = 7

_world = None  # the world being generated (worker VM state between stages)


def _lattice(rng):
    return [rng.random() for _ in range(LATTICE * LATTICE)]


def _noise(lat, x, y):
    """Smooth value noise in [0, 1)."""
    xi = int(x)
    yi = int(y)
    xf = x - xi
    yf = y - yi
    x0 = xi % LATTICE
    y0 = yi % LATTICE
    x1 = (x0 + 1) % LATTICE
    y1 = (y0 + 1) % LATTICE
    a = lat[y0 * LATTICE + x0]
    b = lat[y0 * LATTICE + x1]
    c = lat[y1 * LATTICE + x0]
    d = lat[y1 * LATTICE + x1]
    u = xf * xf * (3.0 - 2.0 * xf)
    v = yf * yf * (3.0 - 2.0 * yf)
    top = a + (b - a) * u
    bottom = c + (d - c) * u
    return top + (bottom - top) * v


def _fbm(lat, x, y):
    total = 0.0
    amp = 1.0
    freq = 1.0
    norm = 0.0
    for _ in range(OCTAVES):
        total += _noise(lat, x * freq, y * freq) * amp
        norm += amp
        amp *= 0.5
        freq *= 2.0
    return total / norm


def begin(seed: int, width: int, height: int) -> dict:
    """Stage 1: pick the noise lattices. Returns how many rows there are to fill."""
    global _world
    rng = random.Random(seed)
    _world = {
        "seed": seed,
        "width": width,
        "height": height,
        "elevation_lattice": _lattice(rng),
        "moisture_lattice": _lattice(rng),
        "temperature_lattice": _lattice(rng),
        "elevation": [0.0] * (width * height),
        "moisture": [0.0] * (width * height),
        "temperature": [0.0] * (width * height),
        "rows_done": 0,
    }
    return {"rows": height, "biomes": BIOMES}


def terrain_rows(y0: int, y1: int) -> int:
    """Stage 2 (called per band of rows): elevation, moisture and temperature for rows y0 <= y < y1."""
    w = _world
    width = w["width"]
    height = w["height"]
    elev_lat = w["elevation_lattice"]
    moist_lat = w["moisture_lattice"]
    temp_lat = w["temperature_lattice"]
    elevation = w["elevation"]
    moisture = w["moisture"]
    temperature = w["temperature"]
    scale = 1.0 / 24.0
    cx = width / 2.0
    cy = height / 2.0
    max_d = math.sqrt(cx * cx + cy * cy)
    for y in range(y0, min(y1, height)):
        row = y * width
        for x in range(width):
            e = _fbm(elev_lat, x * scale, y * scale)
            # an island: lower towards the edges
            dx = x - cx
            dy = y - cy
            d = math.sqrt(dx * dx + dy * dy) / max_d
            elevation[row + x] = e * 1.25 - d * d * 0.9
            moisture[row + x] = _fbm(moist_lat, x * scale + 100.0, y * scale + 100.0)
            # colder to the north and up high
            t = _fbm(temp_lat, x * scale * 0.5 + 50.0, y * scale * 0.5 + 50.0)
            temperature[row + x] = t * 0.7 + (y / height) * 0.5 - e * 0.35
    w["rows_done"] = max(w["rows_done"], min(y1, height))
    return w["rows_done"]


def _biome(e: float, m: float, t: float) -> int:
    if e < 0.18:
        return DEEP
    if e < 0.30:
        return WATER
    if e < 0.34:
        return SAND
    if e > 0.78 or (e > 0.6 and t < 0.2):
        return SNOW
    if e > 0.66:
        return ROCK
    if m < 0.38 and t > 0.35:
        return DESERT
    if m > 0.64 and e < 0.45:
        return SWAMP
    if m > 0.52:
        return FOREST
    return GRASS


def finish(creature_count: int) -> dict:
    """Stage 3: biomes per tile, creatures, the player's spawn point. Returns the whole world."""
    w = _world
    width = w["width"]
    height = w["height"]
    elevation = w["elevation"]
    moisture = w["moisture"]
    temperature = w["temperature"]
    tiles = [_biome(elevation[i], moisture[i], temperature[i]) for i in range(width * height)]

    counts = {name: 0 for name in BIOMES}
    for t in tiles:
        counts[BIOMES[t]] += 1

    rng = random.Random(w["seed"] * 7 + 1)
    creatures = []
    tries = 0
    while len(creatures) < creature_count and tries < creature_count * 50:
        tries += 1
        x = rng.randrange(width)
        y = rng.randrange(height)
        kinds = FAUNA.get(tiles[y * width + x])
        if kinds:
            creatures.append({"kind": rng.choice(kinds), "x": x, "y": y})

    # spawn on land, as close to the middle as possible
    spawn = (width // 2, height // 2)
    best = None
    for i in range(width * height):
        if WALKABLE[tiles[i]]:
            x = i % width
            y = i // width
            d = (x - width // 2) ** 2 + (y - height // 2) ** 2
            if best is None or d < best:
                best = d
                spawn = (x, y)

    return {
        "seed": w["seed"],
        "width": width,
        "height": height,
        "tiles": tiles,
        "biomes": counts,
        "creatures": creatures,
        "spawn": spawn,
    }


def generate(seed: int, width: int, height: int, creature_count: int) -> dict:
    """All stages in one call."""
    begin(seed, width, height)
    terrain_rows(0, height)
    return finish(creature_count)
