#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The loopback server's machinery, kept apart from the public ``LoopbackHTTPServer`` so that its threads do not keep
/// the public object alive (its `deinit` stops them).
final class ServerCore: @unchecked Sendable {
    typealias Handler = @Sendable (ServerRequest) async -> ServerResponse

    let lifecycle = ServerLifecycle()
    let statistics: ServerStatistics
    let maxRequestBodyBytes: Int
    private let handler: Handler
    private let listener: Int32
    private let lock = NSLock()
    private var resetPolicy: @Sendable (Int) -> Bool = { _ in false }
    private var idleLimit: Duration?
    private var idleCloses = 0

    /// Whether `HEAD /` warm-ups reach the handler (otherwise the server answers them itself).
    let passesWarmUps: Bool

    init(listener: Int32, maxRequestBodyBytes: Int, recordedHeadersPerHost: Int, passesWarmUps: Bool, handler: @escaping Handler) {
        self.listener = listener
        self.passesWarmUps = passesWarmUps
        self.maxRequestBodyBytes = maxRequestBodyBytes
        self.statistics = ServerStatistics(headerLimit: recordedHeadersPerHost)
        self.handler = handler
    }

    var resetBeforeReading: @Sendable (Int) -> Bool {
        get { lock.withLock { resetPolicy } }
        set { lock.withLock { resetPolicy = newValue } }
    }

    func shouldResetBeforeReading(_ connection: Int) -> Bool { resetBeforeReading(connection) }

    /// See ``LoopbackHTTPServer/idleConnectionLimit``.
    var idleConnectionLimit: Duration? {
        get { lock.withLock { idleLimit } }
        set { lock.withLock { idleLimit = newValue } }
    }

    /// How many connections were closed by ``idleConnectionLimit``.
    var idleClosedConnections: Int { lock.withLock { idleCloses } }

    func recordIdleClose() { lock.withLock { idleCloses += 1 } }

    /// Starts the accept thread.
    func start() {
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "LoopbackHTTPServer.accept"
        thread.start()
    }

    /// Stops accepting, wakes every connection thread, and closes the listening socket (from the accept thread).
    func stop() {
        guard lifecycle.stop() else { return }
        Socket.shutdownBoth(listener)
    }

    private func acceptLoop() {
        while !lifecycle.isStopped, let descriptor = Socket.accept(listener) {
            Socket.setNoDelay(descriptor)
            let connection = ServerConnection(id: statistics.connectionOpened(), descriptor: descriptor, core: self)
            let thread = Thread { connection.run() }
            thread.stackSize = 512 * 1024
            thread.start()
        }
        stop()
        close(listener)
    }

    /// Runs the async handler for `request` and waits for its answer on the calling (connection) thread, which is
    /// never a thread of Swift's cooperative pool.
    func respond(to request: ServerRequest) -> ServerResponse {
        let box = ResponseBox()
        let done = DispatchSemaphore(value: 0)
        let handler = self.handler
        Task {
            box.response = await handler(request)
            done.signal()
        }
        done.wait()
        return box.response ?? ServerResponse(status: 500)
    }
}

/// Hands a response from the handler's task to the waiting connection thread (ordered by the semaphore).
private final class ResponseBox: @unchecked Sendable {
    var response: ServerResponse?
}
