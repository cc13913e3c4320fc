import Foundation

/// Builds `data:image/<format>;base64,<payload>` strings, the inline image form every dialect that takes bytes uses.
public enum DataURL {
    /// The data URL for `bytes` in `format` (always a lowercase format name).
    public static func make(bytes: Data, format: ImageFormat) -> String {
        "data:image/\(format.rawValue);base64," + bytes.base64EncodedString()
    }
}

extension ImageInput {
    /// The string a dialect puts on the wire: the URL as given, or a data URL built from the bytes.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) for a `.file` that was not read first (the client reads files
    ///   before validation) or bytes that are not a recognised image.
    public func wireString(field: String, provider: ProviderID) throws -> String {
        switch self {
        case .url(let url):
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
    public func resolved(field: String, provider: ProviderID) throws -> ImageInput {
        guard case .file(let url) = self else { return self }
        do {
            return .data(try Data(contentsOf: url, options: .mappedIfSafe))
        } catch {
            throw SeedanceError.invalid(field, value: url.path, allowed: "a readable image file", provider: provider, reason: "cannot be read")
        }
    }
}
