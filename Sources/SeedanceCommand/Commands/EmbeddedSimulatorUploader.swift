import Foundation
import Seedance
import SeedanceSimulator

/// Hosts local reference files on the simulator the command talks to, as a real deployment hosts them on its own
/// storage: the simulator's upload client (``SimulatorMediaUploader``: `POST {origin}/media/uploads` with the file's
/// bytes, answered with `{"url": …}`, which then serves them), through the command's transport, as the SDK's
/// `MediaUploader`.
///
/// The command gives a client this uploader only when it runs against the embedded simulator. With a real key there
/// is none, so the SDK refuses a local reference video before sending anything; pass an `http(s)` URL or an
/// `asset://<id>` instead.
struct EmbeddedSimulatorUploader: MediaUploader {
    /// The client of the simulator's upload route.
    var simulator: SimulatorMediaUploader

    /// An uploader to the simulator at `origin` (its scheme, host and port), reached through `transport`.
    init(origin: URL, transport: any HTTPTransport) {
        simulator = SimulatorMediaUploader(origin: origin, transport: transport)
    }

    /// Sends the file's bytes and returns the URL the simulator serves them at.
    ///
    /// - Throws: the file system's error when `file` cannot be read; the transport's error when the request fails;
    ///   ``SimulatorMediaUploader/Failure`` when the simulator refuses the bytes or answers without a URL;
    ///   `CancellationError` when cancelled. The SDK wraps any of them in a `SeedanceError` naming the request field;
    ///   no create has been sent.
    func upload(fileAt file: URL, kind: MediaKind, info: MediaInfo) async throws -> URL {
        try await simulator.upload(fileAt: file)
    }
}
