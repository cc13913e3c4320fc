import Foundation

extension SeedanceClient {
    /// The largest callback body ``parseCallback(_:)`` reads (1 MiB).
    public static let maxCallbackBodyBytes = 1 << 20

    /// The task's current state: one status request (retried per the client's ``RetryPolicy``), no waiting.
    ///
    /// - Throws: `SeedanceError` carrying `id`: `.notFound`, `.authentication`, `.rateLimited`, `.server`,
    ///   `.transport`, `.decoding` …; `.invalidRequest` when `id` cannot be placed in a URL (nothing sent).
    ///   `CancellationError` when cancelled.
    public func status(of id: TaskID) async throws -> TaskSnapshot {
        try await attaching(id) {
            let request = try dialect.makeStatusRequest(for: id)
            let response = try await executor.send(request)
            return try dialect.parseStatus(response, for: id)
        }
    }

    /// Reads a callback body the provider POSTed to your server.
    ///
    /// Callbacks are not signed and may repeat or arrive out of order: treat the result as a hint and call
    /// ``confirm(callback:)`` before acting on it.
    ///
    /// - Throws: `SeedanceError` `.unsupported` for a dialect without callbacks; `.decoding` for a body over
    ///   ``maxCallbackBodyBytes`` or not in the documented shape.
    public func parseCallback(_ body: Data) throws -> TaskSnapshot {
        guard let dialect = dialect as? any CallbackDialect else { throw SeedanceError.unsupported("callbacks", provider: provider) }
        guard body.count <= Self.maxCallbackBodyBytes else {
            throw SeedanceError(
                category: .decoding, provider: provider,
                message: "the callback body of \(body.count) bytes exceeds the \(Self.maxCallbackBodyBytes)-byte cap; it was not read")
        }
        return try dialect.parseCallback(body)
    }

    /// The task's state fetched from the provider, for a snapshot that came from a callback: the answer to trust.
    ///
    /// - Throws: as ``status(of:)``.
    public func confirm(callback snapshot: TaskSnapshot) async throws -> TaskSnapshot {
        try await status(of: snapshot.id)
    }
}
