/// GraphQL spec (Oct 2021) §5.3.1 Field Selections: a selected field must be defined on its
/// parent type (or be a meta-field). Suggestions follow graphql-js: types to use an inline
/// fragment on first, else similarly spelled fields.
enum FieldsOnCorrectTypeRule {
    static func report(_ field: FieldNode, name: String, parent: SchemaType, in context: ValidationContext) {
        guard !context.isAborted else { return }
        var suggestion = Suggestions.didYouMean(
            suggestedTypes(for: name, on: parent, in: context.schema), "to use an inline fragment on")
        if suggestion.isEmpty, parent.kind == .object || parent.kind == .interface {
            suggestion = Suggestions.didYouMean(Suggestions.list(name, parent.fields.lazy.map(\.name)))
        }
        context.report("Cannot query field \"\(name)\" on type \"\(parent.name)\"." + suggestion, at: field.offset)
    }

    /// graphql-js `getSuggestedTypeNames`: the possible types of an abstract parent (and the
    /// interfaces they implement) that define the field, the most used first.
    private static func suggestedTypes(for name: String, on parent: SchemaType, in schema: Schema) -> [String] {
        guard parent.isAbstract else { return [] }
        var suggested: [String] = []
        var usage: [String: Int] = [:]
        for objectName in schema.possibleTypes(of: parent.name) {
            guard let object = schema.type(named: objectName), object.field(named: name) != nil else { continue }
            if usage[objectName] == nil { suggested.append(objectName) }
            usage[objectName] = 1
            for interfaceName in object.interfaces {
                guard schema.type(named: interfaceName)?.field(named: name) != nil else { continue }
                if usage[interfaceName] == nil { suggested.append(interfaceName) }
                usage[interfaceName, default: 0] += 1
            }
        }
        return suggested.sorted { left, right in
            let difference = usage[right, default: 0] - usage[left, default: 0]
            if difference != 0 { return difference < 0 }
            if schema.type(named: left)?.kind == .interface, schema.isSubtype(right, of: left) { return true }
            if schema.type(named: right)?.kind == .interface, schema.isSubtype(left, of: right) { return false }
            return Suggestions.naturalLess(left, right)
        }
    }
}
