import Foundation

/// The video a task makes, as its dialect planned it from the request: pixel size, length and container. The media
/// routes serve it at `/media/<task id>/video.mp4` (or `video.mov`) as a real H.264 file of that size, length and
/// 24 fps (a flat grey picture, a few kilobytes even in 4K).
public struct ResultVideo: Sendable, Hashable {
    /// The file container.
    public enum Container: String, Sendable, Hashable {
        /// MP4 (`video/mp4`, `ftyp isom`).
        case mp4
        /// QuickTime (`video/quicktime`, `ftyp qt  `).
        case mov
    }

    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// Length in seconds (rounded to whole frames at 24 fps when written).
    public var seconds: Double
    /// The container.
    public var container: Container

    /// A planned result video.
    public init(width: Int, height: Int, seconds: Double, container: Container = .mp4) {
        self.width = width
        self.height = height
        self.seconds = seconds
        self.container = container
    }

    /// `video.mp4` or `video.mov`.
    public var fileName: String { container == .mov ? MediaPaths.movieFile : MediaPaths.videoFile }

    /// `video/mp4` or `video/quicktime`.
    public var contentType: String { container == .mov ? "video/quicktime" : "video/mp4" }

    /// The file's bytes (made on each call; cheap, see ``FlatVideoWriter``).
    func file() -> Data {
        ReferenceMedia.video(width: width, height: height, seconds: seconds, container: container == .mov ? .mov : .mp4)
    }
}
