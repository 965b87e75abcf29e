"""Examples in the style of the GraphQL specification (October 2021), written here from its
sections: language (§2), type system (§3), validation (§5, over the spec's pet schema) and
execution (§6). Against this repository's schema most of them are invalid (there is no `dog`):
they test parsing, syntax-error locations and that validation rejects the same documents."""

EXAMPLES = [
    # §2.2 documents, §2.3 operations
    "{ user(id: 4) { name } }",
    "mutation { likeStory(storyID: 12345) { story { likeCount } } }",
    "query { me { name } }",
    "{ field }",
    "query getMe { me { name } } query getYou { you { name } }",
    "query Q { a } { b }",
    # §2.4 selection sets, §2.5 fields
    "{ id firstName lastName }",
    "{ me { id firstName lastName birthday { month day } friends { name } } }",
    "{ user(id: 4) { id name profilePic(size: 100) } }",
    "{ user(id: 4) { id name profilePic(width: 100, height: 50) } }",
    "{ picture(width: 200, height: 100) }\n{ picture(height: 100, width: 200) }",
    # §2.7 aliases
    "{ user(id: 4) { id name smallPic: profilePic(size: 64) bigPic: profilePic(size: 1024) } }",
    "{ zuck: user(id: 4) { id name } }",
    # §2.8 fragments
    "query noFragments { user(id: 4) { friends(first: 10) { id name profilePic(size: 50) } "
    "mutualFriends(first: 10) { id name profilePic(size: 50) } } }",
    "query withFragments { user(id: 4) { friends(first: 10) { ...friendFields } "
    "mutualFriends(first: 10) { ...friendFields } } }\n\n"
    "fragment friendFields on User { id name profilePic(size: 50) }",
    "query withNestedFragments { user(id: 4) { friends(first: 10) { ...friendFields } "
    "mutualFriends(first: 10) { ...friendFields } } }\n"
    "fragment friendFields on User { id name ...standardProfilePic }\n"
    "fragment standardProfilePic on User { profilePic(size: 50) }",
    "query FragmentTyping { profiles(handles: [\"zuck\", \"coca-cola\"]) { handle ...userFragment ...pageFragment } }\n"
    "fragment userFragment on User { friends { count } }\n"
    "fragment pageFragment on Page { likers { count } }",
    "query inlineFragmentTyping { profiles(handles: [\"zuck\", \"coca-cola\"]) { handle "
    "... on User { friends { count } } ... on Page { likers { count } } } }",
    "query inlineFragmentNoType($expandedInfo: Boolean) { user(handle: \"zuck\") { id name "
    "... @include(if: $expandedInfo) { firstName lastName birthday } } }",
    # §2.9 input values
    "{ f(a: 1, b: -1, c: 0, d: -0, e: 1.0, f: 1e10, g: 1.5E-3, h: -0.0e+0) }",
    "{ f(a: \"Hello, World!\", b: \"\", c: \"\\\"\\\\\\/\\b\\f\\n\\r\\t\", d: \"\\u00e9\\u4E2D\") }",
    "{ f(a: \"\"\"\n    This starts with and ends with an empty line,\n    which makes it easier to read.\n\"\"\") }",
    "{ f(a: \"\"\"This does not start with or end with any empty lines,\nwhich makes it a little harder to read.\"\"\") }",
    "{ f(a: \"\"\"\n  Hello,\n    World!\n\n  Yours,\n    GraphQL.\n\"\"\") }",
    "{ f(a: \"\"\"escaped \\\"\"\" triple quote\"\"\") }",
    "{ f(a: true, b: false, c: null, d: ENUM_VALUE, e: [1, 2, 3], f: [], g: {}) }",
    "{ nearestThing(location: { lon: 12.43, lat: -53.211 }) }",
    "{ nearestThing(location: { lat: -53.211, lon: 12.43 }) }",
    "{ field(arg: null) field }",
    "{ f(list: [1, \"two\", [3], {four: 4}]) }",
    "{ f(o: {a: {b: {c: [{d: 1}]}}}) }",
    # §2.10 variables
    "query getZuckProfile($devicePicSize: Int) { user(id: 4) { id name profilePic(size: $devicePicSize) } }",
    "query Q($a: Int = 1, $b: [String!]! = [\"x\"], $c: In = {x: 1, y: [true]}, $d: E = RED) { f }",
    "query Q($a: Int @deprecated) { f(a: $a) }",
    # §2.11 type references
    "query Q($a: [[Int!]!], $b: [Int]!, $c: String!) { f }",
    # §2.12 directives
    "query myQuery($someTest: Boolean!) { experimentalField @skip(if: $someTest) }",
    "query myQuery($someTest: Boolean!) { experimentalField @include(if: $someTest) }",
    "query @a @b(x: 1) { f @c @d(y: [2]) ... on T @e { g } ...F @f }\nfragment F on T @g { h }",
    # §2.1 lexical
    "# a comment only\n",
    "{ a, b,, c ,}",
    "\t{\ta\t}\t",
    "{ a }\r\n{ b }",
    "query\n\n\n{ a }",
    "{ __typename }",
    # §3 type system
    "type Person {\n  name: String\n  age: Int\n  picture: Url\n}",
    "schema { query: MyQueryRootType mutation: MyMutationRootType }\n"
    "type MyQueryRootType { someField: String }\ntype MyMutationRootType { setSomeField(to: String): String }",
    "\"\"\"\nA simple GraphQL schema which is well described.\n\"\"\"\nschema { query: Query }\n\n"
    "\"\"\"\nRoot type for all your queries\n\"\"\"\ntype Query {\n  \"\"\"\n  Translates a string from a given language into a different language.\n  \"\"\"\n"
    "  translate(\n    \"The original language that `text` is provided in.\"\n    fromLanguage: Language\n\n"
    "    \"The translated language to be returned.\"\n    toLanguage: Language\n\n"
    "    \"The text to be translated.\"\n    text: String\n  ): String\n}\n\n"
    "\"\"\"\nThe set of languages supported by `translate`.\n\"\"\"\nenum Language {\n  \"English\"\n  EN\n\n  \"French\"\n  FR\n\n  \"Chinese\"\n  CH\n}",
    "extend schema @addedDirective { subscription: SubscriptionRoot }",
    "scalar Time\nscalar Url @specifiedBy(url: \"https://tools.ietf.org/html/rfc3986\")",
    "extend scalar Url @example",
    "type Business implements NamedEntity & ValuedEntity { name: String value: Int employeeCount: Int }",
    "interface NamedEntity { name: String }\ninterface Resource implements Node { id: ID! url: String }",
    "type Person implements & NamedEntity { name: String }",
    "union SearchResult = Photo | Person\nunion U =\n  | A\n  | B",
    "extend union SearchResult = Video",
    "enum Direction { NORTH EAST SOUTH WEST }",
    "extend enum Direction { NORTHEAST }",
    "input Point2D { x: Float y: Float }\ninput ExampleInputObject { a: String b: Int! = 1 }",
    "extend input Point2D { z: Float }",
    "extend type Story { isHiddenLocally: Boolean }",
    "extend type User @addedDirective",
    "extend interface NamedEntity { nickname: String }",
    "directive @example on FIELD_DEFINITION | ARGUMENT_DEFINITION\n"
    "directive @delegateField(name: String!) repeatable on OBJECT | INTERFACE",
    "directive @example on\n  | FIELD\n  | FRAGMENT_SPREAD\n  | INLINE_FRAGMENT",
    "type ExampleType { oldField: String @deprecated(reason: \"Use `newField`.\") newField: String }",
    "type T { f(a: Int = 1 @d, b: [In!]! = [{x: 1}]): String }",
    # §5 validation, over the spec's pet schema
    "query getDogName { dog { name } }\n\nquery getOwnerName { dog { owner { name } } }",
    "query getName { dog { name } }\n\nquery getName { dog { owner { name } } }",
    "{ dog { name } }\n\nquery getName { dog { owner { name } } }",
    "subscription sub { newMessage { body sender } disallowedSecondRootField }",
    "fragment fieldNotDefined on Dog { meowVolume }\n\nfragment aliasedLyingFieldTargetNotDefined on Dog { barkVolume: kawVolume }",
    "fragment mergeIdenticalFields on Dog { name name }",
    "fragment conflictingBecauseAlias on Dog { name: nickname name }",
    "fragment scalarSelectionsNotAllowedOnInt on Dog { barkVolume { sinceWhen } }",
    "query directQueryOnObjectWithoutSubFields { human }",
    "fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }",
    "fragment invalidArgName on Dog { doesKnowCommand(command: CLEAN_UP_HOUSE) }",
    "fragment missingRequiredArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: null) }",
    "{ dog { ...fragmentOne } }\n\nfragment fragmentOne on Dog { name }\n\nfragment fragmentOne on Dog { owner { name } }",
    "fragment notOnExistingType on NotInSchema { name }",
    "fragment fragOnScalar on Int { something }",
    "fragment nameFragment on Dog { name }\n\n{ dog { name } }",
    "{ dog { ...undefinedFragment } }",
    "{ dog { ...nameFragment } }\n\nfragment nameFragment on Dog { name ...barkVolumeFragment }\n\n"
    "fragment barkVolumeFragment on Dog { barkVolume ...nameFragment }",
    "fragment catInDogFragmentInvalid on Dog { ... on Cat { meowVolume } }",
    "{ field(arg: { field: true, field: false }) }",
    "query @skip(if: $foo) { field }",
    "query ($foo: Boolean = true, $bar: Boolean = false) { field @skip(if: $foo) @skip(if: $bar) }",
    "query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) { dog { isHousetrained(atOtherHomes: $atOtherHomes) } }",
    "query takesCat($cat: Cat) { __typename }",
    "query variableIsNotDefined { dog { isHousetrained(atOtherHomes: $atOtherHomes) } }",
    "query variableUnused($atOtherHomes: Boolean) { dog { isHousetrained } }",
    "query intCannotGoIntoBoolean($intArg: Int) { arguments { booleanArgField(booleanArg: $intArg) } }",
    # §6 execution
    "{ a: f b: f }",
    "query ($x: Int = 3) { __typename }",
    "mutation { changeBirthday(birthday: $newBirthday) { month } }",
]
