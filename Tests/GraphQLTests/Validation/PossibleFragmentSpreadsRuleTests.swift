import Testing

/// PossibleFragmentSpreadsRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct PossibleFragmentSpreadsRuleTests {
    @Test("of the same object is valid") func ofTheSameObjectIsValid() throws {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """#,
            [])
    }

    @Test("of the same object with an inline fragment is valid") func ofTheSameObjectWithAnInlineFragmentIsValid()
        throws
    {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
            """#,
            [])
    }

    @Test("an object into an implemented interface is valid") func anObjectIntoAnImplementedInterfaceIsValid() throws {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """#,
            [])
    }

    @Test("an object into a containing union is valid") func anObjectIntoAContainingUnionIsValid() throws {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """#,
            [])
    }

    @Test("a union into a contained object is valid") func aUnionIntoAContainedObjectIsValid() throws {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """#,
            [])
    }

    @Test("a union into an overlapping interface is valid") func aUnionIntoAnOverlappingInterfaceIsValid() throws {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment unionWithinInterface on Pet { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """#,
            [])
    }

    @Test("an interface into an implemented object is valid") func anInterfaceIntoAnImplementedObjectIsValid() throws {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment interfaceWithinObject on Dog { ...petFragment }
            fragment petFragment on Pet { name }
            """#,
            [])
    }

    @Test("an interface into an overlapping interface is valid") func anInterfaceIntoAnOverlappingInterfaceIsValid()
        throws
    {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment interfaceWithinInterface on Pet { ...petFragment }
            fragment petFragment on Pet { name }
            """#,
            [])
    }

    @Test("an interface into an overlapping union is valid") func anInterfaceIntoAnOverlappingUnionIsValid() throws {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment petFragment on Pet { name }
            """#,
            [])
    }

    @Test("ignores incorrect type (caught by FragmentsOnCompositeTypes)")
    func ignoresIncorrectTypeCaughtByFragmentsOnCompositeTypes() throws {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment petFragment on Pet { ...badInADifferentWay }
            fragment badInADifferentWay on String { name }
            """#,
            [])
    }

    @Test("ignores unknown fragments (caught by KnownFragmentNames)")
    func ignoresUnknownFragmentsCaughtByKnownFragmentNames() throws {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment petFragment on Pet { ...UnknownFragment }
            """#,
            [])
    }

    @Test("a different object into an object is invalid") func aDifferentObjectIntoAnObjectIsInvalid() throws {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """#,
            [
                #"Fragment "dogFragment" cannot be spread here as objects of type "Cat" can never be of type "Dog". (1:45)"#
            ])
    }

    @Test("a different object into an object inline is invalid") func aDifferentObjectIntoAnObjectInlineIsInvalid()
        throws
    {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            """#,
            [
                #"Fragment cannot be spread here as objects of type "Cat" can never be of type "Dog". (2:3)"#
            ])
    }

    @Test("an object into a non-implementing interface is invalid")
    func anObjectIntoANonImplementingInterfaceIsInvalid() throws {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """#,
            [
                #"Fragment "humanFragment" cannot be spread here as objects of type "Pet" can never be of type "Human". (1:48)"#
            ])
    }

    @Test("an object into a not containing union is invalid") func anObjectIntoANotContainingUnionIsInvalid() throws {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """#,
            [
                #"Fragment "humanFragment" cannot be spread here as objects of type "CatOrDog" can never be of type "Human". (1:49)"#
            ])
    }

    @Test("a union into a not contained object is invalid") func aUnionIntoANotContainedObjectIsInvalid() throws {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """#,
            [
                #"Fragment "catOrDogFragment" cannot be spread here as objects of type "Human" can never be of type "CatOrDog". (1:46)"#
            ])
    }

    @Test("an interface into a non-overlapping union is invalid") func anInterfaceIntoANonOverlappingUnionIsInvalid()
        throws
    {
        try expectErrors(
            .possibleFragmentSpreads,
            #"""
            fragment invalidInterfaceWithinUnion on CatOrDog { ... on Mammal { mother { __typename } } ...humanFragment }
            fragment humanFragment on Human { name }
            """#,
            [
                #"Fragment "humanFragment" cannot be spread here as objects of type "CatOrDog" can never be of type "Human". (1:92)"#
            ])
    }
}
