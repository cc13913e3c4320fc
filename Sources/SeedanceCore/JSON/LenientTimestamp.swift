import Foundation

/// A point in time given as Unix seconds, Unix milliseconds (a number or numeric string) or an ISO-8601 string.
///
/// Numbers are read in the unit the field documents (``Unit``); with `.automatic`, values above 10¹¹ are taken as
/// milliseconds (10¹¹ seconds is the year 5138). ISO-8601 strings may carry fractional seconds and any offset.
package struct LenientTimestamp: Sendable, Hashable {
    /// How to read a bare number.
    package enum Unit: Sendable {
        /// Unix seconds, Unix milliseconds, or milliseconds above 10¹¹ and seconds below.
        case seconds, milliseconds, automatic
    }

    /// The decoded instant.
    package var date: Date

    /// Wraps an instant.
    package init(_ date: Date) { self.date = date }

    /// Reads a timestamp out of a JSON value, or `nil` when it is absent, null or unreadable.
    package static func parse(_ json: JSONValue?, unit: Unit = .automatic) -> Date? {
        guard let json else { return nil }
        switch json {
        case .integer, .double:
            return json.doubleValue.flatMap { date(fromNumber: $0, unit: unit) }
        case .string(let text):
            let trimmed = text.trimmingWhitespace()
            if let number = Double(trimmed) { return date(fromNumber: number, unit: unit) }
            return parseISO8601(trimmed)
        default:
            return nil
        }
    }

    /// Parses an ISO-8601 date-time with or without fractional seconds; `nil` when malformed.
    package static func parseISO8601(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }

    private static func date(fromNumber number: Double, unit: Unit) -> Date? {
        guard number.isFinite, number >= 0, number < 1e16 else { return nil }
        switch unit {
        case .seconds: return Date(timeIntervalSince1970: number)
        case .milliseconds: return Date(timeIntervalSince1970: number / 1000)
        case .automatic: return Date(timeIntervalSince1970: number > 1e11 ? number / 1000 : number)
        }
    }
}
