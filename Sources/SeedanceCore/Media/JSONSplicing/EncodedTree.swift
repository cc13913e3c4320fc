import Foundation

/// One value of an `Encodable` as ``TreeEncoder`` recorded it: the JSON shape, with each scalar kept as the original
/// Swift value so that `JSONEncoder` later writes it exactly as it always would.
final class EncodedTree {
    enum Kind {
        /// Nothing was encoded (written as `{}`, as `JSONEncoder` does for a nested value).
        case unset
        case object
        case array
        case null
        /// A scalar, or a value `JSONEncoder` writes specially (`URL`, `Date`, `Data`, `Decimal`).
        case scalar(any Encodable)
        /// A long string that needs no JSON escaping: written as a placeholder, then spliced in verbatim.
        case spliced(index: Int)
    }

    var kind: Kind = .unset
    var members: [String: EncodedTree] = [:]
    var elements: [EncodedTree] = []
}

/// Writes an ``EncodedTree`` back through `JSONEncoder`, each spliced string as `<marker><index>`.
struct EncodedTreeWriter: Encodable {
    let tree: EncodedTree
    let marker: String

    func encode(to encoder: any Encoder) throws {
        switch tree.kind {
        case .unset, .object:
            var container = encoder.container(keyedBy: TreeCodingKey.self)
            for (key, member) in tree.members {
                try container.encode(EncodedTreeWriter(tree: member, marker: marker), forKey: TreeCodingKey(stringValue: key))
            }
        case .array:
            var container = encoder.unkeyedContainer()
            for element in tree.elements { try container.encode(EncodedTreeWriter(tree: element, marker: marker)) }
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .scalar(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .spliced(let index):
            var container = encoder.singleValueContainer()
            try container.encode(marker + String(index))
        }
    }
}

/// A coding key that is just its string (or integer) value.
struct TreeCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}
