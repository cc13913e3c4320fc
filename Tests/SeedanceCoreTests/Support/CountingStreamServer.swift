import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A loopback HTTP server that answers every request with a `bodyBytes`-byte body (`Content-Length`, then zeros) sent
/// as fast as the socket takes it, one connection per thread, counting the body bytes the kernel accepted: a client
/// that stops reading holds it back (TCP flow control), one that buffers in memory does not.
final class CountingStreamServer: @unchecked Sendable {
    let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var sent: Int64 = 0
    private var stopped = false
    private let bodyBytes: Int64

    init(bodyBytes: Int64) throws {
        self.bodyBytes = bodyBytes
        (listener, port) = try RefusingPort.boundLoopbackSocket()
        guard listen(listener, 16) == 0 else {
            close(listener)
            throw POSIXError(.EADDRINUSE)
        }
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// `http://127.0.0.1:<port>` + `path`.
    func url(path: String = "/video.mp4") -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// Body bytes handed to the kernel so far, over every connection.
    var sentBytes: Int64 { lock.withLock { sent } }

    /// Stops accepting and ends every body being sent. Idempotent.
    func stop() {
        let first = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    deinit { stop() }

    /// Waits until no body byte has been sent for `quiet`, or `bodyBytes` were sent on one connection; returns the
    /// count then.
    func waitUntilStalled(quiet: Duration = .milliseconds(500)) async -> Int64 {
        var last = sentBytes
        while true {
            try? await Task.sleep(for: quiet)
            let now = sentBytes
            if now == last || now >= bodyBytes { return now }
            last = now
        }
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                return
            }
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var head = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !head.suffix(4).elementsEqual([13, 10, 13, 10]) {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            head += buffer[0..<count]
        }
        let header = "HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: \(bodyBytes)\r\nConnection: close\r\n\r\n"
        guard sendAll(connection, Array(header.utf8), counted: false) else { return }
        let chunk = [UInt8](repeating: 0, count: 64 << 10)
        var remaining = bodyBytes
        while remaining > 0, !lock.withLock({ stopped }) {
            let piece = Int(min(Int64(chunk.count), remaining))
            guard sendAll(connection, Array(chunk[0..<piece]), counted: true) else { return }
            remaining -= Int64(piece)
        }
    }

    private func sendAll(_ connection: Int32, _ bytes: [UInt8], counted: Bool) -> Bool {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let flags = Int32(MSG_NOSIGNAL)
            #else
            let flags: Int32 = 0
            #endif
            let count = bytes[offset...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, flags) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
            if counted { lock.withLock { sent += Int64(count) } }
        }
        return true
    }
}
