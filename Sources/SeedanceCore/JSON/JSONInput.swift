import Foundation

/// The one way the SDK reads JSON it did not write (response bodies, callback bodies, JSON inside strings).
///
/// It refuses a document nested deeper than ``JSONValue/maximumDepth`` before the toolchain's parser sees it. Two
/// defects of Foundation on Linux make that necessary: a body whose last byte opens the 513th level of arrays (513
/// bytes of `[`) makes `JSONDecoder` and `JSONSerialization` trap, ending the process; and decoding a value nested
/// hundreds of levels deep costs seconds of CPU. No provider answer nests more than a few levels.
package enum JSONInput {
    /// Decodes `type` from `data` with a plain `JSONDecoder`; a `JSONValue` is read by `JSONValueParser` first, and by
    /// `JSONDecoder` only when that reader gives up (malformed or unusual input), so the value and the error are
    /// `JSONDecoder`'s either way.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for a document nested deeper than ``JSONValue/maximumDepth``, and
    ///   whatever `JSONDecoder` throws otherwise.
    package static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        if nestsDeeper(than: JSONValue.maximumDepth, data) {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "the JSON nests deeper than \(JSONValue.maximumDepth) levels"))
        }
        if type == JSONValue.self, let value = JSONValueParser.parse(data) { return value as! T }
        return try JSONDecoder().decode(type, from: data)
    }

    /// Whether brackets and braces outside strings in `data` open more than `limit` levels at some point. Reads
    /// each byte once; never fails (invalid JSON is for the parser to refuse).
    package static func nestsDeeper(than limit: Int, _ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            var depth = 0
            var inString = false
            var escaped = false
            for byte in bytes {
                if inString {
                    if escaped {
                        escaped = false
                    } else if byte == UInt8(ascii: "\\") {
                        escaped = true
                    } else if byte == UInt8(ascii: "\"") {
                        inString = false
                    }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > limit { return true }
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                default: break
                }
            }
            return false
        }
    }
}
