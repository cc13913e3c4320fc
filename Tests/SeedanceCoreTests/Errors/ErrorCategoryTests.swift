import Foundation
import SeedanceCore
import Testing

/// `SeedanceError.Category` is an open set (a struct): a `switch` needs `default`, matching ignores a rate limit's
/// hint, and the stored form is the one earlier versions wrote.
@Suite struct ErrorCategoryTests {
    /// A `SeedanceErrorRecord` as the enum-based version wrote it into a journal or a database row.
    private let oldRecord =
        #"{"attempts":2,"category":{"name":"rateLimited","retryAfterSeconds":5},"httpStatus":429,"message":"slow down","provider":"byteplus","providerCode":"TooManyRequests","taskID":"cgt-1"}"#

    @Test func anOldRecordDecodesToTheSameValuesAndEncodesBackByteForByte() throws {
        let record = try JSONDecoder().decode(SeedanceErrorRecord.self, from: Data(oldRecord.utf8))
        #expect(record.category == .rateLimited(retryAfter: .seconds(5)))
        #expect(record.category.retryAfter == .seconds(5) && record.category.name == "rateLimited")
        #expect(record.httpStatus == 429 && record.providerCode == "TooManyRequests" && record.taskID == "cgt-1" && record.attempts == 2)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(String(decoding: try encoder.encode(record), as: UTF8.self) == oldRecord)
        #expect(String(decoding: try encoder.encode(SeedanceError.Category.outcomeUnknown), as: UTF8.self) == #"{"name":"outcomeUnknown"}"#)
    }

    @Test func everyKnownCategoryRoundTripsUnderItsOwnName() throws {
        for category in SeedanceError.Category.known {
            let json = try JSONEncoder().encode(category)
            #expect(String(decoding: json, as: UTF8.self) == #"{"name":"\#(category.name)"}"#)
            #expect(try JSONDecoder().decode(SeedanceError.Category.self, from: json) == category)
        }
        #expect(Set(SeedanceError.Category.known.map(\.name)).count == 16)
    }

    @Test func aCategoryFromALaterVersionDecodesAndIsNotRetried() throws {
        let category = try JSONDecoder().decode(SeedanceError.Category.self, from: Data(#"{"name":"quotaPaused","retryAfterSeconds":9}"#.utf8))
        #expect(category.name == "quotaPaused" && category.retryAfter == nil)  // only a rate limit carries a hint
        #expect(!category.isRetryableByDefault)
        #expect(!SeedanceError.Category.known.contains(category))
    }

    @Test func aSwitchMatchesARateLimitWhateverItsHintAndEqualityComparesTheHint() {
        func branch(_ category: SeedanceError.Category) -> String {
            switch category {
            case .rateLimited: "rate limited"
            case .outcomeUnknown: "reconcile"
            default: "other"
            }
        }
        #expect(branch(.rateLimited(retryAfter: .seconds(5))) == "rate limited")
        #expect(branch(.rateLimited) == "rate limited")
        #expect(branch(.outcomeUnknown) == "reconcile")
        #expect(branch(.shutdown) == "other")
        #expect(SeedanceError.Category.rateLimited(retryAfter: .seconds(5)) != .rateLimited)
        #expect(SeedanceError.Category.rateLimited(retryAfter: nil) == .rateLimited)
        #expect(SeedanceError.Category.rateLimited(retryAfter: .seconds(5)).isSameKind(as: .rateLimited))
        #expect(SeedanceError.Category.rateLimited(retryAfter: .seconds(2)).description == "rateLimited(retryAfter: 2.0 seconds)")
        #expect(SeedanceError(category: .rateLimited(retryAfter: .seconds(2)), message: "m").description == "SeedanceError.rateLimited: m")
    }
}
