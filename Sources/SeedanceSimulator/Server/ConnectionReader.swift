import Foundation

/// Buffered reading of HTTP/1.x requests from one connection. Used by one connection thread only.
final class ConnectionReader {
    /// What reading a request head produced.
    enum HeadResult {
        case head(RequestHead)
        /// The peer closed (or the socket failed) before a complete head.
        case closed
        /// Not an HTTP/1.x head, or larger than the limit.
        case malformed
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var scratch = [UInt8](repeating: 0, count: 64 * 1024)

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// Reads up to and including the blank line that ends a request head.
    func readHead(limit: Int) -> HeadResult {
        while true {
            if let end = findHeadEnd() {
                let head = RequestHead(buffer[start..<end])
                start = end + 4
                scanned = start
                compact()
                return head.map(HeadResult.head) ?? .malformed
            }
            if buffer.count - start > limit { return .malformed }
            guard fill() else { return .closed }
        }
    }

    /// Reads exactly `count` body bytes; `nil` when the peer closed first.
    func readBody(count: Int) -> Data? {
        var body = Data(capacity: count)
        let buffered = min(count, buffer.count - start)
        body.append(contentsOf: buffer[start..<(start + buffered)])
        start += buffered
        scanned = start
        compact()
        while body.count < count {
            let wanted = min(scratch.count, count - body.count)
            let received = scratch.withUnsafeMutableBytes { Socket.receive(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<wanted])) }
            guard received > 0 else { return nil }
            body.append(contentsOf: scratch[0..<received])
        }
        return body
    }

    /// Reads a chunked body (RFC 9112 §7.1), trailers ignored; `nil` when malformed, over `limit`, or cut short.
    func readChunkedBody(limit: Int) -> Data? {
        var body = Data()
        while true {
            guard let line = readLine(limit: 1024) else { return nil }
            let sizeText = String(decoding: line, as: UTF8.self).split(separator: ";").first.map(String.init) ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size >= 0 else { return nil }
            if size == 0 {
                while let trailer = readLine(limit: 8 * 1024), !trailer.isEmpty {}
                return body
            }
            guard body.count + size <= limit, let chunk = readBody(count: size), readLine(limit: 2)?.isEmpty == true else { return nil }
            body.append(chunk)
        }
    }

    /// One CRLF-terminated line without its terminator.
    private func readLine(limit: Int) -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                scanned = start
                return line
            }
            if buffer.count - start > limit { return nil }
            guard fill() else { return nil }
        }
    }

    /// The index of the `\r\n\r\n` ending the head, searching only bytes not searched before.
    private func findHeadEnd() -> Int? {
        var index = max(start, scanned - 3)
        while index + 3 < buffer.count {
            if buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 { return index }
            index += 1
        }
        scanned = buffer.count
        return nil
    }

    private func fill() -> Bool {
        let received = scratch.withUnsafeMutableBytes { Socket.receive(descriptor, into: $0) }
        guard received > 0 else { return false }
        buffer.append(contentsOf: scratch[0..<received])
        return true
    }

    private func compact() {
        guard start > 0, start >= buffer.count / 2 else { return }
        buffer.removeSubrange(0..<start)
        scanned -= start
        start = 0
    }
}
