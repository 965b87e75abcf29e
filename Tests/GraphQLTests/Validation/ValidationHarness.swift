import Foundation
import GraphQL
import Testing

/// The schemas and the assertion the validation tests share.
///
/// `harness` is graphql-js' validation test schema (Dog, Cat, Pet, Human, ComplicatedArgs, ...)
/// with a subscription root, a mutation root, a custom scalar and test directives; `repository`
/// is the server's own Schema/*.graphql.
enum ValidationHarness {
    /// graphql-js `src/validation/__tests__/harness.ts`, plus roots and directives for our rules.
    static let harnessSDL = #"""
        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        type Human {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]!
        }

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
          NO_FUR
          UNKNOWN
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        scalar DateTime

        type QueryRoot {
          human(id: ID): Human
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          complicatedArgs: ComplicatedArgs
          when(at: DateTime): String
        }

        type Message {
          body: String
          sender: String
        }

        type SubscriptionRoot {
          importantEmails: [String]
          notImportantEmails: [String]
          newMessage: Message
        }

        type MutationRoot {
          setName(name: String!): Dog
        }

        schema {
          query: QueryRoot
          mutation: MutationRoot
          subscription: SubscriptionRoot
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatable repeatable on FIELD | FRAGMENT_SPREAD
        directive @withArgs(required: Int!, optional: String = "x") on FIELD
        """#

    static let harness: Result<Schema, SchemaError> = Result { () throws(SchemaError) in
        try SchemaBuilder.build(files: [(name: "harness.graphql", source: harnessSDL)])
    }

    /// The repository's Schema folder, read relative to this file.
    static let schemaDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Schema")

    static func repositorySchema() throws -> Schema {
        let names = try FileManager.default.contentsOfDirectory(atPath: schemaDirectory.path)
            .filter { $0.hasSuffix(".graphql") }.sorted()
        let files = try names.map { name in
            (name: name, source: try String(contentsOf: schemaDirectory.appendingPathComponent(name), encoding: .utf8))
        }
        return try SchemaBuilder.build(files: files)
    }

    /// The errors of `source` under `rules`, each as `message (line:column, ...)`.
    static func errors(_ source: String, rules: ValidationRules, schema: Schema) throws -> [String] {
        let document = try Parser.parse(source)
        return Validator.validate(document, against: schema, rules: rules).map(\.description)
    }
}

/// Expects exactly `expected` (as `message (line:column, ...)`, in order) from validating
/// `source` against the harness schema with `rules`.
func expectErrors(
    _ rules: ValidationRules, _ source: String, _ expected: [String],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let schema = try ValidationHarness.harness.get()
    let errors = try ValidationHarness.errors(source, rules: rules, schema: schema)
    #expect(errors == expected, sourceLocation: sourceLocation)
}
