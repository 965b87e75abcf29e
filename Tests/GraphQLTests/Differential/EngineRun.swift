import Foundation
import GraphQL

/// Our engine's answers, computed the way the reference computes its own.
struct EngineRun {
    /// The schema, or why it did not build (then only parsing is compared, and every valid
    /// document is a disagreement).
    let schema: Result<Schema, SchemaError>

    /// Builds the schema from every Schema/*.graphql file, as the server does.
    init(paths: DifferentialPaths) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: paths.schemaFolder)
            .filter { $0.hasSuffix(".graphql") }.sorted()
        let files = try names.map { name in
            (name: name, source: try String(contentsOfFile: paths.schemaFolder + "/" + name, encoding: .utf8))
        }
        schema = Result { () throws(SchemaError) in try SchemaBuilder.build(files: files) }
    }

    /// Parses, validates and (when the reference executed it) executes one document.
    func outcome(source: [UInt8], reference: Outcome) async -> Outcome {
        let document: Document
        do {
            document = try Parser.parse(utf8: source)
        } catch {
            return Outcome(parses: false, syntaxLocation: "\(error.line):\(error.column)", syntaxMessage: error.message)
        }
        var outcome = Outcome(parses: true)
        outcome.printed = Printer.print(document)
        let schema: Schema
        switch self.schema {
        case .success(let built): schema = built
        case .failure(let error):
            outcome.firstValidationMessage = "the schema did not build: \(error)"
            return outcome
        }
        let validation = EngineAdapter.validate(document, schema: schema)
        outcome.valid = validation.isEmpty
        outcome.firstValidationMessage = validation.first?.message
        outcome.firstValidationLocations = validation.first?.locations.map(\.description)
        guard validation.isEmpty, reference.valid == true else { return outcome }
        let result = await EngineAdapter.execute(
            document, schema: schema, operationName: reference.operationName, variablesJSON: reference.variablesJSON)
        outcome.data = result.data
        outcome.errors = result.errors
        return outcome
    }
}
