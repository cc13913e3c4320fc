import Foundation

// Providers disagree on JSON types for the same field (a seed as a number or a string, a duration as "5" or 5).
// These wrappers accept every documented variant so adapters never write their own copies.

/// An integer given as a JSON number (integral) or as a string holding one (`5`, `5.0`, `"5"`).
package struct LenientInt: Decodable, Sendable, Hashable {
    /// The decoded integer.
    package var value: Int64

    /// Wraps an integer.
    package init(_ value: Int64) { self.value = value }

    /// Decodes a number or numeric string. Throws `DecodingError.typeMismatch` for anything else.
    package init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        guard let number = json.integerValue else {
            throw DecodingError.typeMismatch(
                Int64.self,
                .init(codingPath: decoder.codingPath, debugDescription: "expected an integer or a string holding one, got \(json.kindName)"))
        }
        value = number
    }
}

/// A floating-point number given as a JSON number or as a string holding one (`0.35`, `"0.35"`).
package struct LenientDouble: Decodable, Sendable, Hashable {
    /// The decoded number.
    package var value: Double

    /// Wraps a number.
    package init(_ value: Double) { self.value = value }

    /// Decodes a number or numeric string. Throws `DecodingError.typeMismatch` for anything else.
    package init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        guard let number = json.doubleValue, number.isFinite else {
            throw DecodingError.typeMismatch(
                Double.self,
                .init(codingPath: decoder.codingPath, debugDescription: "expected a number or a string holding one, got \(json.kindName)"))
        }
        value = number
    }
}

/// Text given as a JSON string, or as a number or boolean rendered as text (an error code `"003015003"` or
/// `3015003`). A numeric code loses its leading zeros on the provider's side; compare codes with
/// ``ProviderCode/matches(_:)``.
package struct LenientString: Decodable, Sendable, Hashable {
    /// The decoded text.
    package var value: String

    /// Wraps text.
    package init(_ value: String) { self.value = value }

    /// Decodes a string, number or boolean. Throws `DecodingError.typeMismatch` for arrays, objects and null.
    package init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        switch json {
        case .string(let text): value = text
        case .integer(let number): value = String(number)
        case .double(let number): value = number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let flag): value = String(flag)
        default:
            throw DecodingError.typeMismatch(
                String.self, .init(codingPath: decoder.codingPath, debugDescription: "expected text, got \(json.kindName)"))
        }
    }
}

extension JSONValue {
    /// A short name of the value's JSON kind, for error messages.
    package var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer, .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
