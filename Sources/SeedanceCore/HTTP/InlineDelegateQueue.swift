import Foundation

#if canImport(FoundationNetworking)
/// The delegate queue of the download sessions on Linux: runs each block at once, on the thread that adds it.
///
/// FoundationNetworking (swift-corelibs-foundation, `NativeProtocol.swift`, `URLSessionTask.swift`) adds every delegate
/// callback of a task from the session's work queue, the received body inside libcurl's write callback. Run inline,
/// a chunk is on disk before libcurl reads the next one, so a file writer slower than the network slows the socket
/// reads (TCP flow control reaches the server) instead of chunks queueing in memory, and no chunk pays a hop to
/// another queue. Callbacks keep their order: they are all added, in order, from that one serial work queue.
///
/// The rule this imposes: code run here must never call `URLSessionTask.cancel()`, `resume()` or `suspend()`
/// synchronously, nor wait for anything that does (each waits for the work queue it is running on). Cancellation
/// goes through ``AbandonedTaskCanceller`` (another queue) and challenge answers through ``SessionDelegate``.
final class InlineDelegateQueue: OperationQueue, @unchecked Sendable {
    override init() {
        super.init()
        name = "URLSessionTransport.downloads.inline"
    }

    override func addOperation(_ block: @escaping @Sendable () -> Void) {
        block()
    }

    override func addOperation(_ operation: Operation) {
        operation.start()
    }
}
#endif
