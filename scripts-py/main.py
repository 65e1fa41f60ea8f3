"""The demo's scene, written in Python.

At start the world is generated in a ComputeThread (VM 1) while this scene keeps animating (spinner,
progress bar, frame counter). The result arrives as plain Python data and becomes a tilemap with
creatures; the arrow keys move the player and the camera follows. Edit this file while the game runs:
the new code is used at once, and the world, the player and the counters stay as they are.
"""
import phaser
from pkpy import ComputeThread

import art
from art import TILE

WORLD_W = 200
WORLD_H = 200
SEED = 20240611
CREATURES = 140
BAND = 20  # terrain rows per worldgen job: one job per band, so the progress bar moves

PLAYER_SPEED = 180  # pixels per second
TITLE = "phaser-pkpy demo"

# Module state: kept across hot reloads.
state = {"frame": 0, "phase": "starting", "progress": 0.0, "rows": 0, "gen_ms": 0,
         "clicks": 0, "seconds": 0, "speed": 0.0, "moved": 0.0}
ui = {}
creatures = []
world = None
thread = None
player = None
cursors = None
the_scene = None


def preload(scene):
    art.make_textures(scene)


def create(scene, data):
    global thread, cursors, the_scene
    the_scene = scene
    scene.cameras.main.setBackgroundColor("#0d1118")
    w = scene.scale.width
    h = scene.scale.height
    ui["title"] = scene.add.text(w / 2, h / 2 - 60, TITLE, {"fontFamily": "monospace", "fontSize": "28px", "color": "#ffffff"}).setOrigin(0.5)
    ui["spinner"] = scene.add.image(w / 2, h / 2, "spinner")
    ui["bar_bg"] = scene.add.rectangle(w / 2, h / 2 + 44, 304, 14, 0x222a36)
    ui["bar"] = scene.add.rectangle(w / 2 - 150, h / 2 + 44, 300, 10, 0x6cb24f).setOrigin(0, 0.5)
    ui["bar"].scaleX = 0.0
    ui["hud"] = scene.add.text(8, 8, "", {"fontFamily": "monospace", "fontSize": "14px", "color": "#e8f0ff",
                                          "backgroundColor": "#000000aa", "padding": {"x": 6, "y": 4}})
    for name in ("title", "spinner", "bar_bg", "bar", "hud"):
        ui[name].setScrollFactor(0).setDepth(1000)

    cursors = scene.input.keyboard.createCursorKeys()
    scene.input.on("pointerdown", on_pointer_down)
    scene.time.addEvent({"delay": 1000, "loop": True, "callback": on_second})

    if thread is None:
        thread = ComputeThread(1)
    start_worldgen()


def update(scene, time, delta):
    state["frame"] += 1
    if state["phase"] == "ready":
        move_player(delta)
    else:
        ui["spinner"].rotation += delta * 0.006
        ui["bar"].scaleX = state["progress"]
    ui["hud"].setText(hud_text())


def shutdown(scene):
    print("scene shut down after", state["frame"], "frames")


# ---- world generation in VM 1, one job per stage ----

def start_worldgen():
    state["phase"] = "generating"
    state["started"] = phaser.js.performance.now()
    phaser.submit(thread, "worldgen.begin", SEED, WORLD_W, WORLD_H, on_done=next_band, on_error=worldgen_failed)


def next_band(result):
    rows = result if isinstance(result, int) else 0
    state["rows"] = rows
    state["progress"] = 0.9 * rows / WORLD_H
    if rows < WORLD_H:
        phaser.submit(thread, "worldgen.terrain_rows", rows, rows + BAND, on_done=next_band, on_error=worldgen_failed)
    else:
        phaser.submit(thread, "worldgen.finish", CREATURES, on_done=build_world, on_error=worldgen_failed)


def worldgen_failed(traceback):
    state["phase"] = "failed"
    state["error"] = traceback
    ui["title"].setText("world generation failed (see the console)")


