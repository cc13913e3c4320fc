import Foundation
import SeedanceCore

/// A small client of a simulator's upload route (`POST /media/uploads`, see ``HostedMedia``): hosts a local
/// reference file on the simulator and returns the loopback URL a `reference_*` content item can name, as a real
/// deployment would host the file on its own storage. Sends no `Authorization` header (the route takes none).
///
/// ```swift
/// let uploader = SimulatorMediaUploader(origin: server.baseURL, transport: URLSessionTransport())
/// let url = try await uploader.upload(fileAt: URL(fileURLWithPath: "clip.mp4"))   // http://127.0.0.1:<port>/media/uploads/upload-1.mp4
/// ```
package struct SimulatorMediaUploader: Sendable {
    /// The simulator's origin (`http://127.0.0.1:<port>`, or ``Simulator/inProcessOrigin`` in process).
    package var origin: URL
    /// How requests reach it (a `SimulatorTransport` in process, a `URLSessionTransport` over loopback).
    package var transport: any HTTPTransport

    /// An uploader for the simulator at `origin`.
    package init(origin: URL, transport: any HTTPTransport) {
        self.origin = origin
        self.transport = transport
    }

    /// Why an upload failed.
    package struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The HTTP status (0 when the answer had no URL).
        package var status: Int
        /// The simulator's message.
        package var message: String
        package var description: String { "simulator upload failed (HTTP \(status)): \(message)" }

        /// A failure with `status` and `message`.
        package init(status: Int, message: String) {
            self.status = status
            self.message = message
        }
    }

    /// Hosts `data` and returns its URL.
    ///
    /// - Throws: ``Failure`` when the simulator refuses the bytes (415 for a format the providers do not take, 400
    ///   for none); the transport's error when the request fails; `CancellationError` on cancellation.
    package func upload(_ data: Data) async throws -> URL {
        var base = origin.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        let request = SeedanceHTTPRequest(
            method: .post, url: URL(string: base + "/media/uploads")!, headers: ["Content-Type": "application/octet-stream"], body: data,
            requiresAuthorization: false)
        let response = try await transport.send(request)
        let answer = (try? JSONDecoder().decode(JSONValue.self, from: response.body)) ?? .null
        guard response.status == 200, let text = answer["url"]?.stringValue, let url = URL(string: text) else {
            throw Failure(status: response.status, message: answer["error"]?["message"]?.stringValue ?? "no url in the answer")
        }
        return url
    }

    /// Hosts the local file at `file` and returns its URL.
    ///
    /// - Throws: the file system's error when the file cannot be read; otherwise as ``upload(_:)``.
    package func upload(fileAt file: URL) async throws -> URL {
        try await upload(try Data(contentsOf: file))
    }
}
