# The scene module of the plugin tick benchmark: 1,000 sprites moved by Python every update().
# The sprites are plain JS objects made by the (fake, headless) scene.add.image; Python reads and writes their
# x/y through the engine bridge's JsObject proxies, as a game script does with real Phaser sprites.
N = 1000
sprites = []
vel = []

def create(scene, data):
    for i in range(N):
        s = scene.add.image(i % 960, (i * 7) % 600, "player")
        sprites.append(s)
        vel.append(((i % 13) - 6) * 10.0 + 5.0)

def update(scene, time, delta):
    dt = delta / 1000
    for i in range(N):
        s = sprites[i]
        v = vel[i]
        x = s.x + v * dt
        if x < 0 or x > 960:
            v = -v
            vel[i] = v
            x = s.x + v * dt
        s.x = x
        s.y = s.y + 0.5 * v * dt
