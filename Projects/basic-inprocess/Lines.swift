import InProcess
import LOW

/// The line protocol: one command per input line as JSON, one answer per output line.
///
/// In: `{"command":"DepositMoney","args":{...},"idempotencyKey":"..."}`.
/// Out: `{"ok":true,"data":{...the read-model row...}}` or
/// `{"ok":false,"code":"COMMAND_REJECTED","reason":"...","message":"..."}`, with the codes of
/// CONTRACT.md (`PENDING` carries `commandId`).
enum Lines {
    /// What an input line asks for.
    enum Request {
        case command(CommandEnvelope)
        /// Not a command: the error line that answers it.
        case invalid(Answer)
    }

    /// The command a line asks for, or the error line answering a line that is not a command.
    static func request(from line: [UInt8], now: Timestamp) -> Request {
        let value: Value
        do { value = try JSONReader.parse(line) } catch {
            return .invalid(Answer.error("BAD_REQUEST", "the line is not JSON: \(error)"))
        }
        guard case .object = value else {
            return .invalid(Answer.error("BAD_REQUEST", "the line is not a JSON object"))
        }
        guard let name = value["command"]?.stringValue else {
            return .invalid(Answer.error("BAD_REQUEST", "the line has no \"command\" string"))
        }
        let args = value["args"] ?? .object(Fields())
        guard case .object = args else { return .invalid(Answer.error("BAD_REQUEST", "\"args\" must be an object")) }
        let id: ID
        switch value["idempotencyKey"] {
        case nil, .null?: id = .random()
        case .string(let key)?: id = .forIdempotencyKey(key)
        default: return .invalid(Answer.error("BAD_REQUEST", "\"idempotencyKey\" must be a string"))
        }
        return .command(CommandEnvelope(id: id, name: name, payload: canonical(args), issuedAt: now))
    }

    /// The answer line for a command's result.
    static func answer(for result: CommandResult) -> Answer {
        if result.isPending {
            var answer = Answer.error("PENDING", "the command was accepted; its projection did not arrive in time")
            answer.fields["commandId"] = .string(result.commandID.description)
            return answer
        }
        switch result.outcome {
        case .accepted: return Answer(fields: ["ok": true, "data": result.row ?? .null])
        case .rejected(let reason, _):
            var answer = Answer.error("COMMAND_REJECTED", "the command was rejected: \(reason)")
            answer.fields["reason"] = .string(reason)
            return answer
        case .conflict(let attempts):
            return Answer.error("CONFLICT", "concurrent changes kept conflicting after \(attempts) attempts")
        case .invalidPayload(let error): return Answer.error("BAD_USER_INPUT", "invalid args: \(error)")
        case .idempotencyMismatch:
            return Answer.error(
                "BAD_USER_INPUT", "the idempotency key was first used with another command or other args")
        case .unknownCommand(let name): return Answer.error("BAD_REQUEST", "unknown command '\(name)'")
        }
    }

    /// Objects with their keys sorted, so the same args in another key order are the same
    /// payload (an idempotency key binds its first request's payload).
    static func canonical(_ value: Value) -> Value {
        switch value {
        case .object(let fields):
            var sorted = Fields()
            for entry in fields.sorted(by: { $0.key < $1.key }) { sorted[entry.key] = canonical(entry.value) }
            return .object(sorted)
        case .list(let items): return .list(items.map(canonical))
        default: return value
        }
    }
}

/// One output line, as JSON fields in order.
struct Answer {
    var fields: Fields

    static func error(_ code: String, _ message: String) -> Answer {
        Answer(fields: ["ok": false, "code": .string(code), "message": .string(message)])
    }

    var line: String { JSONWriter.string(.object(fields)) }
}
