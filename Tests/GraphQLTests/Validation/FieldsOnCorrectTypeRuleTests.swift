import Testing

/// FieldsOnCorrectTypeRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct FieldsOnCorrectTypeRuleTests {
    @Test("an object field selection is valid") func anObjectFieldSelectionIsValid() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment objectFieldSelection on Dog {
              __typename
              name
            }
            """#,
            [])
    }

    @Test("aliased fields are valid") func aliasedFieldsAreValid() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment aliasedObjectFieldSelection on Dog {
              tn : __typename
              otherName : name
            }
            """#,
            [])
    }

    @Test("interface fields are valid") func interfaceFieldsAreValid() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment interfaceFieldSelection on Pet {
              __typename
              name
            }
            """#,
            [])
    }

    @Test("lying alias selection is valid") func lyingAliasSelectionIsValid() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment lyingAliasSelection on Dog {
              name : nickname
            }
            """#,
            [])
    }

    @Test("ignores fields on unknown types") func ignoresFieldsOnUnknownTypes() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment unknownSelection on UnknownType {
              unknownField
            }
            """#,
            [])
    }

    @Test("reports errors when type is known again") func reportsErrorsWhenTypeIsKnownAgain() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment typeKnownAgain on Pet {
              unknown_pet_field {
                ... on Cat {
                  unknown_cat_field
                }
              }
            }
            """#,
            [
                #"Cannot query field "unknown_pet_field" on type "Pet". (2:3)"#,
                #"Cannot query field "unknown_cat_field" on type "Cat". (4:7)"#,
            ])
    }

    @Test("a field not defined on a fragment is invalid") func aFieldNotDefinedOnAFragmentIsInvalid() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """#,
            [
                #"Cannot query field "meowVolume" on type "Dog". Did you mean "barkVolume"? (2:3)"#
            ])
    }

    @Test("ignores deeply unknown field") func ignoresDeeplyUnknownField() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """#,
            [
                #"Cannot query field "unknown_field" on type "Dog". (2:3)"#
            ])
    }

    @Test("a sub-field not defined is invalid") func aSubFieldNotDefinedIsInvalid() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment subFieldNotDefined on Human {
              pets {
                unknown_field
              }
            }
            """#,
            [
                #"Cannot query field "unknown_field" on type "Pet". (3:5)"#
            ])
    }

    @Test("a field on an inline fragment not defined is invalid") func aFieldOnAnInlineFragmentNotDefinedIsInvalid()
        throws
    {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
              }
            }
            """#,
            [
                #"Cannot query field "meowVolume" on type "Dog". Did you mean "barkVolume"? (3:5)"#
            ])
    }

    @Test("an aliased field target not defined is invalid") func anAliasedFieldTargetNotDefinedIsInvalid() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment aliasedFieldTargetNotDefined on Dog {
              volume : mooVolume
            }
            """#,
            [
                #"Cannot query field "mooVolume" on type "Dog". Did you mean "barkVolume"? (2:3)"#
            ])
    }

    @Test("an aliased lying field target not defined is invalid") func anAliasedLyingFieldTargetNotDefinedIsInvalid()
        throws
    {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume : kawVolume
            }
            """#,
            [
                #"Cannot query field "kawVolume" on type "Dog". Did you mean "barkVolume"? (2:3)"#
            ])
    }

    @Test("a field on an interface not defined is invalid") func aFieldOnAnInterfaceNotDefinedIsInvalid() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment notDefinedOnInterface on Pet {
              tailLength
            }
            """#,
            [
                #"Cannot query field "tailLength" on type "Pet". (2:3)"#
            ])
    }

    @Test("a field defined on implementors but not the interface suggests them")
    func aFieldDefinedOnImplementorsButNotTheInterfaceSuggestsThem() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment definedOnImplementorsButNotInterface on Pet {
              nickname
            }
            """#,
            [
                #"Cannot query field "nickname" on type "Pet". Did you mean to use an inline fragment on "Cat" or "Dog"? (2:3)"#
            ])
    }

    @Test("meta field selection on a union is valid") func metaFieldSelectionOnAUnionIsValid() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment directFieldSelectionOnUnion on CatOrDog {
              __typename
            }
            """#,
            [])
    }

    @Test("a direct field selection on a union is invalid") func aDirectFieldSelectionOnAUnionIsInvalid() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """#,
            [
                #"Cannot query field "directField" on type "CatOrDog". (2:3)"#
            ])
    }

    @Test("a field defined on implementors queried on a union suggests types")
    func aFieldDefinedOnImplementorsQueriedOnAUnionSuggestsTypes() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
              name
            }
            """#,
            [
                #"Cannot query field "name" on type "CatOrDog". Did you mean to use an inline fragment on "Pet", "Canine", "Cat", or "Dog"? (2:3)"#
            ])
    }

    @Test("a valid field in an inline fragment is valid") func aValidFieldInAnInlineFragmentIsValid() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            fragment objectFieldSelection on Pet {
              ... on Dog {
                name
              }
              ... {
                name
              }
            }
            """#,
            [])
    }

    @Test("schema meta fields on the query root are valid") func schemaMetaFieldsOnTheQueryRootAreValid() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            { __schema { queryType { name } } __type(name: "Dog") { name } }
            """#,
            [])
    }

    @Test("schema meta fields off the query root are invalid") func schemaMetaFieldsOffTheQueryRootAreInvalid() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            { dog { __schema { queryType { name } } } }
            """#,
            [
                #"Cannot query field "__schema" on type "Dog". (1:9)"#
            ])
    }

    @Test("a misspelt field suggests the closest") func aMisspeltFieldSuggestsTheClosest() throws {
        try expectErrors(
            .fieldsOnCorrectType,
            #"""
            { dog { nam barkVolum } }
            """#,
            [
                #"Cannot query field "nam" on type "Dog". Did you mean "name"? (1:9)"#,
                #"Cannot query field "barkVolum" on type "Dog". Did you mean "barkVolume"? (1:13)"#,
            ])
    }
}
