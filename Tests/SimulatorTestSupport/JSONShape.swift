import SeedanceCore

/// Compares the structure of two JSON documents: the same object keys at every level and the same JSON kinds
/// (any number matches any number), arrays element by element. Values are not compared (ids, times, URLs differ).
/// With `allowingExtraKeys`, keys the expected document lacks are accepted (for fixtures that show a subset).
package enum JSONShape {
    /// Every difference, as `path: reason` lines (empty when the shapes match).
    package static func differences(_ actual: JSONValue, _ expected: JSONValue, allowingExtraKeys: Bool = false, path: String = "$") -> [String] {
        switch (actual, expected) {
        case (.object(let got), .object(let want)):
            var found: [String] = []
            for key in Set(got.keys).union(want.keys).sorted() {
                switch (got[key], want[key]) {
                case (nil, _?): found.append("\(path).\(key): missing")
                case (_?, nil): if !allowingExtraKeys { found.append("\(path).\(key): unexpected") }
                case (let left?, let right?): found += differences(left, right, allowingExtraKeys: allowingExtraKeys, path: "\(path).\(key)")
                default: break
                }
            }
            return found
        case (.array(let got), .array(let want)):
            guard got.count == want.count else { return ["\(path): \(got.count) elements, expected \(want.count)"] }
            return zip(got, want).enumerated().flatMap {
                differences($0.element.0, $0.element.1, allowingExtraKeys: allowingExtraKeys, path: "\(path)[\($0.offset)]")
            }
        default:
            return kind(actual) == kind(expected) ? [] : ["\(path): \(kind(actual)), expected \(kind(expected))"]
        }
    }

    /// The structure of `value`: every leaf replaced by its type name (`integer` and `double` apart), arrays by
    /// their first element's structure (or, with `everyElement`, every element's, so lengths count too). Two answers
    /// "have the same shape" when their structures are equal (ids, times and URLs aside).
    package static func of(_ value: JSONValue, everyElement: Bool = false) -> JSONValue {
        switch value {
        case .null: "null"
        case .bool: "bool"
        case .integer: "integer"
        case .double: "double"
        case .string: "string"
        case .array(let items): .array((everyElement ? items : Array(items.prefix(1))).map { of($0, everyElement: everyElement) })
        case .object(let members): .object(members.mapValues { of($0, everyElement: everyElement) })
        }
    }

    /// The JSON kind of `value` (`number` for integers and doubles alike).
    package static func kind(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "bool"
        case .integer, .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A raw exchange the simulated server refused.
package struct RawFailure: Error, CustomStringConvertible {
    package var response: SeedanceHTTPResponse
    package init(response: SeedanceHTTPResponse) { self.response = response }
    package var description: String { "HTTP \(response.status): \(String(decoding: response.body, as: UTF8.self))" }
}

extension JSONValue {
    /// A copy with `data.<key>` set to `value` (for `{code, message, data}` envelopes).
    package func settingData(_ key: String, _ value: JSONValue) -> JSONValue {
        guard var object = objectValue, var data = object["data"]?.objectValue else { return self }
        data[key] = value
        object["data"] = .object(data)
        return .object(object)
    }
}
