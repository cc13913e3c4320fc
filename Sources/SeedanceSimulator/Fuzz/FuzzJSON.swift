import Foundation
import SeedanceCore

/// A JSON document as a fuzzer edits it: members keep their order (and may repeat a key), and numbers are raw text,
/// so a mutated document can hold what no Swift type can (`1e400`, 10,000 nested brackets, an unclosed string).
package indirect enum FuzzJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case string(String)
    /// Text inserted verbatim: a number of any size, or deliberately invalid JSON.
    case raw(String)
    case array([FuzzJSON])
    case object([FuzzMember])

    /// `value`, with object members sorted by key so that the result does not depend on dictionary order.
    package init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .raw(String(number))
        case .double(let number): self = .raw(String(number))
        case .string(let text): self = .string(text)
        case .array(let items): self = .array(items.map(FuzzJSON.init))
        case .object(let members):
            self = .object(members.keys.sorted().map { FuzzMember(key: $0, value: FuzzJSON(members[$0]!)) })
        }
    }

    /// The document as JSON text (invalid where a ``raw(_:)`` node is).
    package var text: String {
        var output = ""
        write(to: &output)
        return output
    }

    /// The document as UTF-8 bytes.
    package var data: Data { Data(text.utf8) }

    private func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .raw(let text): output += text
        case .string(let text): Self.writeString(text, to: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(member.key, to: &output)
                output += ":"
                member.value.write(to: &output)
            }
            output += "}"
        }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case _ where scalar.value < 0x20: output += String(format: "\\u%04X", scalar.value)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

/// One member of a ``FuzzJSON`` object.
package struct FuzzMember: Sendable, Equatable {
    /// The member's name.
    package var key: String
    /// The member's value.
    package var value: FuzzJSON

    /// A member `key: value`.
    package init(key: String, value: FuzzJSON) {
        self.key = key
        self.value = value
    }
}

extension FuzzJSON {
    /// The paths of every node, the root (`[]`) first; a path lists child positions (array index or member index).
    package var paths: [[Int]] { nodes.map(\.path) }

    /// Every node with its path, the root first.
    package var nodes: [(path: [Int], node: FuzzJSON)] {
        var result: [(path: [Int], node: FuzzJSON)] = []
        collectNodes(prefix: [], into: &result)
        return result
    }

    private func collectNodes(prefix: [Int], into result: inout [(path: [Int], node: FuzzJSON)]) {
        result.append((prefix, self))
        for (index, child) in children.enumerated() { child.collectNodes(prefix: prefix + [index], into: &result) }
    }

    /// The direct children: array items or member values.
    package var children: [FuzzJSON] {
        switch self {
        case .array(let items): items
        case .object(let members): members.map(\.value)
        default: []
        }
    }

    /// The node at `path`, or `nil` when the path does not exist.
    package func node(at path: ArraySlice<Int>) -> FuzzJSON? {
        guard let first = path.first else { return self }
        let children = children
        guard children.indices.contains(first) else { return nil }
        return children[first].node(at: path.dropFirst())
    }

    /// Applies `change` to the node at `path`; does nothing when the path does not exist.
    package mutating func update(at path: ArraySlice<Int>, _ change: (inout FuzzJSON) -> Void) {
        guard let first = path.first else {
            change(&self)
            return
        }
        switch self {
        case .array(var items) where items.indices.contains(first):
            items[first].update(at: path.dropFirst(), change)
            self = .array(items)
        case .object(var members) where members.indices.contains(first):
            members[first].value.update(at: path.dropFirst(), change)
            self = .object(members)
        default:
            return
        }
    }

    /// Every string in the document, keys included, for a fuzzer's vocabulary.
    package var strings: [String] {
        switch self {
        case .string(let text): [text]
        case .array(let items): items.flatMap(\.strings)
        case .object(let members): members.flatMap { [$0.key] + $0.value.strings }
        default: []
        }
    }
}
