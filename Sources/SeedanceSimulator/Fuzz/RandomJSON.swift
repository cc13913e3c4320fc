import Foundation

/// Random JSON documents and the hostile values a decoder fuzzer draws from: numbers beyond every numeric type,
/// tricky strings, status words and error codes the dialects know.
package enum RandomJSON {
    /// Number literals at and beyond the edges of `Int64`, `UInt64` and `Double`, negative zero and subnormals.
    package static let extremeNumbers = [
        "1e400", "-1e400", "1e-400", "-1e-400", "1E+999", "0.1e-999999", "-0", "-0.0", "0e0", "18446744073709551616",
        "18446744073709551615", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "-9223372036854775809", "4294967296", "1.7976931348623157e308", "4.9e-324", "2.2250738585072014e-308",
        "1e308", "1e300", "-1e300", "1e38", "1e20", "1e19", "1e16", "1e15", "123456789012345678901234567890",
        "0.30000000000000004", "1.5", "-1", "0", "86400", "1710000000000",
    ]

    /// Number-like text that is not valid JSON.
    package static let invalidNumbers = ["NaN", "Infinity", "-Infinity", "0x1F", "01", "1.", ".5", "+1", "1e", "--1", "1_000"]

    /// Strings that stress lenient readers: empty, blank, control and bidirectional characters, numeric text of
    /// extreme values, broken or hostile URLs, dates out of range, embedded JSON that is and is not well formed.
    package static let hostileStrings = [
        "", " ", "\u{0}", "\u{1}\u{1F}", "\u{FEFF}", "\u{202E}evil", "\u{200F}", "😀🎬", "e\u{301}", "\\", "\"", "\"}",
        "../../etc/passwd", "%00", "%2F..%2F", "null", "true", "1e400", "1e300", "-1e300", "-1", "NaN", "nan", "inf",
        "Infinity", "-0", "18446744073709551616", "{", "[]", "{}", "[1,2", "{\"resultUrls\":[\"https://example.com/v.mp4\"]}",
        "{\"resultUrls\":\"https://example.com/v.mp4\"}", "{\"resultUrls\":[1e300,null]}", "{\"resultUrls\":[]}",
        "http://[::1", "https://example.com/video.mp4", "https://example.com/frame.png?x=1", "file:///etc/passwd",
        "javascript:alert(1)", "data:image/png;base64,AAAAAAAAAAAAAAAAAAAA", "\u{7F}", "2024-01-01T00:00:00Z",
        "2024-13-45T99:99:99Z", "0000-00-00T00:00:00.000000000000000Z", "1710000000000", "99999999999999999999999",
        "Bearer sk-test-FUZZ-0000", String(repeating: "A", count: 2048),
    ]

    /// Status words of every dialect, in several casings, plus unknown ones.
    package static let statusWords = [
        "completed", "succeeded", "success", "SUCCESS", "Completed", "TASK_STATUS_SUCCEED", "failed", "FAILED",
        "TASK_STATUS_FAILED", "expired", "cancelled", "canceled", "queued", "pending", "running", "processing",
        "in_progress", "IN_PROGRESS", "TASK_STATUS_QUEUED", "TASK_STATUS_PROCESSING", "unknown-state",
    ]

    /// Error codes of every dialect, as strings and as numbers lose them.
    package static let errorCodes = [
        "003015003", "3015003", "003005001", "InvalidParameter", "InputTextSensitiveContentDetected",
        "OutputVideoSensitiveContentDetected", "INSUFFICIENT_CREDITS", "TASK_NOT_FOUND", "INVALID_API_KEY",
        "NOT_ENOUGH_BALANCE", "RATE_LIMIT_EXCEEDED", "SensitiveContentDetected", "200", "0", "500", "429",
    ]

    /// Keys a mutation may add or rename to: every dialect's members, so added members reach real code paths.
    package static let memberNames = [
        "id", "task_id", "taskId", "status", "state", "code", "message", "data", "error", "error_message", "reason",
        "output", "content", "video_url", "url", "type", "usage", "cost", "progress", "progress_percent", "task",
        "videos", "images", "audios", "extra", "resultJson", "resultUrls", "failCode", "failMsg", "response",
        "items", "total", "created_at", "updated_at", "duration", "frames", "framespersecond", "seed", "request",
        "consumed_credits", "video_url_ttl", "eta", "createTime", "completeTime", "__proto__", "",
    ]

    /// A random document of at most `depth` nested levels, its strings drawn partly from `vocabulary`.
    package static func value(depth: Int, vocabulary: [String] = [], using random: inout SeededRandom) -> FuzzJSON {
        let kinds = depth > 0 ? 8 : 6
        switch random.int(below: kinds) {
        case 0: return .null
        case 1: return .bool(random.percent(50))
        case 2: return .raw(random.element(of: extremeNumbers))
        case 3: return .raw(String(Int64(bitPattern: random.next()) >> random.int(below: 64)))
        case 4, 5: return .string(string(vocabulary: vocabulary, using: &random))
        case 6:
            let count = random.int(below: 5)
            return .array((0..<count).map { _ in value(depth: depth - 1, vocabulary: vocabulary, using: &random) })
        default:
            let count = random.int(below: 6)
            return .object(
                (0..<count).map { _ in
                    FuzzMember(key: random.element(of: memberNames), value: value(depth: depth - 1, vocabulary: vocabulary, using: &random))
                })
        }
    }

    /// A string from `vocabulary`, the hostile strings, the status words or the error codes, or random characters.
    package static func string(vocabulary: [String] = [], using random: inout SeededRandom) -> String {
        switch random.int(below: 5) {
        case 0 where !vocabulary.isEmpty: return random.element(of: vocabulary)
        case 1: return random.element(of: hostileStrings)
        case 2: return random.element(of: statusWords)
        case 3: return random.element(of: errorCodes)
        default:
            let scalars = (0..<random.int(below: 12)).compactMap { _ in Unicode.Scalar(UInt32(random.int(below: 0x3000))) }
            return String(String.UnicodeScalarView(scalars))
        }
    }

    /// `count` random bytes: arbitrary, or JSON-looking punctuation, or invalid UTF-8.
    package static func bytes(_ count: Int, using random: inout SeededRandom) -> Data {
        switch random.int(below: 3) {
        case 0: return random.bytes(count)
        case 1:
            let alphabet = Array("{}[]\":,\\ 0123456789.eE+-truefalsn\n".utf8)
            return Data((0..<count).map { _ in random.element(of: alphabet) })
        default:
            let invalid: [UInt8] = [0xC0, 0xC1, 0xF5, 0xFF, 0xFE, 0x80, 0xBF, 0xED, 0xA0, 0x80, 0xEF, 0xBB, 0xBF, 0x00]
            return Data((0..<count).map { _ in random.element(of: invalid) })
        }
    }
}
