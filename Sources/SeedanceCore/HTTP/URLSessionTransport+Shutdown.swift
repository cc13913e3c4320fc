extension URLSessionTransport {
    /// Releases the session: transfers still running finish, then the session is invalidated. Call it only when
    /// nothing will send through this transport again (a client that made its own transport calls it from
    /// `shutdown()` after its last request ended). The transport must not be used afterwards.
    public func invalidate() {
        session.finishTasksAndInvalidate()
    }
}
