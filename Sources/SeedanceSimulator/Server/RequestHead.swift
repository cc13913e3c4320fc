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
        var lines = Self.lines(Array(bytes))
        guard !lines.isEmpty else { return nil }
        let requestLine = String(decoding: lines.removeFirst(), as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true)
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else { return nil }
        method = requestLine[0].uppercased()
        target = String(requestLine[1])
        version = String(requestLine[2])
        headers = SeedanceHTTPHeaders()
        var seen: [(String, String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            let name = String(decoding: line[..<colon], as: UTF8.self).trimmingWhitespace()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingWhitespace()
            seen.append((name, value))
        }
        for (name, value) in seen {
            // Repeated fields are joined as RFC 9110 allows.
            headers[name] = headers[name].map { "\($0), \(value)" } ?? value
        }
    }

    /// `bytes` cut at each CR LF (a lone CR or LF stays inside its line).
    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0x0D, bytes[index + 1] == 0x0A {
                lines.append(bytes[start..<index])
                index += 2
                start = index
            } else {
                index += 1
            }
        }
        lines.append(bytes[start...])
        return lines
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
            let name = URLBuilding.unescape(String(parts[0])) ?? String(parts[0])
            let value = parts.count > 1 ? (URLBuilding.unescape(String(parts[1])) ?? String(parts[1])) : ""
            items[name] = value
        }
        return items
    }
}
