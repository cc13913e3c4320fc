import Foundation
import Testing
import SeedanceAPIOrg
import SeedanceCore

@Suite struct SeedanceAPIOrgCreditTests {
    /// seedanceapi.org's documented price table, row by row: resolution, seconds, audio, credits.
    static let priceTable: [(Resolution, Int, Bool, Int)] = [
        (.p480, 4, false, 8), (.p480, 4, true, 14), (.p480, 8, false, 14), (.p480, 8, true, 28),
        (.p480, 12, false, 19), (.p480, 12, true, 38), (.p720, 4, false, 14), (.p720, 4, true, 28),
        (.p720, 8, false, 28), (.p720, 8, true, 56), (.p720, 12, false, 42), (.p720, 12, true, 84),
    ]

    @Test(arguments: priceTable)
    func everyRowOfThePriceTable(resolution: Resolution, seconds: Int, audio: Bool, credits: Int) throws {
        let request = VideoRequest(prompt: "a cat", resolution: resolution, duration: .seconds(seconds), generateAudio: audio)
        #expect(try SeedanceAPIOrg.estimatedCredits(for: request) == credits)
    }

    @Test func tableHasExactlyTwelveRows() {
        #expect(SeedanceAPIOrg.creditTable.count == 12)
    }

    /// The table is keyed by `CreditKey`: every 480p/720p × 4/8/12 s × audio combination, nothing else; a key is a
    /// value (equal fields, equal key) and the estimate is the table's entry for the request's key.
    @Test func creditKeysCoverEveryPricedCombinationOnly() throws {
        var expected: Set<SeedanceAPIOrg.CreditKey> = []
        for resolution in [Resolution.p480, .p720] {
            for seconds in [4, 8, 12] {
                for audio in [false, true] { expected.insert(SeedanceAPIOrg.CreditKey(resolution: resolution, seconds: seconds, audio: audio)) }
            }
        }
        #expect(Set(SeedanceAPIOrg.creditTable.keys) == expected)
        let key = SeedanceAPIOrg.CreditKey(resolution: .p720, seconds: 12, audio: true)
        #expect(
            key == SeedanceAPIOrg.CreditKey(resolution: .p720, seconds: 12, audio: true)
                && key != SeedanceAPIOrg.CreditKey(resolution: .p720, seconds: 12, audio: false))
        #expect(SeedanceAPIOrg.creditTable[key] == 84)
        #expect(SeedanceAPIOrg.creditTable[SeedanceAPIOrg.CreditKey(resolution: .p1080, seconds: 8, audio: false)] == nil)
        for (row, credits) in SeedanceAPIOrg.creditTable {
            let request = VideoRequest(prompt: "a cat", resolution: row.resolution, duration: .seconds(row.seconds), generateAudio: row.audio)
            #expect(try SeedanceAPIOrg.estimatedCredits(for: request) == credits, "\(row)")
        }
    }

    @Test func unsetValuesTakeTheDocumentedDefaults() throws {
        #expect(try SeedanceAPIOrg.estimatedCredits(for: VideoRequest(prompt: "a cat")) == 28)
        #expect(try SeedanceAPIOrg.estimatedCredits(for: VideoRequest(prompt: "a cat", generateAudio: true)) == 56)
        #expect(try SeedanceAPIOrg.estimatedCredits(for: VideoRequest(prompt: "a cat", resolution: .p480)) == 14)
        #expect(try SeedanceAPIOrg.estimatedCredits(for: VideoRequest(prompt: "a cat", duration: .seconds(4))) == 14)
    }

    @Test(arguments: [
        (VideoRequest(resolution: .p1080), "resolution"), (VideoRequest(duration: .seconds(5)), "duration"),
        (VideoRequest(duration: .auto), "duration"), (VideoRequest(duration: .frames(121)), "duration"),
    ])
    func unpricedValuesAreRefused(request: VideoRequest, field: String) {
        let error = #expect(throws: SeedanceError.self) { try SeedanceAPIOrg.estimatedCredits(for: request) }
        #expect(error?.category == .invalidRequest)
        #expect(error?.field == field)
        #expect(error?.provider == "seedanceapi.org")
    }
}
