import Foundation

/// Removes secrets and inline data from text that may reach a log, an error or a terminal.
///
/// The API keys the process built most recently with ``APIKey`` (up to ``registryCapacity`` distinct keys; building
/// a key again makes it recent again) are replaced by `[REDACTED]` wherever they appear, as written or JSON-escaped
/// (`/` as `\/`); `Bearer …` tokens and `data:…;base64,…` payloads are shortened too.
package enum Redaction {
    /// How many distinct keys are remembered: a multi-tenant server building a key per request keeps a bounded set
    /// (the least recently built are forgotten; their `Bearer` form is still scrubbed).
    package static let registryCapacity = 1024

    private static let registry = SecretRegistry(capacity: registryCapacity)

    /// Registers a secret so that ``scrub(_:)`` removes it from any text. Called by ``APIKey``.
    static func register(_ secret: String) { registry.insert(secret) }

    /// `text` with every registered secret, bearer token and inline data payload removed.
    package static func scrub(_ text: String) -> String {
        var result = text
        for secret in registry.all() {
            for form in secret.contains("/") ? [secret, secret.replacingOccurrences(of: "/", with: "\\/")] : [secret] where result.contains(form) {
                result = result.replacingOccurrences(of: form, with: "[REDACTED]")
            }
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
    package static func excerpt(of body: Data, limit: Int = 512) -> String? {
        guard !body.isEmpty else { return nil }
        let head = body.prefix(limit * 4)
        let text = String(decoding: head, as: UTF8.self)
        let scrubbed = scrub(text)
        return scrubbed.count > limit ? String(scrubbed.prefix(limit)) + "…" : scrubbed
    }
}

/// The most recently registered secrets, at most `capacity`, in registration order (oldest first).
final class SecretRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private let capacity: Int
    private var order: [String] = []
    private var members: Set<String> = []

    init(capacity: Int) { self.capacity = capacity }

    func insert(_ secret: String) {
        guard secret.count >= 4 else { return }
        lock.withLock {
            if members.contains(secret) {
                // Already known: move it to the recent end (cheap for the few keys a process usually holds).
                if order.last != secret, let index = order.lastIndex(of: secret) { order.remove(at: index) } else { return }
            } else {
                members.insert(secret)
            }
            order.append(secret)
            if order.count > capacity { members.remove(order.removeFirst()) }
        }
    }

    func all() -> [String] { lock.withLock { order } }

}
