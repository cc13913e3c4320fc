import Foundation

/// Builds `data:image/<format>;base64,<payload>` strings, the inline image form every dialect that takes bytes uses.
package enum DataURL {
    /// The data URL for `bytes` in `format` (always a lowercase format name). Built in one allocation: for a 22 MiB
    /// image the only memory added is the ~29 MiB string itself.
    package static func make(bytes: Data, format: ImageFormat) -> String {
        let prefix = Array("data:image/\(format.rawValue);base64,".utf8)
        let total = prefix.count + Base64Encoding.encodedCount(bytes.count)
        return String(unsafeUninitializedCapacity: total) { output in
            let raw = UnsafeMutableRawBufferPointer(output)
            prefix.withUnsafeBytes { raw.copyMemory(from: $0) }
            let payload = UnsafeMutableRawBufferPointer(rebasing: raw[prefix.count...])
            let written = bytes.withUnsafeBytes { Base64Encoding.encode($0, into: payload) }
            return prefix.count + written
        }
    }
}

extension ImageInput {
    /// The string a dialect puts on the wire: an `http`/`https` URL (or an already-built `data:` URL) as given, or a
    /// data URL built from the bytes with the format detected from them (`data:image/png;base64,…`).
    ///
    /// The result is an ordinary string wherever it is used; ``JSONBody/encode(_:)`` copies long strings like this
    /// one into the body without re-escaping them, so adapters just put it in their `Encodable` wire types.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`, naming `field`) for a URL of another scheme, a `.file` that was
    ///   not read first (the client reads files before validation), or bytes that are not a recognised image or
    ///   whose header is truncated or malformed.
    package func wireString(field: String, provider: ProviderID) throws -> String {
        switch self {
        case .url(let url):
            guard let scheme = url.scheme?.lowercased(), ["http", "https", "data"].contains(scheme) else {
                throw SeedanceError.invalid(field, value: url.absoluteString, allowed: "an http or https URL", provider: provider)
            }
            return url.absoluteString
        case .data(let data):
            let info = try ImageInspector.inspect(data, field: field, provider: provider)
            return DataURL.make(bytes: data, format: info.format)
        case .file(let url):
            throw SeedanceError.invalid(field, value: url.path, allowed: "a URL or image bytes", provider: provider, reason: "was not read before encoding")
        }
    }

    /// Reads a `.file` into `.data`; other inputs are returned as they are.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`, naming `field`) when the file cannot be read.
    package func resolved(field: String, provider: ProviderID) throws -> ImageInput {
        guard case .file(let url) = self else { return self }
        do {
            return .data(try Data(contentsOf: url, options: .mappedIfSafe))
        } catch {
            throw SeedanceError.invalid(field, value: url.path, allowed: "a readable image file", provider: provider, reason: "cannot be read")
        }
    }
}
