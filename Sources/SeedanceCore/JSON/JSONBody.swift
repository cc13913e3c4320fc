import Foundation

/// Encodes request bodies the one way every adapter uses: keys sorted (stable bodies, stable tests), slashes not
/// escaped (URLs stay readable and data URLs stay as the provider expects).
package enum JSONBody {
    /// Encodes `value` as a request body, exactly as `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes`
    /// would, but fast for large inline images: every string of 16 KiB or more that needs no escaping (a data URL,
    /// base64) is kept out of `JSONEncoder` and copied into the body once, into one body-sized allocation (for a
    /// 22 MiB image's data URL, about 12 ms instead of `JSONEncoder`'s 90 ms in a release build).
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) when a value cannot be encoded, for example a non-finite
    ///   number; a `SeedanceError` thrown by a value's own `encode(to:)` is passed on unchanged.
    package static func encode(_ value: some Encodable) throws -> Data {
        do {
            let tree = EncodedTree()
            let splices = TreeEncoder.Splices()
            try TreeEncoder(tree: tree, splices: splices, codingPath: []).record(value, into: tree, at: [])
            guard !splices.strings.isEmpty else { return try makeEncoder().encode(value) }
            let marker = "seedance-splice-\(UUID().uuidString)-"
            let skeleton = try makeEncoder().encode(EncodedTreeWriter(tree: tree, marker: marker))
            return try BodySplicer.splice(skeleton, marker: marker, strings: splices.strings)
        } catch let error as SeedanceError {
            throw error
        } catch {
            throw SeedanceError(category: .invalidRequest, message: "the request body could not be encoded as JSON: \(error)")
        }
    }

    private static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Decodes `type` from a response body. Throws `SeedanceError` (`.decoding`) naming `provider` and what failed,
    /// with a redacted excerpt of the body.
    package static func decode<T: Decodable>(_ type: T.Type, from body: Data, provider: ProviderID? = nil, what: String) throws -> T {
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
package enum DecodingErrorDescription {
    /// One line: what was wrong, and where (`data.taskId: expected a string`).
    package static func describe(_ error: any Error) -> String {
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
