"""Art generated at run time with Phaser's Graphics (no image files): the tileset, the player, the creatures."""

TILE = 16

# One color per biome tile, in worldgen.BIOMES order (deep water, water, sand, grass, forest, desert, swamp, rock, snow).
TILE_COLORS = [0x1d3f72, 0x2f6db3, 0xe0cf8f, 0x6cb24f, 0x2f7a3a, 0xd8a85a, 0x55704a, 0x8a8580, 0xf1f4f8]
# A darker speckle per tile, so the ground has some texture.
TILE_DETAIL = [0x17345f, 0x3b7cc4, 0xc9b777, 0x5a9b41, 0x245f2c, 0xc08f47, 0x3f563a, 0x6e6a66, 0xd5dce6]

CREATURE_COLORS = {
    "fish": 0xffa040,
    "crab": 0xe04a3a,
    "rabbit": 0xf0e8e0,
    "deer": 0xa8703a,
    "wolf": 0x9aa0a8,
    "bear": 0x5a3a22,
    "lizard": 0x7fd04a,
    "scorpion": 0x3a2a1a,
    "frog": 0x3ad06a,
    "goat": 0xdcd2c0,
    "yeti": 0xbfe8ff,
}


def make_textures(scene):
    g = scene.make.graphics({"x": 0, "y": 0}, False)

    # the tileset: one 16x16 tile per biome, side by side
    for i, color in enumerate(TILE_COLORS):
        x0 = i * TILE
        g.fillStyle(color, 1)
        g.fillRect(x0, 0, TILE, TILE)
        g.fillStyle(TILE_DETAIL[i], 1)
        for k in range(6):
            px = (k * 7 + i * 3) % (TILE - 2)
            py = (k * 5 + i * 11) % (TILE - 2)
            g.fillRect(x0 + px, py, 2, 2)
    g.generateTexture("tiles", TILE * len(TILE_COLORS), TILE)

    # the player: a bright disc with an outline
    g.clear()
    g.fillStyle(0x000000, 0.35)
    g.fillEllipse(12, 20, 16, 6)
    g.fillStyle(0xffdd33, 1)
    g.fillCircle(12, 10, 8)
    g.lineStyle(2, 0x3a2a00, 1)
    g.strokeCircle(12, 10, 8)
    g.fillStyle(0x3a2a00, 1)
    g.fillRect(9, 7, 2, 3)
    g.fillRect(14, 7, 2, 3)
    g.generateTexture("player", 24, 24)

    # one small sprite per kind of creature
    for kind, color in CREATURE_COLORS.items():
        g.clear()
        g.fillStyle(0x000000, 0.3)
        g.fillEllipse(6, 10, 10, 3)
        g.fillStyle(color, 1)
        g.fillRoundedRect(1, 1, 10, 8, 3)
        g.fillStyle(0x000000, 1)
        g.fillRect(7, 3, 2, 2)
        g.generateTexture("creature-" + kind, 12, 12)

    # a spinner for the loading screen
    g.clear()
    for k in range(8):
        g.fillStyle(0xffffff, 0.25 + k * 0.09)
        g.fillCircle(16 + 12 * COS8[k], 16 + 12 * SIN8[k], 3)
    g.generateTexture("spinner", 32, 32)

    # a ping marker for pointer clicks
    g.clear()
    g.lineStyle(2, 0xffffff, 1)
    g.strokeCircle(10, 10, 8)
    g.generateTexture("ping", 20, 20)
    g.destroy()


COS8 = [1.0, 0.7071, 0.0, -0.7071, -1.0, -0.7071, 0.0, 0.7071]
SIN8 = [0.0, 0.7071, 1.0, 0.7071, 0.0, -0.7071, -1.0, -0.7071]
