import Foundation
import Seedance

/// Hosts local reference files on the simulator the command talks to, as a real deployment hosts them on its own
/// storage: POSTs the file's bytes to the simulator's upload route, `POST {origin}/media/uploads`, through the
/// command's transport, and returns the URL the simulator answers with (`{"url": "…"}`), which then serves the bytes.
///
/// The command gives a client this uploader only when it runs against the embedded simulator. With a real key there
/// is none, so the SDK refuses a local reference video before sending anything; pass an `http(s)` URL or an
/// `asset://<id>` instead.
struct EmbeddedSimulatorUploader: MediaUploader {
    /// The simulator's origin (scheme, host and port; any path is replaced by the upload route).
    var origin: URL
    /// How the request reaches the simulator (its in-process transport, or a loopback one).
    var transport: any HTTPTransport

    /// Why the simulator did not host a file.
    struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The HTTP status of the answer.
        var status: Int
        /// What went wrong, from the simulator's answer when it has one.
        var message: String
        var description: String { "the simulator did not host the file (HTTP \(status)): \(message)" }
    }

    /// The upload route under ``origin``.
    var uploadURL: URL {
        var components = URLComponents(url: origin, resolvingAgainstBaseURL: false) ?? URLComponents()
        components.path = "/media/uploads"
        components.query = nil
        return components.url ?? origin.appendingPathComponent("media/uploads")
    }

    /// Sends the file's bytes and returns the URL the simulator serves them at.
    ///
    /// - Throws: the file system's error when `file` cannot be read; the transport's error when the request fails;
    ///   ``Failure`` when the answer is not a 2xx with an absolute `http(s)` `url`; `CancellationError` when
    ///   cancelled. The SDK wraps any of them in a `SeedanceError` naming the request field; no create has been sent.
    func upload(fileAt file: URL, kind: MediaKind, info: MediaInfo) async throws -> URL {
        let bytes = try Data(contentsOf: file, options: .mappedIfSafe)
                let request = SeedanceHTTPRequest(
            method: .post, url: uploadURL, headers: ["Content-Type": Self.contentType(of: info.format, kind: kind), "Accept": "application/json"], body: bytes,
            requiresAuthorization: false)
        let response = try await transport.send(request)
        let answer = try? JSONDecoder().decode(JSONValue.self, from: response.body)
        guard (200..<300).contains(response.status) else {
            let message = answer?["error"]?["message"]?.stringValue ?? answer?["message"]?.stringValue ?? "no upload route answered"
            throw Failure(status: response.status, message: message)
        }
        guard let text = answer?["url"]?.stringValue, let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", url.host != nil
        else {
            throw Failure(status: response.status, message: "the answer has no absolute http(s) \"url\"")
        }
        return url
    }

    /// The media type of a container (`video/mp4`, `video/quicktime`, `audio/wav`, `audio/mpeg`).
    static func contentType(of format: MediaFormat, kind: MediaKind) -> String {
        switch format {
        case .mp4: "video/mp4"
        case .mov: "video/quicktime"
        case .wav: "audio/wav"
        case .mp3: "audio/mpeg"
        default: "\(kind.rawValue)/\(format.rawValue)"
        }
    }
}
