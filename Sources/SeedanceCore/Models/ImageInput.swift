import Foundation

/// An image given to the model (first or last frame).
///
/// Remote URLs are passed through untouched (`http` or `https` only). In-memory bytes and local files are sent
/// inline as `data:image/<format>;base64,…`, the format detected from the bytes, on dialects that accept inline
/// images; the client reads a `.file` before validation, so validation sees the real bytes.
public enum ImageInput: Sendable, Hashable {
    /// A URL the provider fetches itself.
    case url(URL)
    /// Image bytes held in memory.
    case data(Data)
    /// A file on local disk, read when the request is prepared.
    case file(URL)

    /// A short description for errors and logs: the URL, or the byte count, never the bytes.
    public var summary: String {
        switch self {
        case .url(let url): url.scheme == "data" ? "an inline data URL" : url.absoluteString
        case .data(let data): "\(data.count) bytes in memory"
        case .file(let url): "the file \(url.path)"
        }
    }
}

extension ImageInput: CustomStringConvertible {
    public var description: String { "ImageInput(\(summary))" }
}
