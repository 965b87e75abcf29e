import Testing

/// KnownArgumentNamesRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct KnownArgumentNamesRuleTests {
    @Test("a single argument is known") func aSingleArgumentIsKnown() throws {
        try expectErrors(
            .knownArgumentNames,
            #"""
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """#,
            [])
    }

    @Test("multiple arguments are known") func multipleArgumentsAreKnown() throws {
        try expectErrors(
            .knownArgumentNames,
            #"""
            fragment multipleArgs on ComplicatedArgs {
              multipleReqs(req1: 1, req2: 2)
            }
            """#,
            [])
    }

    @Test("ignores arguments of unknown fields") func ignoresArgumentsOfUnknownFields() throws {
        try expectErrors(
            .knownArgumentNames,
            #"""
            fragment argOnUnknownField on Dog {
              unknownField(unknownArg: SIT)
            }
            """#,
            [])
    }

    @Test("multiple arguments in reverse order are known") func multipleArgumentsInReverseOrderAreKnown() throws {
        try expectErrors(
            .knownArgumentNames,
            #"""
            fragment multipleArgsReverseOrder on ComplicatedArgs {
              multipleReqs(req2: 2, req1: 1)
            }
            """#,
            [])
    }

    @Test("no arguments on optional arguments is valid") func noArgumentsOnOptionalArgumentsIsValid() throws {
        try expectErrors(
            .knownArgumentNames,
            #"""
            fragment noArgOnOptionalArg on Dog {
              isHouseTrained
            }
            """#,
            [])
    }

    @Test("arguments are known deeply") func argumentsAreKnownDeeply() throws {
        try expectErrors(
            .knownArgumentNames,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
              human {
                pet {
                  name
                  ... on Dog {
                    doesKnowCommand(dogCommand: SIT)
                  }
                }
              }
            }
            """#,
            [])
    }

    @Test("directive arguments are known") func directiveArgumentsAreKnown() throws {
        try expectErrors(
            .knownArgumentNames,
            #"""
            {
              dog @skip(if: true)
            }
            """#,
            [])
    }

    @Test("unknown directive arguments are invalid") func unknownDirectiveArgumentsAreInvalid() throws {
        try expectErrors(
            .knownArgumentNames,
            #"""
            {
              dog @skip(unless: true)
            }
            """#,
            [
                #"Unknown argument "unless" on directive "@skip". (2:13)"#
            ])
    }

    @Test("a misspelt directive argument suggests the right one") func aMisspeltDirectiveArgumentSuggestsTheRightOne()
        throws
    {
        try expectErrors(
            .knownArgumentNames,
            #"""
            {
              dog @skip(iff: true)
            }
            """#,
            [
                #"Unknown argument "iff" on directive "@skip". Did you mean "if"? (2:13)"#
            ])
    }

    @Test("arguments of unknown directives are ignored") func argumentsOfUnknownDirectivesAreIgnored() throws {
        try expectErrors(
            .knownArgumentNames,
            #"""
            {
              dog @unknown(iff: true)
            }
            """#,
            [])
    }

    @Test("an invalid argument name is invalid") func anInvalidArgumentNameIsInvalid() throws {
        try expectErrors(
            .knownArgumentNames,
            #"""
            fragment invalidArgName on Dog {
              doesKnowCommand(unknown: true)
            }
            """#,
            [
                #"Unknown argument "unknown" on field "Dog.doesKnowCommand". (2:19)"#
            ])
    }

    @Test("a misspelt argument name suggests the right one") func aMisspeltArgumentNameSuggestsTheRightOne() throws {
        try expectErrors(
            .knownArgumentNames,
            #"""
            fragment invalidArgName on Dog {
              doesKnowCommand(DogCommand: true)
            }
            """#,
            [
                #"Unknown argument "DogCommand" on field "Dog.doesKnowCommand". Did you mean "dogCommand"? (2:19)"#
            ])
    }

    @Test("unknown arguments amongst known ones are invalid") func unknownArgumentsAmongstKnownOnesAreInvalid() throws {
        try expectErrors(
            .knownArgumentNames,
            #"""
            fragment oneGoodArgOneInvalidArg on Dog {
              doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
            }
            """#,
            [
                #"Unknown argument "whoKnows" on field "Dog.doesKnowCommand". (2:19)"#,
                #"Unknown argument "unknown" on field "Dog.doesKnowCommand". (2:49)"#,
            ])
    }

    @Test("unknown arguments are found deeply") func unknownArgumentsAreFoundDeeply() throws {
        try expectErrors(
            .knownArgumentNames,
            #"""
            {
              dog {
                doesKnowCommand(unknown: true)
              }
              human {
                pet {
                  name
                  ... on Dog {
                    doesKnowCommand(unknown: true)
                  }
                }
              }
            }
            """#,
            [
                #"Unknown argument "unknown" on field "Dog.doesKnowCommand". (3:21)"#,
                #"Unknown argument "unknown" on field "Dog.doesKnowCommand". (9:25)"#,
            ])
    }
}
