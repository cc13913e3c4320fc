import SeedanceCore

/// The task object Vtrix returns from create, status and (assumed) callbacks (docs/dialects/sparkdance.md). Every field
/// is optional and read leniently: numbers may be strings, `error` a string or an object.
struct SparkDanceTask: Decodable {
    var id: LenientString?
    var status: LenientString?
    var model: LenientString?
    var createdAt: JSONValue?
    var progress: LenientDouble?
    var output: [Output]?
    var usage: Usage?
    var error: JSONValue?

    enum CodingKeys: String, CodingKey {
        case id, status, model, progress, output, usage, error
        case createdAt = "created_at"
    }

    /// One `output[]` element.
    struct Output: Decodable {
        var content: [Item]?
    }

    /// One generated asset: `type` `video` / `video_url` / `image`, its `url`, and for 1.0 Pro the video's
    /// `duration`, `resolution`, `ratio` (https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v1-0-pro).
    struct Item: Decodable {
        var type: String?
        var url: JSONValue?
        var videoURL: JSONValue?
        var imageURL: JSONValue?
        var duration: LenientDouble?
        var resolution: LenientString?
        var ratio: LenientString?

        enum CodingKeys: String, CodingKey {
            case type, url, duration, resolution, ratio
            case videoURL = "video_url"
            case imageURL = "image_url"
        }
    }

    /// `usage`: `cost` in USD as a string, `discount` as a number.
    struct Usage: Decodable {
        var cost: LenientString?
        var discount: LenientDouble?
    }

    /// The in-band error, when one is present and not empty.
    var errorPayload: ProviderErrorPayload? { error.flatMap(ProviderErrorPayload.init(json:)) }
}

extension SparkDanceTask.Item {
    /// The asset's URL: `url`, else `video_url` / `image_url`, each either a string or `{"url": …}`.
    var assetURL: String? {
        for candidate in [url, videoURL, imageURL] {
            if let text = candidate?.stringValue ?? candidate?["url"]?.stringValue, !text.isEmpty { return text }
        }
        return nil
    }

    private var kind: String { (type ?? "").lowercased() }
    private var fileExtension: String {
        guard let text = assetURL, let path = text.split(separator: "?").first?.split(separator: "/").last,
            let dot = path.lastIndex(of: ".")
        else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }

    /// Whether this is the video: typed `video` / `video_url`, or untyped with a video file extension.
    var isVideo: Bool {
        kind.hasPrefix("video") || (!kind.hasPrefix("image") && ["mp4", "mov", "webm", "m4v"].contains(fileExtension))
    }

    /// Whether this is an image (the last frame, when `return_last_frame` was set): typed `image` / `image_url`,
    /// or untyped with an image file extension.
    var isImage: Bool {
        kind.hasPrefix("image") || (!kind.hasPrefix("video") && ["png", "jpg", "jpeg", "webp"].contains(fileExtension))
    }
}
