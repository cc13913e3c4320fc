import Foundation

/// One way ``JSONMutator`` changes a document.
package enum JSONMutation: String, Sendable, CaseIterable, Hashable {
    /// An object member is removed.
    case removeMember
    /// A value is replaced by one of another JSON kind (string, number, bool, null, array, object).
    case swapType
    /// A string is cut short (possibly to empty).
    case truncateString
    /// A string is replaced by a status word, an error code, a hostile string or another string of the document.
    case replaceString
    /// A value is replaced by a number beyond `Int64` / `Double` range, `-0`, a subnormal, or an invalid literal.
    case extremeNumber
    /// A value is wrapped in up to 10,000 levels of arrays or objects (closed or not).
    case deepNesting
    /// An object gets a second member with an existing key.
    case duplicateKey
    /// An object gets a member named like a real field, with a random value.
    case addMember
    /// The whole document is put inside an array or an object.
    case wrapDocument
    /// Random bytes are spliced into the text.
    case spliceBytes
    /// The text is cut at a random byte.
    case truncateBytes
    /// Bytes of the text are overwritten.
    case overwriteBytes
    /// The text is cut and ends with 2 to 10,000 opening brackets (513 of them once crashed Foundation's parser).
    case openBracketTail
}

/// Mutates JSON documents for decoder fuzzing: structural edits on the tree, then sometimes edits of the bytes.
///
/// Deterministic: the same document and generator state give the same result. Never throws, never traps.
package struct JSONMutator: Sendable {
    /// Strings to draw replacements from (typically every string of the corpus).
    package var vocabulary: [String]

    /// A mutator drawing replacement strings from `vocabulary` as well as ``RandomJSON``'s pools.
    package init(vocabulary: [String] = []) { self.vocabulary = vocabulary }

    /// `document` changed by one to three structural mutations and, one time in four, one byte mutation.
    package func mutate(_ document: FuzzJSON, using random: inout SeededRandom) -> (body: Data, mutations: [JSONMutation]) {
        var tree = document
        var applied: [JSONMutation] = []
        for _ in 0..<random.int(in: 1...3) {
            let mutation = random.element(of: Self.structural)
            apply(mutation, to: &tree, using: &random)
            applied.append(mutation)
        }
        var body = tree.data
        if random.percent(25) {
            let mutation = random.element(of: Self.byteLevel)
            body = apply(mutation, to: body, using: &random)
            applied.append(mutation)
        }
        return (body, applied)
    }

    static let structural: [JSONMutation] = [
        .removeMember, .removeMember, .swapType, .swapType, .truncateString, .replaceString, .replaceString,
        .extremeNumber, .deepNesting, .duplicateKey, .addMember, .wrapDocument,
    ]
    static let byteLevel: [JSONMutation] = [.spliceBytes, .truncateBytes, .overwriteBytes, .openBracketTail]

    /// Applies one structural `mutation` at a random node of `tree` (nothing when no node fits).
    package func apply(_ mutation: JSONMutation, to tree: inout FuzzJSON, using random: inout SeededRandom) {
        let nodes = tree.nodes
        let paths = nodes.map(\.path)
        func pick(_ fits: (FuzzJSON) -> Bool) -> ArraySlice<Int>? {
            let candidates = nodes.filter { fits($0.node) }
            return candidates.isEmpty ? nil : random.element(of: candidates).path[...]
        }
        let vocabulary = vocabulary
        switch mutation {
        case .removeMember, .duplicateKey, .addMember:
            guard let path = pick({ if case .object = $0 { true } else { false } }) else { return }
            tree.update(at: path) { node in
                guard case .object(var members) = node else { return }
                switch mutation {
                case .removeMember where !members.isEmpty:
                    members.remove(at: random.int(below: members.count))
                case .duplicateKey where !members.isEmpty:
                    let original = random.element(of: members)
                    let copy = FuzzMember(key: original.key, value: RandomJSON.value(depth: 1, vocabulary: vocabulary, using: &random))
                    members.insert(copy, at: random.int(below: members.count + 1))
                default:
                    let added = FuzzMember(
                        key: random.element(of: RandomJSON.memberNames), value: RandomJSON.value(depth: 2, vocabulary: vocabulary, using: &random))
                    members.insert(added, at: random.int(below: members.count + 1))
                }
                node = .object(members)
            }
        case .swapType:
            guard let path = pick({ _ in true }) else { return }
            tree.update(at: path) { node in node = Self.otherKind(than: node, vocabulary: vocabulary, using: &random) }
        case .truncateString, .replaceString:
            guard let path = pick({ if case .string = $0 { true } else { false } }) else { return }
            tree.update(at: path) { node in
                guard case .string(let text) = node else { return }
                node =
                    mutation == .truncateString
                    ? .string(String(text.prefix(random.int(below: max(1, text.count)))))
                    : .string(RandomJSON.string(vocabulary: vocabulary, using: &random))
            }
        case .extremeNumber:
            let path = pick({ if case .raw = $0 { true } else { false } }) ?? random.element(of: paths)[...]
            let literal = random.percent(85) ? random.element(of: RandomJSON.extremeNumbers) : random.element(of: RandomJSON.invalidNumbers)
            tree.update(at: path) { node in node = .raw(literal) }
        case .deepNesting:
            let path = random.element(of: paths)[...]
            let depth = random.element(of: [2, 64, 255, 256, 500, 511, 512, 513, 1000, 10_000])
            let closed = random.percent(80)
            let useObjects = random.percent(40)
            tree.update(at: path) { node in
                let open = useObjects ? "{\"a\":" : "["
                let close = useObjects ? "}" : "]"
                let inner = node.text
                node = .raw(String(repeating: open, count: depth) + inner + (closed ? String(repeating: close, count: depth) : ""))
            }
        case .wrapDocument:
            tree = random.percent(50) ? .array([tree]) : .object([FuzzMember(key: random.element(of: RandomJSON.memberNames), value: tree)])
        case .spliceBytes, .truncateBytes, .overwriteBytes, .openBracketTail:
            return
        }
    }

    /// Applies one byte-level `mutation` to `body`.
    package func apply(_ mutation: JSONMutation, to body: Data, using random: inout SeededRandom) -> Data {
        var bytes = [UInt8](body)
        switch mutation {
        case .spliceBytes:
            let insert = RandomJSON.bytes(random.int(in: 1...16), using: &random)
            bytes.insert(contentsOf: insert, at: random.int(below: bytes.count + 1))
        case .truncateBytes:
            bytes = Array(bytes.prefix(random.int(below: bytes.count + 1)))
        case .openBracketTail:
            let depth = random.element(of: [2, 64, 65, 511, 512, 513, 514, 10_000])
            bytes = Array(bytes.prefix(random.int(below: bytes.count + 1))) + Array(repeating: UInt8(ascii: random.percent(70) ? "[" : "{"), count: depth)
        case .overwriteBytes where !bytes.isEmpty:
            for _ in 0..<random.int(in: 1...4) { bytes[random.int(below: bytes.count)] = UInt8(truncatingIfNeeded: random.next()) }
        default:
            break
        }
        return Data(bytes)
    }

    /// A value of a JSON kind other than `node`'s: a string becomes a number, a bool, null, an array or an object, etc.
    static func otherKind(than node: FuzzJSON, vocabulary: [String], using random: inout SeededRandom) -> FuzzJSON {
        var options: [FuzzJSON] = [
            .null, .bool(random.percent(50)), .raw(random.element(of: RandomJSON.extremeNumbers)),
            .string(RandomJSON.string(vocabulary: vocabulary, using: &random)), .array(random.percent(50) ? [] : [node]),
            .object(random.percent(50) ? [] : [FuzzMember(key: random.element(of: RandomJSON.memberNames), value: node)]),
        ]
        switch node {
        case .null: options.remove(at: 0)
        case .bool: options.remove(at: 1)
        case .raw(let text):
            options[3] = .string(text)
            options.remove(at: 2)
        case .string(let text): options[2] = .raw(Double(text) != nil && !text.contains("n") ? text : "0")
        case .array: options.remove(at: 4)
        case .object: options.remove(at: 5)
        }
        return random.element(of: options)
    }
}
