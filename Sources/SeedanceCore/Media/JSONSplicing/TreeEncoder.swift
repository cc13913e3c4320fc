import Foundation

/// An `Encoder` that records a value as an ``EncodedTree`` instead of writing JSON, setting aside every long string
/// that ``SpliceableText`` accepts. ``JSONBody`` uses it to keep multi-megabyte data URLs out of `JSONEncoder`.
final class TreeEncoder: Encoder {
    /// The strings set aside, in the order met; ``EncodedTree/Kind/spliced(index:)`` indexes this list.
    final class Splices {
        var strings: [String] = []
    }

    let tree: EncodedTree
    let splices: Splices
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(tree: EncodedTree, splices: Splices, codingPath: [any CodingKey]) {
        self.tree = tree
        self.splices = splices
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .unset = tree.kind { tree.kind = .object }
        return KeyedEncodingContainer(KeyedTreeContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unset = tree.kind { tree.kind = .array }
        return UnkeyedTreeContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleTreeContainer(encoder: self) }

    /// Records `value` into `node`: a string as a scalar or a splice, the types `JSONEncoder` writes specially as
    /// scalars, anything else through its own `encode(to:)`.
    func record<T: Encodable>(_ value: T, into node: EncodedTree, at path: [any CodingKey]) throws {
        if let text = value as? String {
            record(text, into: node)
        } else if value is URL || value is Date || value is Data || value is Decimal {
            node.kind = .scalar(value)
        } else {
            try value.encode(to: TreeEncoder(tree: node, splices: splices, codingPath: path))
        }
    }

    func record(_ text: String, into node: EncodedTree) {
        if SpliceableText.qualifies(text) {
            node.kind = .spliced(index: splices.strings.count)
            splices.strings.append(text)
        } else {
            node.kind = .scalar(text)
        }
    }
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func child(_ key: Key) -> EncodedTree {
        let node = EncodedTree()
        encoder.tree.members[key.stringValue] = node
        return node
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).kind = .null }
    mutating func encode(_ value: String, forKey key: Key) throws { encoder.record(value, into: child(key)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { child(key).kind = .scalar(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { child(key).kind = .scalar(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { child(key).kind = .scalar(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { child(key).kind = .scalar(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { child(key).kind = .scalar(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { child(key).kind = .scalar(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { child(key).kind = .scalar(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { child(key).kind = .scalar(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { child(key).kind = .scalar(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { child(key).kind = .scalar(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { child(key).kind = .scalar(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { child(key).kind = .scalar(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { child(key).kind = .scalar(value) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encoder.record(value, into: child(key), at: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(tree: child(key), splices: encoder.splices, codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(tree: child(key), splices: encoder.splices, codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let key = TreeCodingKey(stringValue: "super")
        let node = EncodedTree()
        encoder.tree.members[key.stringValue] = node
        return TreeEncoder(tree: node, splices: encoder.splices, codingPath: codingPath + [key])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(tree: child(key), splices: encoder.splices, codingPath: codingPath + [key])
    }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { encoder.tree.elements.count }

    private func next() -> EncodedTree {
        let node = EncodedTree()
        encoder.tree.elements.append(node)
        return node
    }

    private var nextPath: [any CodingKey] { codingPath + [TreeCodingKey(intValue: count)] }

    mutating func encodeNil() throws { next().kind = .null }
    mutating func encode(_ value: String) throws { encoder.record(value, into: next()) }
    mutating func encode(_ value: Bool) throws { next().kind = .scalar(value) }
    mutating func encode(_ value: Double) throws { next().kind = .scalar(value) }
    mutating func encode(_ value: Float) throws { next().kind = .scalar(value) }
    mutating func encode(_ value: Int) throws { next().kind = .scalar(value) }
    mutating func encode(_ value: Int8) throws { next().kind = .scalar(value) }
    mutating func encode(_ value: Int16) throws { next().kind = .scalar(value) }
    mutating func encode(_ value: Int32) throws { next().kind = .scalar(value) }
    mutating func encode(_ value: Int64) throws { next().kind = .scalar(value) }
    mutating func encode(_ value: UInt) throws { next().kind = .scalar(value) }
    mutating func encode(_ value: UInt8) throws { next().kind = .scalar(value) }
    mutating func encode(_ value: UInt16) throws { next().kind = .scalar(value) }
    mutating func encode(_ value: UInt32) throws { next().kind = .scalar(value) }
    mutating func encode(_ value: UInt64) throws { next().kind = .scalar(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = nextPath
        try encoder.record(value, into: next(), at: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = nextPath
        return TreeEncoder(tree: next(), splices: encoder.splices, codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        return TreeEncoder(tree: next(), splices: encoder.splices, codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let path = nextPath
        return TreeEncoder(tree: next(), splices: encoder.splices, codingPath: path)
    }
}

private struct SingleTreeContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    private var node: EncodedTree { encoder.tree }

    mutating func encodeNil() throws { node.kind = .null }
    mutating func encode(_ value: String) throws { encoder.record(value, into: node) }
    mutating func encode(_ value: Bool) throws { node.kind = .scalar(value) }
    mutating func encode(_ value: Double) throws { node.kind = .scalar(value) }
    mutating func encode(_ value: Float) throws { node.kind = .scalar(value) }
    mutating func encode(_ value: Int) throws { node.kind = .scalar(value) }
    mutating func encode(_ value: Int8) throws { node.kind = .scalar(value) }
    mutating func encode(_ value: Int16) throws { node.kind = .scalar(value) }
    mutating func encode(_ value: Int32) throws { node.kind = .scalar(value) }
    mutating func encode(_ value: Int64) throws { node.kind = .scalar(value) }
    mutating func encode(_ value: UInt) throws { node.kind = .scalar(value) }
    mutating func encode(_ value: UInt8) throws { node.kind = .scalar(value) }
    mutating func encode(_ value: UInt16) throws { node.kind = .scalar(value) }
    mutating func encode(_ value: UInt32) throws { node.kind = .scalar(value) }
    mutating func encode(_ value: UInt64) throws { node.kind = .scalar(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoder.record(value, into: node, at: codingPath)
    }
}
