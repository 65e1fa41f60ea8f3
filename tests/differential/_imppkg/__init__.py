from .util import helper
NAME = "game"
