import Foundation

#if canImport(FoundationNetworking)
/// The delegate queue of every session on Linux: runs each block at once, on the thread that adds it.
///
/// FoundationNetworking (swift-corelibs-foundation, `NativeProtocol.swift`, `URLSessionTask.swift`) adds every delegate
/// callback of a task from the session's work queue, the received body inside libcurl's write callback. Run inline,
/// a callback costs no hop through an `OperationQueue` (with one shared serial delegate queue, those hops were about a
/// tenth of an API request's CPU, and serialized every transfer's callbacks a second time). For downloads,
/// a chunk reaches the download's ``DownloadWriteBehind`` before libcurl reads the next one, and when the writer is
/// a full bound behind, the callback waits: libcurl stops reading and TCP flow control holds the server back, instead
/// of chunks queueing in memory. Callbacks keep their order: they are
/// all added, in order, from that one serial work queue.
///
/// The rules this imposes. Every session's work queue targets one process-wide serial queue
/// (`URLSession.swift`, `sharedQueue`), so code run here holds up all of the process's URLSession traffic: it only
/// hands the chunk over, and waits only for a writer that is writing. It must never call `URLSessionTask.cancel()`,
/// `resume()` or `suspend()` synchronously, nor wait for anything that does (each waits for that queue): cancellation
/// goes through ``AbandonedTaskCanceller`` (another queue), challenge answers through ``SessionDelegate``.
final class InlineDelegateQueue: OperationQueue, @unchecked Sendable {
    override init() {
        super.init()
        name = "URLSessionTransport.inline"
    }

    override func addOperation(_ block: @escaping @Sendable () -> Void) {
        block()
    }

    override func addOperation(_ operation: Operation) {
        operation.start()
    }
}
#endif
