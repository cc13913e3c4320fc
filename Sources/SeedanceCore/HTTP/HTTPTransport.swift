import Foundation

/// Sends HTTP requests. ``URLSessionTransport`` is the default; conform your own type to use another client or a
/// test double.
///
/// Contract for conformers: answer error statuses (4xx/5xx) as an ``SeedanceHTTPResponse``, not a thrown error; throw
/// ``HTTPTransportError`` for network failures, classified by how far the request got (this decides whether a
/// create may be retried); throw `CancellationError` promptly when the calling Swift task is cancelled.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and reads the whole response body into memory.
    ///
    /// - Throws: ``HTTPTransportError`` for network failures and over-large bodies; `CancellationError` on
    ///   cancellation.
    func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse

    /// Sends `request` and streams the response body into the file at `destination` (created or replaced), never
    /// holding the body in memory. The returned response has an empty `body`. The file is written whatever the
    /// status; the caller checks it.
    ///
    /// - Parameter progress: called with bytes received so far and the expected total when known.
    /// - Throws: ``HTTPTransportError``; `CancellationError` on cancellation (the partial file may remain: the
    ///   caller removes it).
    func download(_ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?) async throws -> SeedanceHTTPResponse

    /// The `User-Agent` the client puts on requests that do not set one (default ``SeedanceSDK/userAgent``).
    var userAgent: String { get }
}

extension HTTPTransport {
    /// ``SeedanceSDK/userAgent``.
    public var userAgent: String { SeedanceSDK.userAgent }
}

/// How much of a download has arrived.
public struct DownloadProgress: Sendable, Hashable {
    /// Bytes received so far.
    public var receivedBytes: Int64
    /// The expected total from `Content-Length`, when sent.
    public var expectedBytes: Int64?

    /// A progress report.
    public init(receivedBytes: Int64, expectedBytes: Int64?) {
        self.receivedBytes = receivedBytes
        self.expectedBytes = expectedBytes
    }
}

/// A network failure, classified by how far the request got.
public struct HTTPTransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// How far the request got.
    public enum Kind: Sendable, Hashable {
        /// No connection was made: the server cannot have seen the request (refused, DNS failure, TLS handshake
        /// failure). A create may be retried.
        case connectionNotEstablished
        /// The idle timeout or the request deadline passed. The server may have acted on it.
        case timedOut
        /// The connection broke after the request may have been sent. The server may have acted on it.
        case connectionLost
        /// The response body exceeded the in-memory cap (the transport stopped reading).
        case responseTooLarge(limit: Int)
        /// A redirect was refused (to a non-https, non-loopback host).
        case redirectRefused
        /// Anything else.
        case other
    }

    /// How far the request got: decides whether a create may be retried.
    public var kind: Kind
    /// A description of the underlying failure (no secrets).
    public var message: String

    /// An error of `kind`; `message` must hold no secret.
    public init(_ kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "HTTPTransportError.\(kind): \(Redaction.scrub(message))" }
}
