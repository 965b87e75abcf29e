/// GraphQL spec (Oct 2021) §5.3.3 Leaf Field Selections: leaves take no selection set,
/// composite fields need one.
enum ScalarLeafsRule {
    static func check(_ field: FieldNode, definition: FieldID, type: TypeID, in context: ValidationContext) {
        if context.index.isLeaf(type) {
            if let selectionSet = field.selectionSet {
                let name = context.document.string(field.name)
                let type = context.index.definition(definition).type
                context.report(
                    "Field \"\(name)\" must not have a selection since type \"\(type)\" has no subfields.",
                    at: context.document[selectionSet].offset)
            }
        } else if field.selectionSet == nil {
            let name = context.document.string(field.name)
            let type = context.index.definition(definition).type
            context.report(
                "Field \"\(name)\" of type \"\(type)\" must have a selection of subfields. Did you mean \"\(name) { ... }\"?",
                at: field.offset)
        }
    }
}
