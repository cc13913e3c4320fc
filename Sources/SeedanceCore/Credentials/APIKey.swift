import Foundation

/// An API key. Its `description`, `debugDescription` and `dump` output are redacted, and `Redaction` removes it
/// from any error or log text. The SDK sends it only as `Authorization: Bearer …` to the configured API host.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let secret: String

    /// Wraps a key. An empty key is allowed (the provider will answer 401).
    public init(_ secret: String) {
        self.secret = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        Redaction.register(self.secret)
    }

    /// Reads a key from the first environment variable in `names` that is set and not empty.
    public static func fromEnvironment(_ names: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> APIKey? {
        for name in names {
            if let value = environment[name], !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                return APIKey(value)
            }
        }
        return nil
    }

    /// The value for the `Authorization` header. Only the core's request signing reads it.
    package var authorizationHeaderValue: String { "Bearer \(secret)" }

    /// Whether the key is empty.
    public var isEmpty: Bool { secret.isEmpty }

    public var description: String { "APIKey([REDACTED])" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
