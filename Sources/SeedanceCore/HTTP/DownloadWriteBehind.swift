import Foundation

/// Writes a download's chunks to its ``DownloadFile`` on a queue of its own, so that reading the socket (the session's
/// work queue) and writing the disk run side by side, with at most ``bound`` bytes between them: past it, the work
/// queue waits until half is written, libcurl stops reading meanwhile and TCP holds the server back.
///
/// The work queue never waits on anything but the writer, and the writer never waits on the work queue: a cancel
/// (``AbandonedTaskCanceller``, which waits for the work queue) can always go through. ``close()`` drops what is
/// queued and releases a waiting work queue at once, even when a write is stuck. Progress reports for written chunks
/// come from the writer's queue.
final class DownloadWriteBehind: @unchecked Sendable {
    /// The most bytes queued between the work queue and the disk.
    let bound: Int
    private let file: DownloadFile
    private let gauge: DownloadMemoryGauge?
    private let queue = DispatchQueue(label: "URLSessionTransport.download.writer")
    private let condition = NSCondition()
    private var chunks: [Data] = []
    private var queuedBytes = 0
    private var accepted: Int64 = 0
    private var writerRunning = false
    private var abandoned = false
    private var failure: (any Error)?
    private var onFailure: (@Sendable (any Error) -> Void)?

    init(file: DownloadFile, bound: Int, gauge: DownloadMemoryGauge?) {
        self.file = file
        self.bound = max(1, bound)
        self.gauge = gauge
    }

    /// Called (from the writer) with the first write failure: a full disk, an unwritable file.
    func onWriteFailure(_ handler: @escaping @Sendable (any Error) -> Void) {
        condition.withLock { onFailure = handler }
    }

    /// Restarts the body (a response head arrived): waits for queued writes, then truncates the file.
    ///
    /// - Throws: as ``DownloadFile/begin(expectedLength:)``.
    func begin(expectedLength: Int64?) throws -> DownloadProgress? {
        waitUntilWritten()
        // Under the lock: a concurrent close() (the caller left) must not race the file's opening.
        return try condition.withLock {
            guard !abandoned else { return nil }
            accepted = 0
            return try file.begin(expectedLength: expectedLength)
        }
    }

    /// Queues `data` for writing; when it would take the queue past ``bound``, waits first until the writer has
    /// written half of what is queued. Returns without queueing once the transfer was abandoned or a write failed.
    ///
    /// - Throws: `.responseTooLarge` when `data` takes the body past the file's limit.
    func enqueue(_ data: Data) throws {
        let startWriter: Bool = try condition.withLock {
            // Full: wait until the writer has caught up by half the bound, not chunk by chunk (a wake-up per chunk
            // costs more than the chunk).
            if queuedBytes + data.count > bound {
                while !abandoned && queuedBytes > bound / 2 { condition.wait() }
            }
            guard !abandoned else { return false }
            if accepted + Int64(data.count) > file.limit { throw file.tooLarge() }
            accepted += Int64(data.count)
            chunks.append(data)
            queuedBytes += data.count
            gauge?.add(data.count)
            defer { writerRunning = true }
            return !writerRunning
        }
        if startWriter { queue.async { self.write() } }
    }

    /// Waits until every queued chunk is written (or dropped); returns the write failure, if one happened.
    @discardableResult
    func waitUntilWritten() -> (any Error)? {
        condition.withLock {
            while writerRunning && !abandoned { condition.wait() }
            return failure
        }
    }

    /// Drops whatever is still queued (nothing, after ``waitUntilWritten()``) and stops writing; a work queue waiting
    /// for room returns at once. The file is closed as soon as no write is under way. Idempotent.
    func close() {
        condition.withLock {
            abandoned = true
            drop()
            if !writerRunning { file.close() }
            condition.broadcast()
        }
    }

    /// The caller's progress callback.
    var progress: (@Sendable (DownloadProgress) -> Void)? { file.progress }

    /// The final progress report, after ``waitUntilWritten()``.
    func finalProgress() -> DownloadProgress? { file.finalProgress() }

    /// The writer: writes what is queued, a batch at a time, until nothing is (or the transfer was abandoned).
    private func write() {
        while true {
            let batch: [Data]? = condition.withLock {
                if abandoned || chunks.isEmpty {
                    writerRunning = false
                    if abandoned { file.close() }
                    condition.broadcast()
                    return nil
                }
                defer { chunks = [] }
                return chunks
            }
            guard let batch else { return }
            var reports: [DownloadProgress] = []
            var error: (any Error)?
            for data in batch {
                if condition.withLock({ abandoned }) { break }
                do {
                    gauge?.beforeWrite?(data.count)
                    if let report = try file.write(data) { reports.append(report) }
                } catch let writeError {
                    error = writeError
                    break
                }
            }
            let size = batch.reduce(0) { $0 + $1.count }
            let handler: (@Sendable (any Error) -> Void)? = condition.withLock {
                queuedBytes -= size
                gauge?.remove(size)
                condition.broadcast()
                guard let error, failure == nil else { return nil }
                failure = error
                abandoned = true
                drop()
                return onFailure
            }
            if let callback = file.progress { for report in reports { callback(report) } }
            if let error { handler?(error) }
        }
    }

    /// Forgets the queued chunks (under the lock).
    private func drop() {
        let dropped = chunks.reduce(0) { $0 + $1.count }
        chunks = []
        queuedBytes -= dropped
        gauge?.remove(dropped)
    }
}
