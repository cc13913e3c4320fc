/// How the server delivers a response: the faults a test can inject.
package enum ServerBehavior: Sendable {
    /// Head and body at once.
    case normal
    /// Waits this long after reading the request, then answers normally.
    case delay(Duration)
    /// Sends the head, then the body in `chunkSize`-byte pieces with `interval` between them.
    case drip(chunkSize: Int, interval: Duration)
    /// Reads the request, then resets the connection (TCP RST) without answering: the client cannot know whether the
    /// request was acted on.
    case resetAfterReadingRequest
    /// Sends the head with the full `Content-Length`, then only `afterBytes` bytes of the body, then closes.
    case truncateBody(afterBytes: Int)
}
