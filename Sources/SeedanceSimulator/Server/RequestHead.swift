import Foundation
import SeedanceCore

/// The request line and header fields of an HTTP/1.x request, parsed.
struct RequestHead: Sendable {
    var method: String
    var target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    var version: String
    var headers: SeedanceHTTPHeaders

    /// Parses the bytes before the blank line; `nil` when they are not an HTTP/1.x request head.
    init?(_ bytes: some Collection<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        guard !lines.isEmpty else { return nil }
        let requestLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: true)
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else { return nil }
        method = requestLine[0].uppercased()
        target = String(requestLine[1])
        version = String(requestLine[2])
        headers = SeedanceHTTPHeaders()
        var seen: [(String, String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].trimmingWhitespace()
            let value = line[line.index(after: colon)...].trimmingWhitespace()
            seen.append((name, value))
        }
        for (name, value) in seen {
            // Repeated fields are joined as RFC 9110 allows.
            headers[name] = headers[name].map { "\($0), \(value)" } ?? value
        }
    }

    /// Whether the connection stays open after this request (HTTP/1.1 unless `Connection: close`; HTTP/1.0 only
    /// with `Connection: keep-alive`).
    var keepsAlive: Bool {
        let connection = headers["Connection"]?.lowercased() ?? ""
        if version == "HTTP/1.0" { return connection.contains("keep-alive") }
        return !connection.contains("close")
    }

    /// Whether the body is sent with chunked transfer coding.
    var isChunked: Bool { headers["Transfer-Encoding"]?.lowercased().contains("chunked") ?? false }

    /// The declared body length (0 when absent); `nil` when the header is malformed.
    var contentLength: Int? {
        guard let text = headers["Content-Length"] else { return 0 }
        guard let value = Int(text.trimmingWhitespace()), value >= 0 else { return nil }
        return value
    }

    /// The path part of the target, raw.
    var path: String {
        guard let mark = target.firstIndex(of: "?") else { return target }
        return String(target[..<mark])
    }

    /// The query items, percent-decoded; the last of repeated names wins.
    var query: [String: String] {
        guard let mark = target.firstIndex(of: "?") else { return [:] }
        var items: [String: String] = [:]
        for pair in target[target.index(after: mark)...].split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
            let value = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : ""
            items[name] = value
        }
        return items
    }
}
