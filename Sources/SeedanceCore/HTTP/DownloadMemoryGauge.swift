import Foundation

/// What a transport's downloads hold in memory between URLSession and the disk: the bytes handed over by URLSession
/// and not yet written, now and at most. With the download sessions' ``InlineDelegateQueue`` that is the chunk being
/// written (libcurl's buffer, 16 KiB) per download, however slow the disk: the next chunk is read from the socket only
/// after this one is written.
final class DownloadMemoryGauge: @unchecked Sendable {
    private let lock = NSLock()
    private var held = 0
    private var peak = 0
    private var hook: (@Sendable (Int) -> Void)?

    /// Bytes received and not yet written, now.
    var heldBytes: Int { lock.withLock { held } }

    /// The most bytes ever held at once.
    var peakHeldBytes: Int { lock.withLock { peak } }

    /// Test hook: runs before each chunk (its size) is written, on the thread that writes it, to stand in for a slow disk.
    var beforeWrite: (@Sendable (Int) -> Void)? {
        get { lock.withLock { hook } }
        set { lock.withLock { hook = newValue } }
    }

    /// Counts `count` bytes as held until `write` returns; runs the test hook first.
    func holding<Result>(_ count: Int, while write: () throws -> Result) rethrows -> Result {
        let hook: (@Sendable (Int) -> Void)? = lock.withLock {
            held += count
            peak = max(peak, held)
            return self.hook
        }
        defer { lock.withLock { held -= count } }
        hook?(count)
        return try write()
    }
}
