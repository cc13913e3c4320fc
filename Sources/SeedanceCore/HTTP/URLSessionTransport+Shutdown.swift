import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension URLSessionTransport {
    /// Releases the sessions: transfers still running finish, then each session is invalidated. Call it only when
    /// nothing will send through this transport again (a client that made its own transport calls it from
    /// `shutdown()` after its last request ended). The transport must not be used afterwards.
    ///
    /// The transport lets go of its sessions too: on Linux, URLSession closes its idle keep-alive connections only
    /// when it is deallocated (once its last transfer ends), not when it is invalidated.
    public func invalidate() {
        starts.close()
        for session in requestSlots.invalidate() + downloadSlots.invalidate() { session.finishTasksAndInvalidate() }
    }
}
