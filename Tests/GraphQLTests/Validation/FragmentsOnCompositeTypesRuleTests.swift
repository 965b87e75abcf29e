import Testing

/// FragmentsOnCompositeTypesRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct FragmentsOnCompositeTypesRuleTests {
    @Test("an object type condition is valid") func anObjectTypeConditionIsValid() throws {
        try expectErrors(
            .fragmentsOnCompositeTypes,
            #"""
            fragment validFragment on Dog {
              barks
            }
            """#,
            [])
    }

    @Test("an interface type condition is valid") func anInterfaceTypeConditionIsValid() throws {
        try expectErrors(
            .fragmentsOnCompositeTypes,
            #"""
            fragment validFragment on Pet {
              name
            }
            """#,
            [])
    }

    @Test("an inline fragment on an object is valid") func anInlineFragmentOnAnObjectIsValid() throws {
        try expectErrors(
            .fragmentsOnCompositeTypes,
            #"""
            fragment validFragment on Pet {
              ... on Dog {
                barks
              }
            }
            """#,
            [])
    }

    @Test("an inline fragment without condition is valid") func anInlineFragmentWithoutConditionIsValid() throws {
        try expectErrors(
            .fragmentsOnCompositeTypes,
            #"""
            fragment validFragment on Pet {
              ... {
                name
              }
            }
            """#,
            [])
    }

    @Test("a union type condition is valid") func aUnionTypeConditionIsValid() throws {
        try expectErrors(
            .fragmentsOnCompositeTypes,
            #"""
            fragment validFragment on CatOrDog {
              __typename
            }
            """#,
            [])
    }

    @Test("a scalar type condition is invalid") func aScalarTypeConditionIsInvalid() throws {
        try expectErrors(
            .fragmentsOnCompositeTypes,
            #"""
            fragment scalarFragment on Boolean {
              bad
            }
            """#,
            [
                #"Fragment "scalarFragment" cannot condition on non composite type "Boolean". (1:28)"#
            ])
    }

    @Test("an enum type condition is invalid") func anEnumTypeConditionIsInvalid() throws {
        try expectErrors(
            .fragmentsOnCompositeTypes,
            #"""
            fragment scalarFragment on FurColor {
              bad
            }
            """#,
            [
                #"Fragment "scalarFragment" cannot condition on non composite type "FurColor". (1:28)"#
            ])
    }

    @Test("an input object type condition is invalid") func anInputObjectTypeConditionIsInvalid() throws {
        try expectErrors(
            .fragmentsOnCompositeTypes,
            #"""
            fragment inputFragment on ComplexInput {
              stringField
            }
            """#,
            [
                #"Fragment "inputFragment" cannot condition on non composite type "ComplexInput". (1:27)"#
            ])
    }

    @Test("an inline fragment on a scalar is invalid") func anInlineFragmentOnAScalarIsInvalid() throws {
        try expectErrors(
            .fragmentsOnCompositeTypes,
            #"""
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """#,
            [
                #"Fragment cannot condition on non composite type "String". (2:10)"#
            ])
    }
}
