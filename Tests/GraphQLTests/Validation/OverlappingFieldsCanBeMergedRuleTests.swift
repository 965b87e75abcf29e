import Testing

/// OverlappingFieldsCanBeMergedRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct OverlappingFieldsCanBeMergedRuleTests {
    @Test("unique fields are valid") func uniqueFieldsAreValid() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment uniqueFields on Dog {
              name
              nickname
            }
            """#,
            [])
    }

    @Test("identical fields are valid") func identicalFieldsAreValid() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment mergeIdenticalFields on Dog {
              name
              name
            }
            """#,
            [])
    }

    @Test("identical fields with identical arguments are valid") func identicalFieldsWithIdenticalArgumentsAreValid()
        throws
    {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }
            """#,
            [])
    }

    @Test("identical fields with identical directives are valid") func identicalFieldsWithIdenticalDirectivesAreValid()
        throws
    {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment mergeSameFieldsWithSameDirectives on Dog {
              name @include(if: true)
              name @include(if: true)
            }
            """#,
            [])
    }

    @Test("different arguments with different aliases are valid") func differentArgumentsWithDifferentAliasesAreValid()
        throws
    {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment differentArgsWithDifferentAliases on Dog {
              knowsSit: doesKnowCommand(dogCommand: SIT)
              knowsDown: doesKnowCommand(dogCommand: DOWN)
            }
            """#,
            [])
    }

    @Test("different directives with different aliases are valid")
    func differentDirectivesWithDifferentAliasesAreValid() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment differentDirectivesWithDifferentAliases on Dog {
              nameIfTrue: name @include(if: true)
              nameIfFalse: name @include(if: false)
            }
            """#,
            [])
    }

    @Test("different skip and include directives are accepted") func differentSkipAndIncludeDirectivesAreAccepted()
        throws
    {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment differentDirectivesWithDifferentAliases on Dog {
              name @include(if: true)
              name @include(if: false)
            }
            """#,
            [])
    }

    @Test("same aliases with different field targets are invalid") func sameAliasesWithDifferentFieldTargetsAreInvalid()
        throws
    {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """#,
            [
                #"Fields "fido" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:3)"#
            ])
    }

    @Test("same aliases on non-overlapping fields are allowed") func sameAliasesOnNonOverlappingFieldsAreAllowed()
        throws
    {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment sameAliasesWithDifferentFieldTargets on Pet {
              ... on Dog {
                name
              }
              ... on Cat {
                name: nickname
              }
            }
            """#,
            [])
    }

    @Test("an alias masking a direct field access is invalid") func anAliasMaskingADirectFieldAccessIsInvalid() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """#,
            [
                #"Fields "name" conflict because "nickname" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:3)"#
            ])
    }

    @Test("different arguments, second adds an argument, are invalid")
    func differentArgumentsSecondAddsAnArgumentAreInvalid() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """#,
            [
                #"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:3)"#
            ])
    }

    @Test("different arguments, second missing an argument, are invalid")
    func differentArgumentsSecondMissingAnArgumentAreInvalid() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """#,
            [
                #"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:3)"#
            ])
    }

    @Test("conflicting argument values are invalid") func conflictingArgumentValuesAreInvalid() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """#,
            [
                #"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:3)"#
            ])
    }

    @Test("conflicting argument names are invalid") func conflictingArgumentNamesAreInvalid() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment conflictingArgs on Dog {
              isAtLocation(x: 0)
              isAtLocation(y: 0)
            }
            """#,
            [
                #"Fields "isAtLocation" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:3)"#
            ])
    }

    @Test("arguments in a different order are valid") func argumentsInADifferentOrderAreValid() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            { dog { isAtLocation(x: 0, y: 1) isAtLocation(y: 1, x: 0) } }
            """#,
            [])
    }

    @Test("object argument values in a different field order are the same")
    func objectArgumentValuesInADifferentFieldOrderAreTheSame() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            { complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) complexArgField(complexArg: {intField: 1, requiredField: true}) } }
            """#,
            [])
    }

    @Test("different arguments on non-overlapping parents are allowed")
    func differentArgumentsOnNonOverlappingParentsAreAllowed() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            fragment conflictingArgs on Pet {
              ... on Dog {
                name(surname: true)
              }
              ... on Cat {
                name
              }
            }
            """#,
            [])
    }

    @Test("conflicts encountered through fragments are reported") func conflictsEncounteredThroughFragmentsAreReported()
        throws
    {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              ...A
              ...B
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """#,
            [
                #"Fields "x" conflict because "a" and "b" are different fields. Use different aliases on the fields to fetch both if this was intentional. (6:3, 9:3)"#
            ])
    }

    @Test("conflicts within fragments are reported once") func conflictsWithinFragmentsAreReportedOnce() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              f1 {
                ...A
                ...B
              }
              f2 {
                ...B
                ...A
              }
              f3 {
                ...A
                ...B
                x: c
              }
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """#,
            [
                #"Fields "x" conflict because "a" and "b" are different fields. Use different aliases on the fields to fetch both if this was intentional. (17:3, 20:3)"#,
                #"Fields "x" conflict because "c" and "a" are different fields. Use different aliases on the fields to fetch both if this was intentional. (13:5, 17:3)"#,
                #"Fields "x" conflict because "c" and "b" are different fields. Use different aliases on the fields to fetch both if this was intentional. (13:5, 20:3)"#,
            ])
    }

    @Test("deep conflicts are reported") func deepConflictsAreReported() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              field {
                x: a
              },
              field {
                x: b
              }
            }
            """#,
            [
                #"Fields "field" conflict because subfields "x" conflict because "a" and "b" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:5, 5:3, 6:5)"#
            ])
    }

    @Test("deep conflicts with multiple issues are reported") func deepConflictsWithMultipleIssuesAreReported() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              field {
                x: a
                y: c
              },
              field {
                x: b
                y: d
              }
            }
            """#,
            [
                #"Fields "field" conflict because subfields "x" conflict because "a" and "b" are different fields and subfields "y" conflict because "c" and "d" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:5, 4:5, 6:3, 7:5, 8:5)"#
            ])
    }

    @Test("very deep conflicts are reported") func veryDeepConflictsAreReported() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              field {
                deepField {
                  x: a
                }
              },
              field {
                deepField {
                  x: b
                }
              }
            }
            """#,
            [
                #"Fields "field" conflict because subfields "deepField" conflict because subfields "x" conflict because "a" and "b" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:5, 4:7, 7:3, 8:5, 9:7)"#
            ])
    }

    @Test("deep conflicts only to the nearest common ancestor are reported")
    func deepConflictsOnlyToTheNearestCommonAncestorAreReported() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              field {
                deepField {
                  x: a
                }
                deepField {
                  x: b
                }
              },
              field {
                deepField {
                  y
                }
              }
            }
            """#,
            [
                #"Fields "deepField" conflict because subfields "x" conflict because "a" and "b" are different fields. Use different aliases on the fields to fetch both if this was intentional. (3:5, 4:7, 6:5, 7:7)"#
            ])
    }

    @Test("deep conflicts through fragments are reported to the nearest ancestor")
    func deepConflictsThroughFragmentsAreReportedToTheNearestAncestor() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              field {
                ...F
              }
              field {
                ...F
              }
            }
            fragment F on T {
              deepField {
                deeperField {
                  x: a
                }
                deeperField {
                  x: b
                }
              },
              deepField {
                deeperField {
                  y
                }
              }
            }
            """#,
            [
                #"Fields "deeperField" conflict because subfields "x" conflict because "a" and "b" are different fields. Use different aliases on the fields to fetch both if this was intentional. (11:5, 12:7, 14:5, 15:7)"#
            ])
    }

    @Test("deep conflicts in nested fragments are reported") func deepConflictsInNestedFragmentsAreReported() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              field {
                ...F
              }
              field {
                ...I
              }
            }
            fragment F on T {
              x: a
              ...G
            }
            fragment G on T {
              y: c
            }
            fragment I on T {
              y: d
              ...J
            }
            fragment J on T {
              x: b
            }
            """#,
            [
                #"Fields "field" conflict because subfields "x" conflict because "a" and "b" are different fields and subfields "y" conflict because "c" and "d" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:3, 10:3, 14:3, 5:3, 21:3, 17:3)"#
            ])
    }

    @Test("ignores unknown fragments") func ignoresUnknownFragments() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              field
              ...Unknown
              ...Known
            }

            fragment Known on T {
              field
              ...OtherUnknown
            }
            """#,
            [])
    }

    @Test("conflicting return types on different object parents are invalid")
    func conflictingReturnTypesOnDifferentObjectParentsAreInvalid() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              catOrDog {
                ... on Dog { someValue: barkVolume }
                ... on Cat { someValue: name }
              }
            }
            """#,
            [
                #"Fields "someValue" conflict because they return conflicting types "Int" and "String". Use different aliases on the fields to fetch both if this was intentional. (3:18, 4:18)"#
            ])
    }

    @Test("compatible return shapes on different object parents are valid")
    func compatibleReturnShapesOnDifferentObjectParentsAreValid() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              catOrDog {
                ... on Dog { x: name }
                ... on Cat { x: nickname }
              }
            }
            """#,
            [])
    }

    @Test("list and non-list return types conflict") func listAndNonListReturnTypesConflict() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              human {
                ... on Human { x: pets { name } }
              }
              human {
                x: name
              }
              pet {
                ... on Dog { y: mother { name } }
              }
            }
            """#,
            [
                #"Fields "human" conflict because subfields "x" conflict because "pets" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:20, 5:3, 6:5)"#
            ])
    }

    @Test("subfields on mutually exclusive parents are compared for types only")
    func subfieldsOnMutuallyExclusiveParentsAreComparedForTypesOnly() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              catOrDog {
                ... on Dog { mother { n: name } }
                ... on Cat { mother: furColor }
              }
            }
            """#,
            [
                #"Fields "mother" conflict because they return conflicting types "Dog" and "FurColor". Use different aliases on the fields to fetch both if this was intentional. (3:18, 4:18)"#
            ])
    }

    @Test("nullable and non-null return types conflict") func nullableAndNonNullReturnTypesConflict() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            {
              human {
                ... on Human { r: relatives { name } }
              }
              human {
                ... on Human { r: pets { name } }
              }
            }
            """#,
            [
                #"Fields "human" conflict because subfields "r" conflict because "relatives" and "pets" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:20, 5:3, 6:20)"#
            ])
    }

    @Test("typename aliases compare as unknown definitions") func typenameAliasesCompareAsUnknownDefinitions() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            { dog { name: __typename name } }
            """#,
            [
                #"Fields "name" conflict because "__typename" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9, 1:26)"#
            ])
    }

    @Test("identical fields on a union spread twice are valid") func identicalFieldsOnAUnionSpreadTwiceAreValid() throws
    {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            { catOrDog { ...F ...F } }
            fragment F on CatOrDog { ... on Dog { name } }
            """#,
            [])
    }

    @Test("a fragment spread into a conflicting field of the same set is invalid")
    func aFragmentSpreadIntoAConflictingFieldOfTheSameSetIsInvalid() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            { dog { name ...F } }
            fragment F on Dog { name: nickname }
            """#,
            [
                #"Fields "name" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9, 2:21)"#
            ])
    }

    @Test("a spread of a fragment spreading itself does not loop") func aSpreadOfAFragmentSpreadingItselfDoesNotLoop()
        throws
    {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            { dog { ...F } }
            fragment F on Dog { name ...F }
            """#,
            [])
    }

    @Test("two fragments spreading each other do not loop") func twoFragmentsSpreadingEachOtherDoNotLoop() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            { dog { ...A ...B } }
            fragment A on Dog { name ...B }
            fragment B on Dog { name: nickname ...A }
            """#,
            [
                #"Fields "name" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:21, 3:21)"#,
                #"Fields "name" conflict because "nickname" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional. (3:21, 2:21)"#,
            ])
    }

    @Test("repeated alike leaves each conflict with a different field")
    func repeatedAlikeLeavesEachConflictWithADifferentField() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            { dog { name name: nickname name name: barkVolume name } }
            """#,
            [
                #"Fields "name" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9, 1:14)"#,
                #"Fields "name" conflict because "name" and "barkVolume" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9, 1:34)"#,
                #"Fields "name" conflict because "nickname" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:14, 1:29)"#,
                #"Fields "name" conflict because "nickname" and "barkVolume" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:14, 1:34)"#,
                #"Fields "name" conflict because "nickname" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:14, 1:51)"#,
                #"Fields "name" conflict because "name" and "barkVolume" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:29, 1:34)"#,
                #"Fields "name" conflict because "barkVolume" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:34, 1:51)"#,
            ])
    }

    @Test("repeated alike leaves with arguments conflict pairwise")
    func repeatedAlikeLeavesWithArgumentsConflictPairwise() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            { dog { isAtLocation(x: 1) isAtLocation(x: 2) isAtLocation(x: 1) isAtLocation(x: 2) } }
            """#,
            [
                #"Fields "isAtLocation" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:9, 1:28)"#,
                #"Fields "isAtLocation" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:9, 1:66)"#,
                #"Fields "isAtLocation" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:28, 1:47)"#,
                #"Fields "isAtLocation" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:47, 1:66)"#,
            ])
    }

    @Test("a fragment reached from its own selections is not compared with itself")
    func aFragmentReachedFromItsOwnSelectionsIsNotComparedWithItself() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            { dog { ...F1 } }
            fragment F1 on Dog { ... on Dog { ...F1 } name: nickname ... on Dog { name } }
            """#,
            [
                #"Fields "name" conflict because "nickname" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:43, 2:71)"#
            ])
    }

    @Test("a fragment spread inside its own inline fragment is skipped like graphql-js does")
    func aFragmentSpreadInsideItsOwnInlineFragmentIsSkippedLikeGraphqlJsDoes() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            { pet { name(surname: false) } pet { x: __typename name } }
            fragment F0 on Dog { nickname }
            fragment F1 on Dog { ... on Cat { ...F1 } ... on Dog { x: father { name isAtLocation(x: 1) x: isAtLocation(x: 1) } doesKnowCommand(dogCommand: HEEL) name: doesKnowCommand(dogCommand: SIT) } ... on Cat { name: nickname nickname } }
            """#,
            [
                #"Fields "pet" conflict because subfields "name" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:3, 1:9, 1:32, 1:52)"#,
                #"Fields "name" conflict because they return conflicting types "Boolean" and "String". Use different aliases on the fields to fetch both if this was intentional. (3:150, 3:204)"#,
            ])
    }

    @Test("repeated composite fields are compared in full") func repeatedCompositeFieldsAreComparedInFull() throws {
        try expectErrors(
            .overlappingFieldsCanBeMerged,
            #"""
            { dog { mother { x: name } mother { x: nickname } mother { x: name } } }
            """#,
            [
                #"Fields "mother" conflict because subfields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9, 1:18, 1:28, 1:37)"#,
                #"Fields "mother" conflict because subfields "x" conflict because "nickname" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:28, 1:37, 1:51, 1:60)"#,
            ])
    }
}
