import Foundation

/// Removes secrets and inline data from text that may reach a log, an error or a terminal.
///
/// Every API key the process has built with ``APIKey`` is registered here and replaced by `[REDACTED]` wherever it
/// appears; `Bearer …` tokens and `data:…;base64,…` payloads are shortened too.
public enum Redaction {
    private static let registry = SecretRegistry()

    /// Registers a secret so that ``scrub(_:)`` removes it from any text. Called by ``APIKey``.
    static func register(_ secret: String) { registry.insert(secret) }

    /// `text` with every registered secret, bearer token and inline data payload removed.
    public static func scrub(_ text: String) -> String {
        var result = text
        for secret in registry.all() where result.contains(secret) {
            result = result.replacingOccurrences(of: secret, with: "[REDACTED]")
        }
        if result.contains("Bearer ") {
            result = result.replacingOccurrences(of: #"Bearer\s+[^\s"',}]+"#, with: "Bearer [REDACTED]", options: .regularExpression)
        }
        if result.contains(";base64,") {
            result = result.replacingOccurrences(of: #";base64,[A-Za-z0-9+/=]{16,}"#, with: ";base64,[…]", options: .regularExpression)
        }
        return result
    }

    /// A scrubbed excerpt of a response body, at most `limit` characters, for ``SeedanceError/bodyExcerpt``.
    public static func excerpt(of body: Data, limit: Int = 512) -> String? {
        guard !body.isEmpty else { return nil }
        let head = body.prefix(limit * 4)
        let text = String(decoding: head, as: UTF8.self)
        let scrubbed = scrub(text)
        return scrubbed.count > limit ? String(scrubbed.prefix(limit)) + "…" : scrubbed
    }
}

private final class SecretRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var secrets: Set<String> = []

    func insert(_ secret: String) {
        guard secret.count >= 4 else { return }
        lock.withLock { _ = secrets.insert(secret) }
    }

    func all() -> Set<String> { lock.withLock { secrets } }
}
