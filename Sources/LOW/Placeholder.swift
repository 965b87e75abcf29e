// LOW: the pattern.
