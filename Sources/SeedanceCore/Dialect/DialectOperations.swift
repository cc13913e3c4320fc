/// The optional operations a dialect offers, read from its conformance to the refinement protocols
/// (``CancellableDialect``, ``DeletableDialect``, ``ListableDialect``, ``CallbackDialect``): the one source of truth
/// for the CLI's `providers` table, the README's matrix and the client's `.unsupported` checks.
public struct DialectOperations: Sendable, Hashable {
    /// The provider POSTs results to a callback URL (``CallbackDialect``).
    public var callbacks: Bool
    /// Queued tasks can be cancelled (``CancellableDialect``).
    public var cancel: Bool
    /// Tasks can be listed (``ListableDialect``).
    public var list: Bool
    /// Finished tasks' records can be deleted (``DeletableDialect``).
    public var delete: Bool

    /// The operations `dialect` conforms to.
    public init(of dialect: any Dialect) {
        callbacks = dialect is any CallbackDialect
        cancel = dialect is any CancellableDialect
        list = dialect is any ListableDialect
        delete = dialect is any DeletableDialect
    }
}

extension Dialect {
    /// What this dialect can do besides create and status, derived from its conformances.
    public var operations: DialectOperations { DialectOperations(of: self) }
}
