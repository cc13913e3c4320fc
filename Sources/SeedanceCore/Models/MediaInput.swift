import Foundation

/// An image, video or audio clip given to the model: a first or last frame, or a reference.
///
/// How each form travels:
/// - ``url(_:)``: an `http` or `https` URL the provider fetches itself, passed through untouched.
/// - ``data(_:)``: bytes held in memory, sent inline as `data:image/<format>;base64,…` or `data:audio/<format>;base64,…`
///   (the format detected from the bytes) on dialects that accept inline media. Video is never sent inline: the
///   official API refuses base64 video, so inline video is refused before any request.
/// - ``file(_:)``: a local file. The client reads it when the request is prepared: an image or an audio clip is read
///   into ``data(_:)``, a video's headers are inspected and the file is handed to the client's ``MediaUploader``
///   (refused with a clear error when none is configured), so validation always sees real bytes or a URL.
/// - ``asset(_:)``: a media asset already held by the provider (`asset://<id>` on the official API and Vtrix), such as
///   a preset digital character or an authorised real-person asset.
public enum MediaInput: Sendable, Hashable {
    /// A URL the provider fetches itself.
    case url(URL)
    /// Bytes held in memory.
    case data(Data)
    /// A file on local disk, read when the request is prepared.
    case file(URL)
    /// A media asset the provider holds, by id (sent as `asset://<id>`).
    case asset(AssetID)

    /// A short description for errors and logs: the URL or asset, or the byte count, never the bytes.
    public var summary: String {
        switch self {
        case .url(let url): url.scheme == "data" ? "an inline data URL" : url.absoluteString
        case .data(let data): "\(data.count) bytes in memory"
        case .file(let url): "the file \(url.path)"
        case .asset(let id): id.uri
        }
    }
}

extension MediaInput: CustomStringConvertible {
    public var description: String { "MediaInput(\(summary))" }
}

/// The id of a media asset the provider holds (a digital character, an authorised real-person asset, an upload to
/// the provider's asset library). Written without the `asset://` scheme; a leading `asset://` is removed.
public struct AssetID: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) {
        self.rawValue = rawValue.hasPrefix(Self.scheme) ? String(rawValue.dropFirst(Self.scheme.count)) : rawValue
    }

    /// `asset://`, the prefix of an asset reference on the wire.
    public static let scheme = "asset://"

    /// The asset as the wire writes it: `asset://<id>`.
    public var uri: String { Self.scheme + rawValue }
}

/// What kind of media an input is, which decides its wire form and the limits it is checked against.
public enum MediaKind: String, Sendable, Hashable, CaseIterable {
    /// A still image (first or last frame, reference image).
    case image
    /// A video clip (reference video).
    case video
    /// An audio clip (reference audio).
    case audio
}
