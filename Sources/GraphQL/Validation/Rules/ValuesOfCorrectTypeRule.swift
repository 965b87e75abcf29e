/// GraphQL spec (Oct 2021) §5.6.1 Values of Correct Type, with the spec draft's OneOf Input
/// Object checks. Literals are judged the way graphql-js 16's scalars `parseLiteral` them, with
/// its messages; a custom scalar by the `parseLiteral` registered for it (graphql-js'
/// `isValidValueNode`), and without one it accepts any literal (graphql-js' default).
enum ValuesOfCorrectTypeRule {
    /// Checks a scalar, enum, or a list or object at a position that is not a list or input object.
    static func checkLiteral(_ ref: NodeRef<ValueNode>, type: TypeReference?, in context: ValidationContext) {
        let value = context.document[ref]
        guard !context.isAborted, let type, let named = context.index.typeID(type.namedType) else { return }
        guard context.index.isLeaf(named) else {
            context.report(
                "Expected value of type \"\(type)\", found \(Printer.print(ref, in: context.document)).",
                at: value.offset)
            return
        }
        if let message = problem(with: ref, for: named, at: type, context) {
            context.report(message, at: value.offset)
        }
    }

    /// The graphql-js message for a literal a leaf type refuses, nil when accepted.
    private static func problem(
        with ref: NodeRef<ValueNode>, for named: TypeID, at type: TypeReference, _ context: ValidationContext
    ) -> String? {
        let value = context.document[ref]
        if context.index.kind(named) == .enumeration {
            return enumProblem(with: ref, for: context.index.type(named), context.document)
        }
        switch (context.index.name(named), value.kind) {
        case ("Int", .int(let range)):
            guard let int = context.document.intValue(range), int >= Int(Int32.min), int <= Int(Int32.max) else {
                return "Int cannot represent non 32-bit signed integer value: \(context.document.text(range))"
            }
            return nil
        case ("Int", _): return "Int cannot represent non-integer value: \(Printer.print(ref, in: context.document))"
        case ("Float", .int), ("Float", .float): return nil
        case ("Float", _):
            return "Float cannot represent non numeric value: \(Printer.print(ref, in: context.document))"
        case ("String", .string): return nil
        case ("String", _):
            return "String cannot represent a non string value: \(Printer.print(ref, in: context.document))"
        case ("Boolean", .boolean): return nil
        case ("Boolean", _):
            return "Boolean cannot represent a non boolean value: \(Printer.print(ref, in: context.document))"
        case ("ID", .string), ("ID", .int): return nil
        case ("ID", _):
            return "ID cannot represent a non-string and non-integer value: \(Printer.print(ref, in: context.document))"
        default:
            guard let coercion = context.index.customScalar(named) else { return nil }
            return customProblem(with: ref, for: coercion, at: type, context.document)
        }
    }

    /// graphql-js `isValidValueNode` for a custom scalar: a refused literal is reported with the
    /// scalar's own message after the type and the literal. Validation knows no variable values,
    /// so a variable inside the literal is given as absent (graphql-js passes `undefined`).
    private static func customProblem(
        with ref: NodeRef<ValueNode>, for coercion: ScalarCoercion, at type: TypeReference, _ document: Document
    ) -> String? {
        let failure: CoercionFailure
        do throws(CoercionFailure) {
            guard let value = InputValue.untyped(document[ref], in: document, variables: nil) else { return nil }
            _ = try coercion.parseLiteral(value)
            return nil
        } catch {
            failure = error
        }
        return "Expected value of type \"\(type)\", found \(Printer.print(ref, in: document)); \(failure.message)"
    }

    private static func enumProblem(with ref: NodeRef<ValueNode>, for type: SchemaType, _ document: Document) -> String?
    {
        let text = Printer.print(ref, in: document)
        guard case .enumValue(let name) = document[ref].kind else {
            return "Enum \"\(type.name)\" cannot represent non-enum value: \(text)." + enumSuggestion(text, type)
        }
        if type.enumValue(named: document.string(name)) != nil { return nil }
        return "Value \"\(text)\" does not exist in \"\(type.name)\" enum." + enumSuggestion(text, type)
    }

    private static func enumSuggestion(_ text: String, _ type: SchemaType) -> String {
        Suggestions.didYouMean(Suggestions.list(text, type.enumValues.lazy.map(\.name)), "the enum value")
    }

    /// Checks an object value at an input object position: required fields, then OneOf.
    static func checkObject(
        _ value: ValueNode, fields: NodeList<ObjectFieldNode>, type: SchemaType, in context: ValidationContext
    ) {
        for field in type.inputFields where Schema.isRequired(field) {
            guard
                !context.document.nodes(fields).contains(where: { context.document.name($0.name, equals: field.name) })
            else { continue }
            context.report(
                "Field \"\(type.name).\(field.name)\" of required type \"\(field.type)\" was not provided.",
                at: value.offset)
        }
        if type.isOneOf { OneOfInputObjectRule.check(value, fields: fields, type: type, in: context) }
    }

    /// Reports an object field the input object does not define.
    static func reportUnknownField(_ field: ObjectFieldNode, type: SchemaType, in context: ValidationContext) {
        guard !context.isAborted else { return }
        let name = context.document.string(field.name)
        let suggestions = Suggestions.list(name, type.inputFields.lazy.map(\.name))
        context.report(
            "Field \"\(name)\" is not defined by type \"\(type.name)\"." + Suggestions.didYouMean(suggestions),
            at: field.offset)
    }
}