def build_world(w):
    global world, player
    world = w
    scene = the_scene
    state["gen_ms"] = int(phaser.js.performance.now() - state["started"])
    state["progress"] = 1.0

    phaser.tilemap(scene, w["tiles"], w["width"], "tiles", TILE, TILE).setDepth(0)
    for c in w["creatures"]:
        s = scene.add.image(c["x"] * TILE + TILE / 2, c["y"] * TILE + TILE / 2, "creature-" + c["kind"]).setDepth(5)
        scene.tweens.add({"targets": s, "y": s.y - 3, "duration": 450 + (c["x"] * 37 + c["y"] * 11) % 500,
                          "yoyo": True, "repeat": -1, "ease": "Sine.easeInOut"})
        creatures.append(s)

    sx, sy = w["spawn"]
    player = scene.add.image(sx * TILE + TILE / 2, sy * TILE + TILE / 2, "player").setDepth(10)
    cam = scene.cameras.main
    cam.setBounds(0, 0, w["width"] * TILE, w["height"] * TILE)
    cam.startFollow(player, True, 0.15, 0.15)
    for name in ("title", "spinner", "bar_bg", "bar"):
        ui[name].setVisible(False)
    scene.tweens.add({"targets": player, "scale": 1.5, "duration": 160, "yoyo": True,
                      "onComplete": lambda *args: state.update(pulsed=True)})
    scene.data.set("creatures", len(creatures))
    state["phase"] = "ready"


# ---- playing ----

def walkable(x, y):
    tx = int(x // TILE)
    ty = int(y // TILE)
    if tx < 0 or ty < 0 or tx >= world["width"] or ty >= world["height"]:
        return False
    return world["tiles"][ty * world["width"] + tx] >= 2  # not water


def move_player(delta):
    dx = 0
    dy = 0
    if cursors.left.isDown:
        dx -= 1
    if cursors.right.isDown:
        dx += 1
    if cursors.up.isDown:
        dy -= 1
    if cursors.down.isDown:
        dy += 1
    if dx == 0 and dy == 0:
        return
    step = PLAYER_SPEED * delta / 1000
    if dx != 0 and dy != 0:
        step *= 0.7071
    state["speed"] = step * 1000 / delta
    nx = player.x + dx * step
    ny = player.y + dy * step
    if walkable(nx, player.y):
        state["moved"] += abs(nx - player.x)
        player.x = nx
    if walkable(player.x, ny):
        state["moved"] += abs(ny - player.y)
        player.y = ny


def on_pointer_down(pointer):
    state["clicks"] += 1
    ping = the_scene.add.image(pointer.worldX, pointer.worldY, "ping").setDepth(20)
    the_scene.tweens.add({"targets": ping, "scale": 3, "alpha": 0, "duration": 500,
                          "onComplete": lambda *args: ping.destroy()})


def on_second():
    state["seconds"] += 1


def hud_text():
    frame = state["frame"]
    if state["phase"] == "ready":
        return f"{TITLE} | frame {frame} | {len(creatures)} creatures | world in {state['gen_ms']} ms | arrows: move"
    if state["phase"] == "failed":
        return f"{TITLE} | frame {frame} | world generation failed"
    return f"{TITLE} | frame {frame} | generating the world in VM {thread.vm_index}: {int(state['progress'] * 100)}%"


def snapshot():
    """What the tests (and the browser console) can read: window.__pkpyDemo.snapshot()."""
    return {
        "frame": state["frame"],
        "phase": state["phase"],
        "progress": state["progress"],
        "rows": state["rows"],
        "gen_ms": state["gen_ms"],
        "tiles": len(world["tiles"]) if world else 0,
        "biomes": world["biomes"] if world else {},
        "creatures": len(creatures),
        "player": [player.x, player.y] if player else None,
        "speed_setting": PLAYER_SPEED,
        "speed": state["speed"],
        "moved": state["moved"],
        "title": TITLE,
        "hud": ui["hud"].text if "hud" in ui else "",
        "clicks": state["clicks"],
        "seconds": state["seconds"],
        "pulsed": state.get("pulsed", False),
    }
