import Foundation

/// Builds `data:<type>/<format>;base64,<payload>` strings, the inline media form every dialect that takes bytes uses.
package enum DataURL {
    /// The data URL for image `bytes` in `format` (always a lowercase format name).
    package static func make(bytes: Data, format: ImageFormat) -> String {
        make(bytes: bytes, mediaType: "image/\(format.rawValue)")
    }

    /// The data URL for `bytes` of `mediaType` (`image/png`, `audio/mp3`). Built in one allocation: for a 22 MiB
    /// image the only memory added is the ~29 MiB string itself.
    package static func make(bytes: Data, mediaType: String) -> String {
        let prefix = Array("data:\(mediaType);base64,".utf8)
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

extension MediaInput {
    /// The string a dialect puts on the wire for a medium of `kind`: an `http`/`https` URL (or an already-built
    /// `data:` URL) as given, an asset as `asset://<id>`, or a data URL built from the bytes with the format detected
    /// from them (`data:image/png;base64,…`, `data:audio/mp3;base64,…`).
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`, naming `field`) for a URL of another scheme, inline video (never
    ///   accepted), a `.file` that was not prepared first, or bytes that are not a recognised image or audio clip.
    package func wireString(kind: MediaKind, field: String, provider: ProviderID) throws -> String {
        switch (self, kind) {
        case (_, .image):
            return try wireString(field: field, provider: provider)
        case (.asset(let id), _):
            return id.uri
        case (.url(let url), _):
            guard let scheme = url.scheme?.lowercased(), ["http", "https", "data", "asset"].contains(scheme) else {
                throw SeedanceError.invalid(field, value: url.absoluteString, allowed: "an http or https URL, or an asset", provider: provider)
            }
            return url.absoluteString
        case (.data(let data), .audio):
            guard let format = MediaInspector.detectFormat(data), !format.isVideoContainer else {
                throw SeedanceError.invalid(
                    field, value: "(\(data.count) bytes)", allowed: "wav or mp3 bytes", provider: provider, reason: "is not a recognised audio clip")
            }
            return DataURL.make(bytes: data, mediaType: "audio/\(format.rawValue)")
        case (.data(let data), .video):
            throw SeedanceError.invalid(
                field, value: "(\(data.count) bytes)", allowed: "an http or https URL, or an asset", provider: provider,
                reason: "is not accepted: video is never sent inline (host the file and pass its URL, or set a MediaUploader)")
        case (.file(let url), _):
            throw SeedanceError.invalid(
                field, value: url.path, allowed: "a URL, an asset or bytes", provider: provider, reason: "was not prepared before encoding")
        }
    }

    /// The string a dialect puts on the wire for an image: an `http`/`https` URL (or an already-built `data:` URL)
    /// as given, an asset as `asset://<id>`, or a data URL built from the bytes with the format detected from them
    /// (`data:image/png;base64,…`).
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
            guard let scheme = url.scheme?.lowercased(), ["http", "https", "data", "asset"].contains(scheme) else {
                throw SeedanceError.invalid(field, value: url.absoluteString, allowed: "an http or https URL", provider: provider)
            }
            return url.absoluteString
        case .data(let data):
            let info = try ImageInspector.inspect(data, field: field, provider: provider)
            return DataURL.make(bytes: data, format: info.format)
        case .file(let url):
            throw SeedanceError.invalid(field, value: url.path, allowed: "a URL or image bytes", provider: provider, reason: "was not read before encoding")
        case .asset(let id):
            return id.uri
        }
    }

    /// Reads a `.file` into `.data` (images and audio clips; a video file is uploaded instead, by the client); other
    /// inputs are returned as they are.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`, naming `field`) when the file cannot be read.
    package func resolved(field: String, provider: ProviderID, kind: MediaKind = .image) throws -> MediaInput {
        guard case .file(let url) = self else { return self }
        do {
            return .data(try Data(contentsOf: url, options: .mappedIfSafe))
        } catch {
            throw SeedanceError.invalid(field, value: url.path, allowed: "a readable \(kind.rawValue) file", provider: provider, reason: "cannot be read")
        }
    }
}
