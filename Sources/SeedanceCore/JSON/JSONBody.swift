import Foundation

/// Encodes request bodies the one way every adapter uses: keys sorted (stable bodies, stable tests), slashes not
/// escaped (URLs stay readable and data URLs stay as the provider expects).
public enum JSONBody {
    /// Encodes `value` as a request body. Throws `SeedanceError` (`.invalidRequest`) when a value cannot be encoded,
    /// for example a non-finite number.
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            throw SeedanceError(category: .invalidRequest, message: "the request body could not be encoded as JSON: \(error)")
        }
    }

    /// Decodes `type` from a response body. Throws `SeedanceError` (`.decoding`) naming `provider` and what failed,
    /// with a redacted excerpt of the body.
    public static func decode<T: Decodable>(_ type: T.Type, from body: Data, provider: ProviderID? = nil, what: String) throws -> T {
        do {
            return try JSONInput.decode(type, from: body)
        } catch {
            throw SeedanceError(
                category: .decoding, provider: provider,
                message: "could not read the \(what): \(DecodingErrorDescription.describe(error))",
                bodyExcerpt: Redaction.excerpt(of: body))
        }
    }
}

/// Renders a `DecodingError` as one short line naming the JSON path.
public enum DecodingErrorDescription {
    /// One line: what was wrong, and where (`data.taskId: expected a string`).
    public static func describe(_ error: any Error) -> String {
        guard let decodingError = error as? DecodingError else { return String(describing: error) }
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.isEmpty ? "top level" : codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch decodingError {
        case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context): return "\(path(context.codingPath)): \(context.debugDescription)"
        case .valueNotFound(_, let context): return "\(path(context.codingPath)) is null"
        case .dataCorrupted(let context): return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default: return String(describing: decodingError)
        }
    }
}
