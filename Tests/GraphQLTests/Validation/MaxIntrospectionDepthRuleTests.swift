import Testing

/// MaxIntrospectionDepthRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct MaxIntrospectionDepthRuleTests {
    @Test("a shallow introspection query is valid") func aShallowIntrospectionQueryIsValid() throws {
        try expectErrors(
            .maxIntrospectionDepth,
            #"""
            {
              __schema {
                types {
                  fields {
                    type { name }
                  }
                }
              }
            }
            """#,
            [])
    }

    @Test("fields nested three deep are invalid") func fieldsNestedThreeDeepAreInvalid() throws {
        try expectErrors(
            .maxIntrospectionDepth,
            #"""
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """#,
            [
                #"Maximum introspection depth exceeded (2:3)"#
            ])
    }

    @Test("interfaces nested three deep are invalid") func interfacesNestedThreeDeepAreInvalid() throws {
        try expectErrors(
            .maxIntrospectionDepth,
            #"""
            {
              __type(name: "Dog") {
                interfaces {
                  interfaces {
                    interfaces {
                      name
                    }
                  }
                }
              }
            }
            """#,
            [
                #"Maximum introspection depth exceeded (2:3)"#
            ])
    }

    @Test("depth through fragments counts") func depthThroughFragmentsCounts() throws {
        try expectErrors(
            .maxIntrospectionDepth,
            #"""
            {
              __type(name: "Dog") {
                ...F
              }
            }
            fragment F on __Type {
              fields { type { fields { type { fields { name } } } } }
            }
            """#,
            [
                #"Maximum introspection depth exceeded (2:3)"#
            ])
    }

    @Test("a cyclic fragment does not loop") func aCyclicFragmentDoesNotLoop() throws {
        try expectErrors(
            .maxIntrospectionDepth,
            #"""
            {
              __schema { types { ...F } }
            }
            fragment F on __Type { ofType { ...F } }
            """#,
            [])
    }
}
