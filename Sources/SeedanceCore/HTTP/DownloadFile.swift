import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file a download's body streams into: created (or truncated) when the response head arrives, written as data
/// arrives, capped at ``limit`` bytes, with progress reports. Used by one thread at a time (its
/// ``DownloadWriteBehind``'s writer, or the session callback that starts or ends the body while no write is under way).
final class DownloadFile {
    static let progressStep: Int64 = 256 * 1024

    let url: URL
    /// The most bytes the body may have.
    let limit: Int64
    let progress: (@Sendable (DownloadProgress) -> Void)?
    private var descriptor: Int32 = -1
    private(set) var received: Int64 = 0
    private var reported: Int64 = -1
    private var expected: Int64?

    init(url: URL, limit: Int64, progress: (@Sendable (DownloadProgress) -> Void)?) {
        self.url = url
        self.limit = limit
        self.progress = progress
    }

    /// Starts (or restarts, after a redirect) the body: checks the announced length and truncates the file.
    ///
    /// - Throws: ``HTTPTransportError`` `.responseTooLarge` when `expectedLength` exceeds ``limit``; `.other` when
    ///   the file cannot be opened.
    func begin(expectedLength: Int64?) throws -> DownloadProgress? {
        if let expectedLength, expectedLength > limit { throw tooLarge() }
        expected = expectedLength
        received = 0
        reported = -1
        try open()
        guard progress != nil else { return nil }
        reported = 0
        return DownloadProgress(receivedBytes: 0, expectedBytes: expected)
    }

    /// Appends `data`; returns a progress report when one is due.
    ///
    /// - Throws: `.responseTooLarge` past ``limit``; `CocoaError(.fileWriteOutOfSpace)` when the disk (or quota) is
    ///   full; ``HTTPTransportError`` `.other` for another write failure.
    func write(_ data: Data) throws -> DownloadProgress? {
        if received + Int64(data.count) > limit { throw tooLarge() }
        if descriptor < 0 { try open() }
        try writeAll(data)
        received += Int64(data.count)
        guard progress != nil, received - reported >= Self.progressStep else { return nil }
        reported = received
        return DownloadProgress(receivedBytes: received, expectedBytes: expected)
    }

    private func writeAll(_ data: Data) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw writeError(errno)
                }
                offset += written
            }
        }
    }

    /// The last progress report, when bytes arrived since the previous one.
    func finalProgress() -> DownloadProgress? {
        guard progress != nil, received != reported else { return nil }
        reported = received
        return DownloadProgress(receivedBytes: received, expectedBytes: expected)
    }

    /// Closes the file (the caller removes it or keeps it).
    func close() {
        if descriptor >= 0 { _ = posixClose(descriptor) }
        descriptor = -1
    }

    deinit { close() }

    private func open() throws {
        close()
        descriptor = posixOpen(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw HTTPTransportError(.other, message: "cannot write the download to \(url.lastPathComponent): \(String(cString: strerror(errno)))")
        }
    }

    func tooLarge() -> HTTPTransportError {
        HTTPTransportError(
            .responseTooLarge(limit: Int(clamping: limit)),
            message: "the download exceeds the \(limit)-byte cap (URLSessionTransport.Configuration.maxDownloadBytes); the transfer was aborted")
    }

    private func writeError(_ code: Int32) -> any Error {
        if code == ENOSPC || code == EDQUOT { return CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: url.path]) }
        return HTTPTransportError(.other, message: "cannot write the download to \(url.lastPathComponent): \(String(cString: strerror(code)))")
    }
}

private func posixOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }
private func posixClose(_ fd: Int32) -> Int32 { close(fd) }
