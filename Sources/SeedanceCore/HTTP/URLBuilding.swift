import Foundation

/// Builds request URLs from a base URL, path segments and query items, escaping every value so that a task id can
/// never change the path or query it is placed in (`/`, `?`, `#`, `..` and spaces are percent-encoded).
package enum URLBuilding {
    /// `base` with `segments` appended, each percent-encoded as one path segment, and `query` items encoded.
    /// Throws `SeedanceError` (`.invalidRequest`) when a segment is empty, `.` or `..`.
    package static func url(_ base: URL, path segments: [String], query: [(String, String)] = [], provider: ProviderID) throws -> URL {
        var text = base.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        for segment in segments {
            guard !segment.isEmpty, segment != ".", segment != ".." else {
                throw SeedanceError.invalid("path segment", value: "\"\(segment)\"", allowed: "a non-empty identifier other than . and ..", provider: provider)
            }
            text += "/" + escape(segment)
        }
        if !query.isEmpty {
            text += "?" + query.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
        }
        guard let url = URL(string: text) else {
            throw SeedanceError.invalid("URL", value: text, allowed: "a valid URL", provider: provider)
        }
        return url
    }

    /// Splits a fixed path like `"model/v1/generation"` into segments for ``url(_:path:query:provider:)``.
    package static func segments(_ path: String) -> [String] { path.split(separator: "/").map(String.init) }

    /// Percent-encodes every UTF-8 byte but RFC 3986 unreserved characters, as `%XX` with upper-case hex digits (what
    /// `addingPercentEncoding` gives, without its trip through `NSString` on every status request).
    package static func escape(_ text: String) -> String {
        guard !text.utf8.allSatisfy(isUnreserved) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                HexDigits.append(byte, uppercase: true, to: &bytes)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` with every `%XX` decoded, or `nil` when a `%` is not followed by two hex digits or the bytes are not
    /// UTF-8: what `removingPercentEncoding` gives, without its trip through `NSString`.
    package static func unescape(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(HexDigits.value), let low = iterator.next().flatMap(HexDigits.value) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validatingUTF8Bytes: bytes)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): true
        default: false
        }
    }
}
