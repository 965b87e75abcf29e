// GraphQL: see the README.
