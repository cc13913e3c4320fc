import Foundation

/// Any JSON value, kept exactly enough to round-trip what a provider sent.
///
/// Used for ``VideoRequest/extraFields`` (fields the SDK does not model, sent as given) and for
/// ``TaskSnapshot/raw`` (the provider's whole answer, for anything the neutral model does not cover).
/// Integers that fit in `Int64` stay integers; other numbers are `Double`.
public enum JSONValue: Sendable, Hashable {
    /// JSON `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number that fits in `Int64`.
    case integer(Int64)
    /// Any other number.
    case double(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object.
    case object([String: JSONValue])

    /// The member named `key` when this is an object, else `nil`.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The element at `index` when this is an array and the index exists, else `nil`.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let items) = self, items.indices.contains(index) { return items[index] }
        return nil
    }

    /// The string payload, or `nil` for any other kind of value.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value as an integer: an integer, an integral double, or a string holding an integer.
    public var integerValue: Int64? {
        switch self {
        case .integer(let number): return number
        case .double(let number):
            guard number.isFinite, number.rounded() == number, abs(number) < 9.2e18 else { return nil }
            return Int64(number)
        case .string(let text): return Int64(text.trimmingWhitespace())
        default: return nil
        }
    }

    /// The value as a double: any number, or a string holding one.
    public var doubleValue: Double? {
        switch self {
        case .integer(let number): return Double(number)
        case .double(let number): return number
        case .string(let text): return Double(text.trimmingWhitespace())
        default: return nil
        }
    }

    /// The boolean payload, or `nil` for any other kind of value.
    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// The members when this is an object, else `nil`.
    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements when this is an array, else `nil`.
    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// `true` for `.null`.
    public var isNull: Bool { self == .null }
}

extension JSONValue: Codable {
    /// How deeply values may nest (no provider answer comes close). Each level of a document costs a failed decode
    /// attempt per JSON kind, and the toolchain's decoder makes such a failure cost in proportion to the depth, so
    /// without this bound a 1 KB body of 500 nested arrays took seconds of CPU to read.
    public static let maximumDepth = 64

    /// Decodes any JSON value. Throws `DecodingError.dataCorrupted` for input that is not JSON at all or that nests
    /// deeper than ``maximumDepth`` levels.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard decoder.codingPath.count < Self.maximumDepth else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "nested deeper than \(Self.maximumDepth) levels")
        }
        // Most common kinds first: each failed attempt is a thrown error.
        if container.decodeNil() {
            self = .null
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int64.self) {
            self = .integer(number)
        } else if let number = try? container.decode(Double.self) {
            self = .double(number)
        } else if let members = try Self.decodeIfKind([String: JSONValue].self, from: container) {
            self = .object(members)
        } else if let items = try Self.decodeIfKind([JSONValue].self, from: container) {
            self = .array(items)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON value")
        }
    }

    /// `nil` when the value is of another kind; any other failure (too deep inside) is rethrown, not retried as
    /// another kind at every enclosing level.
    private static func decodeIfKind<T: Decodable>(_ type: T.Type, from container: any SingleValueDecodingContainer) throws -> T? {
        do {
            return try container.decode(type)
        } catch DecodingError.typeMismatch {
            return nil
        }
    }

    /// Encodes the value as the JSON it represents.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .integer(let number): try container.encode(number)
        case .double(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(nilLiteral: ()) { self = .null }
}
