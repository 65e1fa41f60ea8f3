# Numeric literals: ints with underscores, hex/oct/bin, floats, complex.

# --- decimal ints ---
assert 0 == 0
assert 1_000_000 == 1000000, "underscores in decimal int"
assert 1_0 == 10
assert 00 == 0, "multiple zeros allowed"
assert 0_0 == 0
assert type(123) is int

# --- hex / oct / bin ---
assert 0xff == 255, "hex lower"
assert 0XFF == 255, "hex upper prefix"
assert 0xDead_Beef == 3735928559, "hex with underscore"
assert 0x_ff == 255, "underscore after prefix"
assert 0o17 == 15, "octal"
assert 0O777 == 511
assert 0o_7 == 7
assert 0b1010 == 10, "binary"
assert 0B1111_0000 == 240
assert 0b_1 == 1

# --- big ints ---
assert 123456789012345678901234567890 == 123456789012345678901234567890
assert 0xffffffffffffffffffffffff == 2**96 - 1, "big hex literal"
assert 9007199254740993 == 9007199254740992 + 1, "beyond 2**53 exact"
assert 9007199254740993 != 9007199254740992, "2**53+1 distinct from 2**53"
assert -9007199254740993 + 9007199254740993 == 0
assert type(2**100) is int

# --- floats ---
assert 1.5 == 3 / 2
assert .5 == 0.5, "leading dot"
assert 5. == 5.0, "trailing dot"
assert 1e3 == 1000.0, "exponent"
assert 1E3 == 1000.0
assert 1e-3 == 0.001
assert 1e+3 == 1000.0
assert 1_000.000_1 == 1000.0001, "underscores in float"
assert 1_0e1_0 == 10e10
assert type(1e3) is float, "exponent literal is float"
assert type(5.) is float
assert 0.1 + 0.2 != 0.3, "binary float rounding"
assert 1e308 * 10 == float('inf'), "overflow to inf"
assert 5e-324 > 0.0, "smallest denormal"
assert 5e-324 / 2 == 0.0, "below smallest denormal rounds to zero"
assert 1e-400 == 0.0, "underflow literal"
assert 1e400 == float('inf'), "literal too large is inf"
assert 0.0 == -0.0
assert 3.14_15 == 3.1415

# --- complex ---
assert 1j * 1j == -1, "imaginary unit"
assert type(1j) is complex
assert (1 + 2j).real == 1.0
assert (1 + 2j).imag == 2.0
assert 2J == 2j, "uppercase J"
assert 1.5j.imag == 1.5
assert 1_0j == 10j
assert (3 + 4j) == complex(3, 4)
assert abs(3 + 4j) == 5.0
assert (1 + 2j).conjugate() == 1 - 2j
assert repr(1j) == '1j'
assert repr(1 + 2j) == '(1+2j)'
assert repr(-1j) == '(-0-1j)'
assert repr(complex(1.5, -2)) == '(1.5-2j)'
assert (1 + 2j) * (3 - 1j) == (5 + 5j)
assert (1 + 1j) / (1 - 1j) == 1j

# --- attribute access on literals ---
assert 1 .bit_length() == 1, "space before dot for int literal method"
assert (255).bit_length() == 8
assert 1.0.is_integer(), "float literal method"
assert 0x10.bit_length() == 5

# --- unary minus and precedence ---
assert -2 ** 2 == -4, "** binds tighter than unary minus"
assert (-2) ** 2 == 4
assert 2 ** -1 == 0.5
assert - - 3 == 3
assert +-3 == -3
assert ~5 == -6
assert ~-1 == 0

# --- bool is an int ---
assert True == 1 and False == 0
assert True + True == 2
assert isinstance(True, int)
assert type(True + 0) is int

print("ok")
