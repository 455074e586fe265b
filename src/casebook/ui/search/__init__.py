"""Search screens and parts of the casebook UI."""
