import SeedanceCore

/// Which of the two create endpoints a request goes to: `POST {base}/v3/async/{model}-i2v` or `…-t2v`.
///
/// By default ``JieKou`` chooses from the request: image-to-video when a first frame is given, text-to-video
/// otherwise. Passing an endpoint to ``JieKou/init(host:baseURL:endpoint:)`` forces it, and validation then holds
/// the request to that endpoint's rules (image-to-video needs a first frame; text-to-video takes no image).
public enum JieKouEndpoint: String, Sendable, Hashable, CaseIterable {
    /// Image-to-video (first frame, optionally a last frame): `…-i2v`. The `image` field is required.
    case imageToVideo = "i2v"
    /// Text-to-video: `…-t2v`. No image fields; a prompt is required [INFERRED].
    case textToVideo = "t2v"

    /// The endpoint a request selects when nothing is forced: image-to-video when it has a first frame.
    public static func automatic(for request: VideoRequest) -> JieKouEndpoint {
        request.firstFrame == nil ? .textToVideo : .imageToVideo
    }

    /// The last path segment for `model` (`seedance-v1.5-pro-i2v`).
    public func pathSegment(for model: ModelID) -> String { "\(model.rawValue)-\(rawValue)" }
}
