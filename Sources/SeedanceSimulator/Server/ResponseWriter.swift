import Foundation
import SeedanceCore

/// Writes a ``ServerResponse`` to a connection according to its ``ServerBehavior``.
enum ResponseWriter {
    /// What the connection does after writing.
    enum Outcome {
        case keepOpen
        case close
        case reset
    }

    /// Writes `response`; `keepAlive` is whether the request allows another one on this connection.
    static func write(
        _ response: ServerResponse, to descriptor: Int32, keepAlive: Bool, omitBody: Bool, lifecycle: ServerLifecycle
    ) -> Outcome {
        var chunkSize = 256 * 1024
        var interval: Duration?
        var limit: Int64?
        switch response.behavior {
        case .normal: break
        case .delay(let wait):
            guard lifecycle.sleep(wait) else { return .close }
        case .drip(let size, let pause):
            (chunkSize, interval) = (max(1, size), pause)
        case .resetAfterReadingRequest:
            return .reset
        case .truncateBody(let afterBytes):
            limit = Int64(max(0, afterBytes))
        }
        let source = BodySource(response.body)
        let chunked = !omitBody && response.headers["Transfer-Encoding"]?.lowercased() == "chunked"
        // A handler's `Connection: close` closes the connection after the answer, as a server that stops reusing it.
        let persist = keepAlive && limit == nil && response.headers["Connection"]?.lowercased() != "close"
        let head = headBytes(response, contentLength: chunked ? nil : source.length, keepAlive: persist)
        if interval == nil, limit == nil, !omitBody, !chunked, case .data(let body) = response.body, body.count <= 1 << 20 {
            return Socket.sendAll(descriptor, head + body) ? (persist ? .keepOpen : .close) : .close
        }
        guard Socket.sendAll(descriptor, head) else { return .close }
        if omitBody { return persist ? .keepOpen : .close }
        var first = true
        let completed = source.forEachChunk(maxSize: chunkSize, limit: limit) { chunk in
            if let interval, !first, !lifecycle.sleep(interval) { return false }
            first = false
            guard chunked else { return Socket.sendAll(descriptor, chunk) }
            return Socket.sendAll(descriptor, Data(String(chunk.count, radix: 16).utf8 + [13, 10]))
                && Socket.sendAll(descriptor, chunk) && Socket.sendAll(descriptor, Data([13, 10]))
        }
        guard completed, limit == nil else { return .close }
        if chunked, !Socket.sendAll(descriptor, Data("0\r\n\r\n".utf8)) { return .close }
        return persist ? .keepOpen : .close
    }

    /// The status line and headers; `contentLength` nil means the body is sent chunked.
    private static func headBytes(_ response: ServerResponse, contentLength: Int64?, keepAlive: Bool) -> Data {
        var text = "HTTP/1.1 \(response.status) \(reasonPhrase(response.status))\r\n"
        for field in response.headers {
            let name = field.name.lowercased()
            if name == "content-length" || name == "connection" || name == "transfer-encoding" { continue }
            text += "\(field.name): \(field.value)\r\n"
        }
        text += contentLength.map { "Content-Length: \($0)\r\n" } ?? "Transfer-Encoding: chunked\r\n"
        text += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
        return Data(text.utf8)
    }

    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 402: "Payment Required"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 410: "Gone"
        case 413: "Content Too Large"
        case 422: "Unprocessable Content"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Status \(status)"
        }
    }
}

/// A response body as a sequence of chunks, whatever its origin.
struct BodySource {
    let body: ServerBody

    init(_ body: ServerBody) { self.body = body }

    /// The number of bytes the body has (0 for a file that cannot be read).
    var length: Int64 {
        switch body {
        case .data(let data): Int64(data.count)
        case .generated(let count): max(0, count)
        case .file(let url):
            ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? NSNumber)?.int64Value ?? 0
        }
    }

    /// Calls `send` with successive chunks of at most `maxSize` bytes, stopping after `limit` bytes in all; false when
    /// `send` refused a chunk or the body could not be read to its end.
    func forEachChunk(maxSize: Int, limit: Int64?, _ send: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        var remaining = min(length, limit ?? .max)
        switch body {
        case .data(let data):
            var offset = 0
            return data.withUnsafeBytes { bytes in
                while remaining > 0 {
                    let count = Int(min(Int64(maxSize), remaining))
                    guard send(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])) else { return false }
                    offset += count
                    remaining -= Int64(count)
                }
                return true
            }
        case .generated:
            let pattern = Self.pattern
            let size = min(maxSize, pattern.count - 251)
            var offset: Int64 = 0
            return pattern.withUnsafeBytes { bytes in
                while remaining > 0 {
                    let count = Int(min(Int64(size), remaining))
                    let start = Int(offset % 251)
                    guard send(UnsafeRawBufferPointer(rebasing: bytes[start..<(start + count)])) else { return false }
                    offset += Int64(count)
                    remaining -= Int64(count)
                }
                return true
            }
        case .file(let url):
            guard let handle = try? FileHandle(forReadingFrom: url) else { return remaining == 0 }
            defer { try? handle.close() }
            while remaining > 0 {
                guard let chunk = try? handle.read(upToCount: Int(min(Int64(maxSize), remaining))), !chunk.isEmpty else { return false }
                guard chunk.withUnsafeBytes(send) else { return false }
                remaining -= Int64(chunk.count)
            }
            return true
        }
    }

    /// 1,024 periods of the generated pattern plus one spare period, so a chunk may start at any phase.
    private static let pattern: [UInt8] = (0..<(251 * 1025)).map { ServerBody.patternByte(at: Int64($0)) }
}
