# float-heavy class code: vectors and particles
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def scale(self, k):
        return Vec(self.x * k, self.y * k)

class Particle:
    def __init__(self, i):
        self.pos = Vec(i * 0.5, i * 0.25)
        self.vel = Vec(1.5 - i * 0.01, 0.75 + i * 0.02)

    def step(self, dt):
        self.vel = self.vel + Vec(0.0, -9.81).scale(dt)
        self.pos = self.pos + self.vel.scale(dt)
        if self.pos.y < 0.0:
            self.pos.y = -self.pos.y
            self.vel.y = -self.vel.y * 0.9

def main(scale=1):
    ps = [Particle(i) for i in range(1000)]
    for _ in range(100 * scale):
        for p in ps:
            p.step(0.016)
    return round(sum(p.pos.x + p.pos.y for p in ps), 6)
