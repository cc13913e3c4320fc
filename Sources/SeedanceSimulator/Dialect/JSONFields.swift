import SeedanceCore

/// Strict, typed reading of a request's JSON object for dialect validation: each accessor returns `nil` for an
/// absent field (or `null`) and throws ``SimulatedError/invalidParameter(_:_:code:status:)`` naming the field for a
/// wrong type or a value outside what is allowed. Pass the provider's own code for that field as `code`.
///
/// ```swift
/// let fields = JSONFields(try context.jsonObject())
/// let duration = try fields.integer("duration", in: 4...12, code: "003015003") ?? 5
/// let ratio = try fields.string("ratio", allowed: ["16:9", "adaptive"], code: "003015005")
/// ```
public struct JSONFields: Sendable {
    /// The object being read.
    public let object: [String: JSONValue]
    /// A prefix for field names in messages (`"input."`).
    public let path: String

    /// Reads `object`; messages name fields as `path + key`.
    public init(_ object: [String: JSONValue], path: String = "") {
        self.object = object
        self.path = path
    }

    /// Whether `key` is present with a non-null value.
    public func has(_ key: String) -> Bool { object[key].map { !$0.isNull } ?? false }

    /// A string, optionally required to be one of `allowed`.
    public func string(_ key: String, allowed: [String]? = nil, code: String? = nil) throws -> String? {
        guard let value = present(key) else { return nil }
        guard let text = value.stringValue else { throw wrongType(key, "a string", code) }
        if let allowed, !allowed.contains(text) {
            throw SimulatedError.invalidParameter(path + key, "\(path + key) must be one of \(allowed.joined(separator: ", ")); got \"\(text)\".", code: code)
        }
        return text
    }

    /// A string that must be present and non-empty.
    public func requiredString(_ key: String, code: String? = nil) throws -> String {
        guard let text = try string(key, code: code), !text.isEmpty else {
            throw SimulatedError.invalidParameter(path + key, "\(path + key) is required.", code: code)
        }
        return text
    }

    /// A JSON integer (an integral number; strings are refused), optionally within `range`.
    public func integer(_ key: String, in range: ClosedRange<Int64>? = nil, code: String? = nil) throws -> Int64? {
        guard let value = present(key) else { return nil }
        let number: Int64?
        switch value {
        case .integer(let whole): number = whole
        case .double(let real) where real.rounded() == real && abs(real) < 9e18: number = Int64(real)
        default: number = nil
        }
        guard let number else { throw wrongType(key, "an integer", code) }
        if let range, !range.contains(number) {
            throw SimulatedError.invalidParameter(
                path + key, "\(path + key) must be between \(range.lowerBound) and \(range.upperBound); got \(number).", code: code)
        }
        return number
    }

    /// A JSON boolean.
    public func bool(_ key: String, code: String? = nil) throws -> Bool? {
        guard let value = present(key) else { return nil }
        guard let flag = value.boolValue else { throw wrongType(key, "a boolean", code) }
        return flag
    }

    /// A JSON array.
    public func array(_ key: String, code: String? = nil) throws -> [JSONValue]? {
        guard let value = present(key) else { return nil }
        guard let items = value.arrayValue else { throw wrongType(key, "an array", code) }
        return items
    }

    /// A nested object, as fields named under `key.`.
    public func object(_ key: String, code: String? = nil) throws -> JSONFields? {
        guard let value = present(key) else { return nil }
        guard let members = value.objectValue else { throw wrongType(key, "an object", code) }
        return JSONFields(members, path: path + key + ".")
    }

    /// Throws for the first key of the object not in `known` (for dialects that refuse unknown fields).
    public func rejectUnknown(_ known: Set<String>, code: String? = nil) throws {
        if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
            throw SimulatedError.invalidParameter(path + unknown, "\(path + unknown) is not a recognised parameter.", code: code)
        }
    }

    private func present(_ key: String) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    private func wrongType(_ key: String, _ expected: String, _ code: String?) -> SimulatedError {
        SimulatedError.invalidParameter(path + key, "\(path + key) must be \(expected).", code: code)
    }
}
