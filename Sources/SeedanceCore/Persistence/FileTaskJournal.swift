import Foundation

/// A ``TaskJournal`` in one append-only file of JSON lines, safe against a crash at any moment.
///
/// - **Durable before `submit` returns:** each record is appended with one `write` and then `fsync`ed.
/// - **Crash-safe:** a process killed mid-write leaves at most a torn last line; on opening, a last line without
///   its newline (or any line that is not a journal record) is ignored and the torn tail is cut off, so the next
///   record starts on a clean line. Every record whose write completed is kept.
/// - **Compacted:** when finished records outnumber the open ones (and the file holds over
///   ``compactionThreshold`` lines), the file is rewritten with the open tasks only: written to a temporary file,
///   synced, then renamed over the journal in one step, so a crash during compaction leaves the old or the new
///   file, never a mix.
/// - The file is created with permissions `0600`: records hold prompts.
///
/// One process per file. Several instances sharing a journal need a database with a claim (see ``TaskJournal``).
/// Calls block the calling thread for the write and the sync (typically well under a millisecond to a few
/// milliseconds on local disks).
public final class FileTaskJournal: TaskJournal, @unchecked Sendable {
    /// The journal file.
    public let url: URL
    /// Lines written since the last compaction beyond which the file is compacted when most tasks are finished.
    public let compactionThreshold: Int
    /// Lines found unreadable when the file was opened (a torn last line after a crash, or foreign text); they
    /// were skipped.
    public let skippedLines: Int

    private let lock = NSLock()
    private var descriptor: Int32
    private var open: [JournalKey: (order: Int, task: SubmittedTask)] = [:]
    private var counter = 0
    private var linesInFile = 0

    /// Opens (or creates) the journal at `url`, recovering from a torn last line.
    ///
    /// - Throws: `SeedanceError` `.invalidRequest` (field `url`) when the file cannot be created, read or written.
    public init(url: URL, compactionThreshold: Int = 1024) throws {
        self.url = url
        self.compactionThreshold = max(16, compactionThreshold)
        let existing = (try? Data(contentsOf: url)) ?? Data()
        let recovered = Self.recover(existing)
        skippedLines = recovered.skipped
        descriptor = Foundation.open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Self.failure("cannot open", url) }
        if recovered.validLength < existing.count, ftruncate(descriptor, off_t(recovered.validLength)) != 0 {
            Foundation.close(descriptor)
            throw Self.failure("cannot cut the torn last line of", url)
        }
        for line in recovered.lines { apply(line) }
        linesInFile = recovered.lines.count
    }

    deinit { Foundation.close(descriptor) }

    /// Appends the task's record and syncs it to disk.
    ///
    /// - Throws: `SeedanceError` `.invalidRequest` (field `url`) when the write or the sync fails.
    public func recordSubmitted(_ task: SubmittedTask) async throws {
        try append(.submitted(task))
    }

    /// Appends the task's finished mark and syncs it; compacts the file when most of it is finished records.
    ///
    /// - Throws: `SeedanceError` `.invalidRequest` (field `url`) when the write, the sync or a compaction fails.
    public func recordFinished(_ task: SubmittedTask) async throws {
        try append(.finished(task))
    }

    /// The tasks submitted and not finished, oldest first. Never throws.
    public func unfinished() async throws -> [SubmittedTask] {
        lock.withLock { open.values.sorted { $0.order < $1.order }.map(\.task) }
    }

    /// The number of lines in the file now (open and finished records since the last compaction).
    public var lineCount: Int { lock.withLock { linesInFile } }

    // MARK: Writing

    private func append(_ line: JournalLine) throws {
        let bytes = try line.encoded()
        try lock.withLock {
            try Self.writeAll(bytes, to: descriptor, url: url)
            guard fsync(descriptor) == 0 else { throw Self.failure("cannot sync", url) }
            apply(line)
            linesInFile += 1
            if linesInFile > compactionThreshold, linesInFile > 2 * open.count { try compact() }
        }
    }

    /// Rewrites the file with the open tasks only (under the lock): temporary file, sync, rename, reopen.
    private func compact() throws {
        let temporary = url.appendingPathExtension("compacting")
        let fd = Foundation.open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Self.failure("cannot create", temporary) }
        let tasks = open.values.sorted { $0.order < $1.order }.map(\.task)
        do {
            var bytes = Data()
            for task in tasks { bytes.append(try JournalLine.submitted(task).encoded()) }
            try Self.writeAll(bytes, to: fd, url: temporary)
            guard fsync(fd) == 0 else { throw Self.failure("cannot sync", temporary) }
        } catch {
            Foundation.close(fd)
            throw error
        }
        Foundation.close(fd)
        guard rename(temporary.path, url.path) == 0 else { throw Self.failure("cannot replace", url) }
        let reopened = Foundation.open(url.path, O_WRONLY | O_APPEND | O_CLOEXEC, 0o600)
        guard reopened >= 0 else { throw Self.failure("cannot reopen", url) }
        Foundation.close(descriptor)
        descriptor = reopened
        linesInFile = tasks.count
    }

    private func apply(_ line: JournalLine) {
        if let task = line.submitted {
            let key = JournalKey(task)
            guard open[key] == nil else { return }
            counter += 1
            open[key] = (counter, task)
        } else if let mark = line.finished {
            open[JournalKey(provider: mark.provider, id: mark.id)] = nil
        }
    }

    private static func writeAll(_ bytes: Data, to fd: Int32, url: URL) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw failure("cannot write", url) }
                offset += written
            }
        }
    }

    // MARK: Recovery

    /// The readable lines of `data`, how many bytes end with the last complete line, and how many lines were
    /// skipped (a torn tail counts as one).
    static func recover(_ data: Data) -> (lines: [JournalLine], validLength: Int, skipped: Int) {
        var lines: [JournalLine] = []
        var skipped = 0
        var start = data.startIndex
        var validLength = 0
        while start < data.endIndex {
            guard let newline = data[start...].firstIndex(of: 0x0A) else {
                skipped += 1
                break
            }
            let line = data[start..<newline]
            if !line.isEmpty {
                if let record = JournalLine.decode(Data(line)) { lines.append(record) } else { skipped += 1 }
            }
            start = newline + 1
            validLength = start - data.startIndex
        }
        return (lines, validLength, skipped)
    }

    private static func failure(_ what: String, _ url: URL) -> SeedanceError {
        SeedanceError(
            category: .invalidRequest, message: "the task journal \(what) \(url.path): \(String(cString: strerror(errno)))", field: "url",
            value: url.path)
    }
}
