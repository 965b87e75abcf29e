// Functions: see the README.
