import Foundation

/// What a transport's downloads hold in memory between URLSession and the disk: the bytes handed over by URLSession
/// and not yet written, now and at most. Each download holds at most ``boundPerDownload`` (plus the chunk being handed
/// over), however slow the disk.
final class DownloadMemoryGauge: @unchecked Sendable {
    private let lock = NSLock()
    private var held = 0
    private var peak = 0
    private var hook: (@Sendable (Int) -> Void)?
    private var bound = 4 << 20

    /// The most bytes each download may queue between the socket and the disk (its ``DownloadWriteBehind``), read
    /// when a download starts. 4 MiB; tests lower it.
    var boundPerDownload: Int {
        get { lock.withLock { bound } }
        set { lock.withLock { bound = max(1, newValue) } }
    }

    /// Bytes received and not yet written, now.
    var heldBytes: Int { lock.withLock { held } }

    /// The most bytes ever held at once.
    var peakHeldBytes: Int { lock.withLock { peak } }

    /// Test hook: runs before each chunk (its size) is written, on the writer's thread, to stand in for a slow disk.
    var beforeWrite: (@Sendable (Int) -> Void)? {
        get { lock.withLock { hook } }
        set { lock.withLock { hook = newValue } }
    }

    /// Counts `count` more bytes as held.
    func add(_ count: Int) {
        lock.withLock {
            held += count
            peak = max(peak, held)
        }
    }

    /// Counts `count` bytes as written (or dropped).
    func remove(_ count: Int) {
        lock.withLock { held -= count }
    }
}
