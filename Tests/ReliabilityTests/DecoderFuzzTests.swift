import Foundation
import Seedance
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The seeded decoder fuzz campaign: every dialect's response fixtures mutated (members removed, types swapped,
/// strings truncated or replaced, extreme numbers, deep nesting, duplicate keys, spliced / truncated / overwritten
/// bytes), plus random JSON and random bytes, under HTTP 200 and error statuses, through every parse function.
/// A crash ends the test process; every other broken promise is a recorded violation (see ``DecoderFuzzHarness``).
@Suite("Decoder fuzzing")
struct DecoderFuzzTests {
    /// 5 dialects × 2 shards × 8,000 = 80,000 random cases; with the ~29,000 exhaustive cases of
    /// `DecoderEdgeCaseTests` the suite runs over 100,000. `SEEDANCE_FUZZ_CASES_PER_SHARD` overrides the count for a
    /// longer local run (a longer run extends the same seeded streams).
    static let casesPerShard = ProcessInfo.processInfo.environment["SEEDANCE_FUZZ_CASES_PER_SHARD"].flatMap(Int.init) ?? 8_000
    static let shards = 0..<2

    @Test("80,000 seeded fuzz cases: no crash, only SeedanceError, task ids kept, non-empty ids", arguments: FuzzedDialect.all, shards)
    func campaign(_ subject: FuzzedDialect, shard: Int) throws {
        let corpus = subject.responseFixtures
        try #require(corpus.count >= 4, "the \(subject.folder) fixtures are missing")
        let seed = subject.seed &+ UInt64(shard) &* 0x1_0000_0000
        var campaign = DecoderFuzzCampaign(corpus: corpus.map(\.data), seed: seed)
        let harness = DecoderFuzzHarness(dialect: subject.dialect)
        var tally = DecoderFuzzTally()
        for _ in 0..<Self.casesPerShard {
            let fuzzCase = campaign.nextCase()
            tally.record(harness.run(fuzzCase), for: fuzzCase, label: "\(subject.name) seed \(seed)")
        }
        #expect(tally.cases == Self.casesPerShard)
        #expect(tally.violationCount == 0, "\(tally.violationCount) violations; first:\n\(tally.violations.joined(separator: "\n"))")
        // The campaign reaches both sides of every parser: some mutated answers still parse, most are refused.
        #expect(tally.count(.status, "value") + tally.count(.status, "value (other id)") > Self.casesPerShard / 50, "\(tally.table)")
        #expect(tally.count(.status, "decoding") > Self.casesPerShard / 50, "\(tally.table)")
        #expect(tally.count(.create, "value") > Self.casesPerShard / 100, "\(tally.table)")
        #expect(tally.origins[.randomBytes, default: 0] > 0 && tally.origins[.randomJSON, default: 0] > 0)
    }

    @Test("Every fixture unmutated parses without a violation", arguments: FuzzedDialect.all)
    func fixturesAsGiven(_ subject: FuzzedDialect) {
        let harness = DecoderFuzzHarness(dialect: subject.dialect)
        for fixture in subject.responseFixtures {
            for status in [200, 400, 429, 500] {
                let fuzzCase = DecoderFuzzCase(body: fixture.data, httpStatus: status)
                let report = harness.run(fuzzCase)
                #expect(report.violations.isEmpty, "\(subject.name) \(fixture.name) HTTP \(status): \(report.violations)")
            }
        }
    }

    @Test("A campaign is deterministic: the same seed gives the same cases, another seed other cases")
    func determinism() {
        let corpus = FuzzedDialect.all[0].responseFixtures.map(\.data)
        var first = DecoderFuzzCampaign(corpus: corpus, seed: 42)
        var second = DecoderFuzzCampaign(corpus: corpus, seed: 42)
        var other = DecoderFuzzCampaign(corpus: corpus, seed: 43)
        var differing = 0
        for _ in 0..<500 {
            let (a, b, c) = (first.nextCase(), second.nextCase(), other.nextCase())
            #expect(a.body == b.body && a.httpStatus == b.httpStatus && a.headers == b.headers && a.mutations == b.mutations)
            if a.body != c.body { differing += 1 }
        }
        #expect(differing > 400)
    }

    @Test("FuzzJSON writes a fixture back as the same JSON document", arguments: FuzzedDialect.all)
    func fuzzJSONRoundTrip(_ subject: FuzzedDialect) throws {
        for fixture in subject.responseFixtures {
            let json = try JSONDecoder().decode(JSONValue.self, from: fixture.data)
            #expect(JSONAssert.same(FuzzJSON(json).data, json), "\(fixture.name)")
        }
    }
}
