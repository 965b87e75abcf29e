/// The `extensions.code` values execution itself puts on errors (see CONTRACT.md "Errors").
///
/// Variable and argument values that do not coerce carry `BAD_USER_INPUT`, a query over the
/// limits `QUERY_TOO_COMPLEX`. Resolver errors keep the extensions they were thrown with;
/// every other execution error has none, for the HTTP layer to map.
package enum ExecutionErrorCode {
    /// A variable or argument value did not coerce to its declared type.
    package static let badUserInput: [(key: String, value: String)] = [(key: "code", value: "BAD_USER_INPUT")]
    /// Depth or cost over the configured maxima.
    package static let queryTooComplex: [(key: String, value: String)] = [(key: "code", value: "QUERY_TOO_COMPLEX")]
}
