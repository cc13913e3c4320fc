import Foundation
import Seedance
import SeedanceSimulator
import Testing

/// ``JSONMutator``: each ``JSONMutation`` damages a document the way its name says, and ``DecoderFuzzCampaign``
/// labels each case with its ``DecoderFuzzCase/Origin`` and the mutations applied (what a violation report prints).
@Suite("Fuzz mutations and case origins", .timeLimit(.minutes(3)))
struct JSONMutatorTests {
    static let document: JSONValue = ["id": "cgt-1", "status": "running", "progress": 40]
    static let mutator = JSONMutator(vocabulary: ["succeeded"])

    static func tree(_ mutation: JSONMutation, seed: UInt64, on value: JSONValue = document) -> FuzzJSON {
        var tree = FuzzJSON(value)
        var random = SeededRandom(seed: seed)
        mutator.apply(mutation, to: &tree, using: &random)
        return tree
    }

    static func members(_ tree: FuzzJSON) -> [FuzzMember] {
        if case .object(let members) = tree { return members }
        return []
    }

    static func bytes(_ mutation: JSONMutation, seed: UInt64) -> (original: [UInt8], mutated: [UInt8]) {
        let body = FuzzJSON(document).data
        var random = SeededRandom(seed: seed)
        return (Array(body), Array(mutator.apply(mutation, to: body, using: &random)))
    }

    @Test("structural mutations: a member removed or added, a string truncated, a type swapped, the document wrapped", arguments: 1...20)
    func structural(seed: UInt64) {
        let original = Self.members(FuzzJSON(Self.document))
        let removed = Self.members(Self.tree(.removeMember, seed: seed))
        #expect(removed.count == 2 && removed.allSatisfy(original.contains))
        let added = Self.members(Self.tree(.addMember, seed: seed))
        #expect(added.count == 4 && original.allSatisfy(added.contains))
        guard case .string(let truncated) = Self.tree(.truncateString, seed: seed, on: "running") else { Issue.record("not a string"); return }
        #expect(truncated.count < "running".count && "running".hasPrefix(truncated))
        #expect(Self.tree(.swapType, seed: seed, on: .null) != .null)
        if case .bool = Self.tree(.swapType, seed: seed, on: true) { Issue.record("a swapped bool is still a bool") }
        let inner: FuzzJSON? =
            switch Self.tree(.wrapDocument, seed: seed) {
            case .array(let items) where items.count == 1: items[0]
            case .object(let members) where members.count == 1: members[0].value
            default: nil
            }
        #expect(inner == FuzzJSON(Self.document))
    }

    @Test("byte mutations: truncation is a prefix, a splice inserts 1 to 16 bytes, an open tail ends in brackets", arguments: 1...20)
    func byteLevel(seed: UInt64) {
        let truncated = Self.bytes(.truncateBytes, seed: seed)
        #expect(truncated.mutated.count <= truncated.original.count && Array(truncated.original.prefix(truncated.mutated.count)) == truncated.mutated)
        let spliced = Self.bytes(.spliceBytes, seed: seed)
        #expect((1...16).contains(spliced.mutated.count - spliced.original.count))
        let tail = Self.bytes(.openBracketTail, seed: seed)
        #expect(tail.mutated.suffix(2).allSatisfy { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "{") })
        let overwritten = Self.bytes(.overwriteBytes, seed: seed)
        #expect(overwritten.mutated.count == overwritten.original.count)
        #expect(Self.bytes(.removeMember, seed: seed).mutated == Self.bytes(.removeMember, seed: seed).original)
    }

    @Test("mutate applies 1 to 3 structural mutations, then at most one byte-level one; the same seed repeats it")
    func mutate() {
        let byteLevel: Set<JSONMutation> = [.spliceBytes, .truncateBytes, .overwriteBytes, .openBracketTail]
        var sawByteLevel = false
        for seed in UInt64(1)...200 {
            var random = SeededRandom(seed: seed)
            let (body, applied) = Self.mutator.mutate(FuzzJSON(Self.document), using: &random)
            let structural = applied.prefix { !byteLevel.contains($0) }
            #expect((1...3).contains(structural.count) && applied.count - structural.count <= 1, "\(applied)")
            sawByteLevel = sawByteLevel || applied.count > structural.count
            var again = SeededRandom(seed: seed)
            #expect(Self.mutator.mutate(FuzzJSON(Self.document), using: &again).body == body)
        }
        #expect(sawByteLevel)
        #expect(JSONMutation.allCases.count == 13)
    }

    @Test("case origins: an empty corpus gives random bytes only; a corpus gives mutated fixtures with their mutations, random JSON and bytes without")
    func origins() {
        var empty = DecoderFuzzCampaign(corpus: [], seed: 7)
        #expect((0..<50).map { _ in empty.nextCase().origin }.allSatisfy { $0 == DecoderFuzzCase.Origin.randomBytes })
        var campaign = DecoderFuzzCampaign(corpus: [FuzzJSON(Self.document).data], seed: 7)
        var seen: [DecoderFuzzCase.Origin: Int] = [:]
        for index in 0..<1_000 {
            let fuzzCase = campaign.nextCase()
            #expect(fuzzCase.index == index)
            seen[fuzzCase.origin, default: 0] += 1
            #expect(fuzzCase.mutations.isEmpty == (fuzzCase.origin != .mutatedFixture), "\(fuzzCase.origin) \(fuzzCase.mutations)")
        }
        #expect(Set(seen.keys) == [.mutatedFixture, .randomJSON, .randomBytes])
        #expect(seen[.mutatedFixture, default: 0] > 800)
        #expect(DecoderFuzzCase.Origin.mutatedFixture.rawValue == "mutatedFixture")
    }
}
