import Testing

/// ProvidedRequiredArgumentsRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct ProvidedRequiredArgumentsRuleTests {
    @Test("ignores unknown arguments") func ignoresUnknownArguments() throws {
        try expectErrors(
            .providedRequiredArguments,
            #"""
            {
              dog {
                isHouseTrained(unknownArgument: true)
              }
            }
            """#,
            [])
    }

    @Test("an argument on an optional argument is valid") func anArgumentOnAnOptionalArgumentIsValid() throws {
        try expectErrors(
            .providedRequiredArguments,
            #"""
            {
              dog {
                isHouseTrained(atOtherHomes: true)
              }
            }
            """#,
            [])
    }

    @Test("no argument on an optional argument is valid") func noArgumentOnAnOptionalArgumentIsValid() throws {
        try expectErrors(
            .providedRequiredArguments,
            #"""
            {
              dog {
                isHouseTrained
              }
            }
            """#,
            [])
    }

    @Test("no argument on a non-null argument with a default is valid")
    func noArgumentOnANonNullArgumentWithADefaultIsValid() throws {
        try expectErrors(
            .providedRequiredArguments,
            #"""
            {
              complicatedArgs {
                nonNullFieldWithDefault
              }
            }
            """#,
            [])
    }

    @Test("multiple required arguments given are valid") func multipleRequiredArgumentsGivenAreValid() throws {
        try expectErrors(
            .providedRequiredArguments,
            #"""
            {
              complicatedArgs {
                multipleReqs(req1: 1, req2: 2)
              }
            }
            """#,
            [])
    }

    @Test("required arguments with optional ones are valid") func requiredArgumentsWithOptionalOnesAreValid() throws {
        try expectErrors(
            .providedRequiredArguments,
            #"""
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
              }
            }
            """#,
            [])
    }

    @Test("a missing required argument is invalid") func aMissingRequiredArgumentIsInvalid() throws {
        try expectErrors(
            .providedRequiredArguments,
            #"""
            {
              complicatedArgs {
                multipleReqs(req2: 2)
              }
            }
            """#,
            [
                #"Field "multipleReqs" argument "req1" of type "Int!" is required, but it was not provided. (3:5)"#
            ])
    }

    @Test("multiple missing required arguments are invalid") func multipleMissingRequiredArgumentsAreInvalid() throws {
        try expectErrors(
            .providedRequiredArguments,
            #"""
            {
              complicatedArgs {
                multipleReqs
              }
            }
            """#,
            [
                #"Field "multipleReqs" argument "req1" of type "Int!" is required, but it was not provided. (3:5)"#,
                #"Field "multipleReqs" argument "req2" of type "Int!" is required, but it was not provided. (3:5)"#,
            ])
    }

    @Test("an incorrect value and a missing argument are reported")
    func anIncorrectValueAndAMissingArgumentAreReported() throws {
        try expectErrors(
            .providedRequiredArguments,
            #"""
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """#,
            [
                #"Field "multipleReqs" argument "req2" of type "Int!" is required, but it was not provided. (3:5)"#
            ])
    }

    @Test("directives with their arguments are valid") func directivesWithTheirArgumentsAreValid() throws {
        try expectErrors(
            .providedRequiredArguments,
            #"""
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
            }
            """#,
            [])
    }

    @Test("directives without required arguments are invalid") func directivesWithoutRequiredArgumentsAreInvalid()
        throws
    {
        try expectErrors(
            .providedRequiredArguments,
            #"""
            {
              dog @include {
                name @skip
              }
              cat @withArgs { name }
            }
            """#,
            [
                #"Directive "@include" argument "if" of type "Boolean!" is required, but it was not provided. (2:7)"#,
                #"Directive "@skip" argument "if" of type "Boolean!" is required, but it was not provided. (3:10)"#,
                #"Directive "@withArgs" argument "required" of type "Int!" is required, but it was not provided. (5:7)"#,
            ])
    }

    @Test("ignores unknown directives") func ignoresUnknownDirectives() throws {
        try expectErrors(
            .providedRequiredArguments,
            #"""
            {
              dog @unknownDirective
            }
            """#,
            [])
    }
}
