import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension URLSessionTransport {
    /// Releases the session: transfers still running finish, then the session is invalidated. Call it only when
    /// nothing will send through this transport again (a client that made its own transport calls it from
    /// `shutdown()` after its last request ended). The transport must not be used afterwards.
    ///
    /// The transport lets go of its session too: on Linux, URLSession closes its idle keep-alive connections only
    /// when it is deallocated (once its last transfer ends), not when it is invalidated.
    public func invalidate() {
        sessions.release()?.finishTasksAndInvalidate()
    }
}

/// The transport's session until ``URLSessionTransport/invalidate()`` releases it.
final class SessionHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var held: URLSession?

    init(_ session: URLSession) { held = session }

    /// The session, or `nil` once released.
    var session: URLSession? { lock.withLock { held } }

    /// Returns the session and stops holding it (`nil` when already released).
    func release() -> URLSession? {
        lock.withLock {
            defer { held = nil }
            return held
        }
    }
}
