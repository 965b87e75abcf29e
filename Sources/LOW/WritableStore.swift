/// A store that can lose the ability to write (the file log after a failed write or sync), so the
/// shell's readiness can say so (`/ready` answers 503 while `isWritable` is false).
package protocol WritableStore: Sendable {
    /// False once the store has stopped taking writes; it does not come back in this process.
    var isWritable: Bool { get }
}
