// Type validation: GraphQL spec (Oct 2021) §3.6.2 (objects), §3.7.1 (interfaces), §3.8.1
// (unions), §3.9.1 (enums), §3.10.1 (input objects), with graphql-js's messages. Each problem is
// located at the node it is about.

extension SchemaBuild {
    /// Checks every type defined in the schema files (the built-ins are known to be valid).
    mutating func validateTypes() {
        for name in typeNames {
            guard let type = types[name], let base = typeDefinitions[name], !isBuiltIn(document[base].offset) else {
                continue
            }
            let nodes = definitionNodes(of: name)
            let at = document[base].name.offset
            switch type.kind {
            case .object, .interface:
                if type.fields.isEmpty { report("Type \(name) must define one or more fields.", at: at) }
                validateFields(of: type, nodes: nodes)
                validateInterfaces(of: type, nodes: nodes)
            case .union:
                if type.unionMembers.isEmpty {
                    report("Union type \(name) must define one or more member types.", at: at)
                }
                for node in nodes { validateUnionMembers(node.unionMembers, of: name) }
            case .enumeration:
                if type.enumValues.isEmpty { report("Enum type \(name) must define one or more values.", at: at) }
            case .inputObject:
                if type.inputFields.isEmpty {
                    report("Input Object type \(name) must define one or more fields.", at: at)
                }
                validateInputFields(of: type, nodes: nodes)
            case .scalar:
                break
            }
        }
        validateInputCycles()
    }

    /// Whether the named type exists; reports `Unknown type` at `name` otherwise.
    mutating func checkKnown(_ name: NameNode) -> SchemaType? {
        if let type = types[string(name)] { return type }
        report("Unknown type \"\(string(name))\".", at: name.offset)
        return nil
    }

    /// Checks that `type` names known types and that they are input (or output) types.
    mutating func checkTypeReference(_ type: NodeRef<TypeNode>, isInput: Bool, owner: String) {
        let name = document.namedType(of: type)
        guard let named = checkKnown(name) else { return }
        if isInput && !named.isInputType {
            report(
                "The type of \(owner) must be Input Type but got: \(typeReference(type)).", at: document[type].offset)
        } else if !isInput && !named.isOutputType {
            report(
                "The type of \(owner) must be Output Type but got: \(typeReference(type)).", at: document[type].offset)
        }
    }

    private mutating func validateFields(of type: SchemaType, nodes: [TypeDefinitionNode]) {
        for node in nodes {
            for field in document.nodes(node.fields) {
                let owner = "\(type.name).\(string(field.name))"
                checkTypeReference(field.type, isInput: false, owner: owner)
                validateArguments(field.arguments, owner: owner)
            }
        }
    }

    /// Argument types are input types; required arguments are not deprecated.
    mutating func validateArguments(_ list: NodeList<InputValueDefinitionNode>, owner: String) {
        for argument in document.nodes(list) {
            let argumentOwner = "\(owner)(\(string(argument.name)):)"
            checkTypeReference(argument.type, isInput: true, owner: argumentOwner)
            if case .nonNull = document[argument.type].shape, argument.defaultValue == nil,
                let deprecated = document.directive(named: "deprecated", in: argument.directives)
            {
                report("Required argument \(argumentOwner) cannot be deprecated.", at: deprecated.offset)
            }
        }
    }

    private mutating func validateUnionMembers(_ members: NodeList<NameNode>, of union: String) {
        for member in document.nodes(members) {
            guard let type = checkKnown(member) else { continue }
            if type.kind != .object {
                report(
                    "Union type \(union) can only include Object types, it cannot include \(type.name).",
                    at: member.offset)
            }
        }
    }

    private mutating func validateInputFields(of type: SchemaType, nodes: [TypeDefinitionNode]) {
        for node in nodes {
            for field in document.nodes(node.inputFields) {
                let owner = "\(type.name).\(string(field.name))"
                checkTypeReference(field.type, isInput: true, owner: owner)
                let isNonNull = if case .nonNull = document[field.type].shape { true } else { false }
                if isNonNull, field.defaultValue == nil,
                    let deprecated = document.directive(named: "deprecated", in: field.directives)
                {
                    report("Required input field \(owner) cannot be deprecated.", at: deprecated.offset)
                }
                // GraphQL spec draft §3.10.1: the fields of a OneOf input object are nullable, without default.
                if type.isOneOf && isNonNull {
                    report("OneOf input field \(owner) must be nullable.", at: field.name.offset)
                }
                if type.isOneOf && field.defaultValue != nil {
                    report("OneOf input field \(owner) cannot have a default value.", at: field.name.offset)
                }
            }
        }
    }

    /// GraphQL spec (Oct 2021) §3.10.1: an input object may not reach itself through non-null
    /// fields only (no finite value could be given). A port of graphql-js's cycle detector, so each
    /// cycle is reported once, at its first field.
    private mutating func validateInputCycles() {
        var detector = InputCycleDetector()
        for name in typeNames where types[name]?.kind == .inputObject {
            detector.detect(from: name, in: types)
        }
        for cycle in detector.cycles {
            let message =
                "Cannot reference Input Object \"\(cycle.target)\" within itself through a series of non-null "
                + "fields: \"\(cycle.path.map(\.field).joined(separator: "."))\"."
            let first = cycle.path[0]
            let document = document
            let node = definitionNodes(of: first.type).flatMap { document.nodes($0.inputFields) }
                .first { document.name($0.name, equals: first.field) }
            report(message, at: node?.offset ?? 0)
        }
    }
}

/// graphql-js `createInputObjectCircularRefsValidator`: depth first over non-null input fields.
private struct InputCycleDetector {
    var visited: Set<String> = []
    var path: [(type: String, field: String)] = []
    var pathIndex: [String: Int] = [:]
    var cycles: [(target: String, path: [(type: String, field: String)])] = []

    mutating func detect(from name: String, in types: [String: SchemaType]) {
        guard !visited.contains(name), let type = types[name] else { return }
        visited.insert(name)
        pathIndex[name] = path.count
        for field in type.inputFields {
            guard case .nonNull(.named(let target)) = field.type, types[target]?.kind == .inputObject else { continue }
            path.append((name, field.name))
            if let index = pathIndex[target] {
                cycles.append((target, Array(path[index...])))
            } else {
                detect(from: target, in: types)
            }
            path.removeLast()
        }
        pathIndex[name] = nil
    }
}
