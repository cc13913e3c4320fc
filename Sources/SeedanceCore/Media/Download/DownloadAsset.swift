import Foundation

/// Which file of a finished task to download.
public enum DownloadAsset: String, Sendable, Hashable, CaseIterable {
    /// The generated video (``TaskSnapshot/videoURL``).
    case video
    /// The last frame as an image (``TaskSnapshot/lastFrameURL``), where the task was asked for one.
    case lastFrame

    /// The asset's URL in `snapshot`, or `nil` when the snapshot has none.
    public func url(in snapshot: TaskSnapshot) -> URL? {
        switch self {
        case .video: snapshot.videoURL
        case .lastFrame: snapshot.lastFrameURL
        }
    }

    /// The asset named for messages (`video`, `last frame`).
    var displayName: String {
        switch self {
        case .video: "video"
        case .lastFrame: "last frame"
        }
    }

    /// The `Accept` header sent to the result host.
    var acceptHeader: String {
        switch self {
        case .video: "video/*, application/octet-stream;q=0.9, */*;q=0.1"
        case .lastFrame: "image/*, application/octet-stream;q=0.9, */*;q=0.1"
        }
    }

    /// The media type family a plausible response carries (`video`, `image`).
    var mediaTypeFamily: String {
        switch self {
        case .video: "video"
        case .lastFrame: "image"
        }
    }
}
