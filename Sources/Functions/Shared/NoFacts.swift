/// The facts of a handler whose decision needs no reads: its payload alone decides.
package struct NoFacts: Sendable, Equatable {
    package init() {}
}
