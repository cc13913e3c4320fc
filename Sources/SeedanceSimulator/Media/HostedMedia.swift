import Foundation
import SeedanceCore

/// Files a simulator hosts for clients to use as reference media: the built-in samples (``SampleReferences``) and
/// the files clients upload (`POST /media/uploads`, see `MediaRoutes`). The providers fetch reference URLs
/// themselves and never accept inline video, so a client with a local file needs somewhere to put it; on the
/// simulator that place is the simulator itself, over loopback only.
///
/// Dialects look hosted files up by URL (``file(at:)``) to inspect them as the provider would. Thread-safe.
package final class HostedMedia: @unchecked Sendable {
    /// One hosted file.
    package struct File: Sendable {
        /// The bytes.
        package var data: Data
        /// The `Content-Type` it is served with.
        package var contentType: String
    }

    private let lock = NSLock()
    private var uploads: [String: File] = [:]

    package init() {}

    /// Stores `data` as a new upload. Returns its file name (`upload-<n>.<extension>`) and its content type, or
    /// `nil` when the bytes are no image, video or audio format the providers take.
    package func upload(_ data: Data) -> (name: String, contentType: String)? {
        guard let (fileExtension, contentType) = Self.kind(of: data) else { return nil }
        let name = lock.withLock {
            let name = "upload-\(uploads.count + 1).\(fileExtension)"
            uploads[name] = File(data: data, contentType: contentType)
            return name
        }
        return (name, contentType)
    }

    /// The uploaded file `name`, or `nil`.
    package func upload(named name: String) -> File? { lock.withLock { uploads[name] } }

    /// The file `url` names when it points at this simulator's upload or sample routes on a loopback host
    /// (`127.0.0.1`, `localhost`, `::1`; any port), or `nil` (another host, or a file that does not exist).
    package func file(at url: URL) -> File? {
        guard let host = url.host?.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]")),
            ["127.0.0.1", "localhost", "::1"].contains(host)
        else { return nil }
        let segments = url.path.split(separator: "/").map(String.init)
        guard segments.count == 3, segments[0] == "media" else { return nil }
        switch segments[1] {
        case "uploads": return upload(named: segments[2])
        case "samples": return SampleReferences.file(named: segments[2])
        default: return nil
        }
    }

    /// Whether `url` points at this simulator's upload or sample routes on a loopback host, whether or not the
    /// file exists.
    package static func isHostedPath(_ url: URL) -> Bool {
        guard let host = url.host?.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]")),
            ["127.0.0.1", "localhost", "::1"].contains(host)
        else { return false }
        let segments = url.path.split(separator: "/")
        return segments.count == 3 && segments[0] == "media" && (segments[1] == "uploads" || segments[1] == "samples")
    }

    /// The file extension and content type of `data`, read from its first bytes.
    static func kind(of data: Data) -> (String, String)? {
        if let format = MediaInspector.detectFormat(data) {
            switch format {
            case .mp4: return ("mp4", "video/mp4")
            case .mov: return ("mov", "video/quicktime")
            case .wav: return ("wav", "audio/wav")
            case .mp3: return ("mp3", "audio/mpeg")
            default: return nil
            }
        }
        guard let image = ImageInspector.detectFormat(data) else { return nil }
        return (image.rawValue == "jpeg" ? "jpg" : image.rawValue, "image/\(image.rawValue)")
    }
}

/// The sample reference files every simulator serves at `GET /media/samples/<name>` (made once per process by the
/// media writers), for tests and the CLI to point `reference_*` URLs at. Each passes the Seedance 2.x reference
/// checks: the videos are 1280 × 720 at 24 fps for 3 s (H.264), the audio clips 3 s, the image 640 × 640.
package enum SampleReferences {
    /// `reference.mp4`, `reference.mov`, `reference.wav`, `reference.mp3`, `reference.png`.
    package static let names = ["reference.mp4", "reference.mov", "reference.wav", "reference.mp3", "reference.png"]

    /// The sample `name`, or `nil`.
    package static func file(named name: String) -> HostedMedia.File? {
        switch name {
        case "reference.mp4": HostedMedia.File(data: mp4, contentType: "video/mp4")
        case "reference.mov": HostedMedia.File(data: mov, contentType: "video/quicktime")
        case "reference.wav": HostedMedia.File(data: wav, contentType: "audio/wav")
        case "reference.mp3": HostedMedia.File(data: mp3, contentType: "audio/mpeg")
        case "reference.png": HostedMedia.File(data: png, contentType: "image/png")
        default: nil
        }
    }

    /// The link to sample `name` on a simulator whose media origin is `origin` (`http://127.0.0.1:8078`).
    package static func url(_ name: String, origin: URL) -> URL {
        var text = origin.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return URL(string: text + "/media/samples/" + name)!
    }

    private static let mp4 = ReferenceMedia.video(width: 1280, height: 720, seconds: 3)
    private static let mov = ReferenceMedia.video(width: 1280, height: 720, seconds: 3, container: .mov)
    private static let wav = AudioWriter.wav(seconds: 3)
    private static let mp3 = AudioWriter.mp3(seconds: 3)
    private static let png = PNGWriter.png(width: 640, height: 640) { x, y in (UInt8(x % 256), UInt8(y % 256), 128) }
}

/// Makes video files of any size, length and frame rate cheaply (``FlatVideoWriter``), for reference clips, results
/// and tests of the limits the providers put on them.
package enum ReferenceMedia {
    /// The container of ``video(width:height:seconds:framesPerSecond:container:)``.
    package enum Container: Sendable {
        /// MP4 (`ftyp isom`).
        case mp4
        /// MOV (`ftyp qt  `).
        case mov
    }

    /// A `width` × `height` (even) H.264 video of `seconds` (rounded to whole frames) at `framesPerSecond`.
    package static func video(width: Int, height: Int, seconds: Double, framesPerSecond: Int = 24, container: Container = .mp4) -> Data {
        let fps = max(1, framesPerSecond)
        let frames = max(1, Int((seconds * Double(fps)).rounded()))
        let stream = FlatVideoWriter.stream(width: width, height: height, frameCount: frames)
        return MP4Writer.file(
            stream, width: min(max(16, width / 2 * 2), 8192), height: min(max(16, height / 2 * 2), 8192), framesPerSecond: fps,
            container: container == .mov ? .mov : .mp4, onlyFirstIsSync: true)
    }
}
