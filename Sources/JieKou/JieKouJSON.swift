import Foundation
import SeedanceCore

/// Lenient readers for the loosely typed members of this dialect's answers (numbers sent as strings and back).
enum JieKouJSON {
    /// A string, or a number rendered as text (`"123"`, `123`); `nil` for other kinds.
    static func text(_ json: JSONValue) -> String? {
        switch json {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .double(let number): return number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        default: return nil
        }
    }

    /// A URL from a non-empty string.
    static func url(_ json: JSONValue?) -> URL? {
        guard let text = json?.stringValue?.trimmingWhitespace(), !text.isEmpty else { return nil }
        return URL(string: text)
    }

    /// An instant from a millisecond value (`"1710000000000"` or a number); `nil` for absent, zero or unreadable.
    static func milliseconds(_ json: JSONValue?) -> Date? {
        guard let date = LenientTimestamp.parse(json, unit: .milliseconds), date.timeIntervalSince1970 > 0 else { return nil }
        return date
    }

    /// A lifetime in seconds from `"3600"` or `3600`; `nil` when absent or negative.
    static func seconds(_ json: JSONValue?) -> Duration? {
        guard let value = json?.doubleValue, value.isFinite, value >= 0 else { return nil }
        return .clampedSeconds(value)
    }
}
