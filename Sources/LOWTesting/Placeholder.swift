// LOWTesting: see the README.
