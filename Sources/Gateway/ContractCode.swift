package import GraphQL
package import LOW

/// The `extensions.code` values of CONTRACT.md "Errors", and every mapping onto them: the one
/// place that decides which code a failure answers with.
package enum ContractCode: String, Sendable, CaseIterable {
    case parseFailed = "GRAPHQL_PARSE_FAILED"
    case validationFailed = "GRAPHQL_VALIDATION_FAILED"
    case badUserInput = "BAD_USER_INPUT"
    case commandRejected = "COMMAND_REJECTED"
    case conflict = "CONFLICT"
    case pending = "PENDING"
    case queryTooComplex = "QUERY_TOO_COMPLEX"
    case badRequest = "BAD_REQUEST"
    case `internal` = "INTERNAL"

    /// The message of every `INTERNAL` error: it says nothing of internals (the log has the detail).
    package static let internalMessage = "Internal server error."

    /// An error of this code, with extra extension entries after `code`.
    package func error(
        _ message: String, locations: [SourceLocation] = [], extra: [(key: String, value: String)] = []
    ) -> GraphQLError {
        GraphQLError(message: message, locations: locations, extensions: [("code", rawValue)] + extra)
    }

    /// The code an error carries, nil when it has none.
    package static func of(_ error: GraphQLError) -> ContractCode? {
        error.extensions.first { $0.key == "code" }.flatMap { ContractCode(rawValue: $0.value) }
    }

    /// `error` with a code: its own when it has one of the contract's; otherwise an error before
    /// execution (no `data`: an unknown operation name) is the request's fault, `BAD_REQUEST`,
    /// and one during execution (a non-null field that resolved to null, a value its type cannot
    /// represent) is `INTERNAL`, whose message names no type or value: the log has the original.
    package static func coded(_ error: GraphQLError, hasData: Bool) -> GraphQLError {
        if of(error) != nil { return error }
        var coded = error
        coded.extensions.removeAll { $0.key == "code" }
        if hasData {
            GatewayLog.error("execution at \(error.path.map(\.description).joined(separator: ".")): \(error.message)")
            coded.message = internalMessage
            coded.extensions.insert(("code", ContractCode.internal.rawValue), at: 0)
        } else {
            coded.extensions.insert(("code", ContractCode.badRequest.rawValue), at: 0)
        }
        return coded
    }

    /// The error a failure inside the gateway or the backend answers with; the detail goes to the log.
    package static func internalError(_ failure: any Error, context: String) -> GraphQLError {
        if let error = failure as? GraphQLError { return error }
        GatewayLog.error("\(context): \(String(reflecting: failure))")
        return ContractCode.internal.error(internalMessage)
    }
}

/// How a submitted command ended, as the metric `graphql_commands_total` labels it.
package enum CommandOutcomeLabel: String, Sendable, CaseIterable {
    case accepted, rejected, conflict, pending, invalid
}

extension ContractCode {
    /// What a mutation field answers for `result`: the row, or the error of its code.
    /// - Returns: the outcome's metric label and either the row (`.null` when there is none) or the error.
    package static func answer(for result: CommandResult, command: String) -> (
        label: CommandOutcomeLabel, answer: Result<Value, GraphQLError>
    ) {
        if result.isPending {
            let error = pending.error(
                "\(command) was accepted but its projection did not arrive in time.",
                extra: [("commandId", result.commandID.description)])
            return (.pending, .failure(error))
        }
        switch result.outcome {
        case .accepted: return (.accepted, .success(result.row ?? .null))
        case .rejected(let reason, _):
            let error = commandRejected.error("\(command) was rejected: \(reason).", extra: [("reason", reason)])
            return (.rejected, .failure(error))
        case .conflict(let attempts):
            return (.conflict, .failure(conflict.error("\(command) kept conflicting after \(attempts) attempts.")))
        case .invalidPayload(let payloadError):
            return (.invalid, .failure(badUserInput.error("\(command): \(payloadError).")))
        case .idempotencyMismatch:
            let message = "The Idempotency-Key was first used with another mutation or other arguments."
            return (.invalid, .failure(badUserInput.error(message)))
        case .unknownCommand(let name):
            GatewayLog.error("the backend has no client handler for \(name)")
            return (.invalid, .failure(ContractCode.internal.error(internalMessage)))
        }
    }
}
