// gql-inprocess: GraphQL over HTTP over the in-process shell and the file log (the embedded default).
print("gql-inprocess: not yet wired")
