from ..util import helper
from . import sibling
from .. import NAME
def run():
    return helper() + "/" + sibling.X + "/" + NAME + "/" + __name__ + "/" + __package__
