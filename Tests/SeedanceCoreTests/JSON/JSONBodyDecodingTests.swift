import Foundation
import SeedanceCore
import Testing

/// ``DecodingErrorDescription``: the short path-and-problem text a `.decoding` error carries for a provider answer
/// that does not decode; and ``LenientTimestamp/Unit``: how a bare number in a time field is read.
@Suite("Decoding error descriptions and timestamp units", .timeLimit(.minutes(3)))
struct JSONBodyDecodingTests {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(_ name: String) { (stringValue, intValue) = (name, nil) }
        init(index: Int) { (stringValue, intValue) = ("Index \(index)", index) }
        init?(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { self.init(index: intValue) }
    }

    struct Answer: Decodable {
        struct Item: Decodable { var n: Int }
        var id: String
        var items: [Item]
    }

    @Test("each DecodingError case: the path (array indices in brackets, top level when empty) and the problem")
    func describe() {
        let nested: [any CodingKey] = [Key("data"), Key("items"), Key(index: 1)]
        let cases: [(any Error, String)] = [
            (DecodingError.keyNotFound(Key("n"), .init(codingPath: nested, debugDescription: "")), "data.items.[1].n is missing"),
            (
                DecodingError.typeMismatch(String.self, .init(codingPath: [Key("id")], debugDescription: "Expected String but found a number")),
                "id: Expected String but found a number"
            ),
            (DecodingError.valueNotFound(String.self, .init(codingPath: [], debugDescription: "")), "top level is null"),
            (DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not JSON")), "top level: not JSON"),
            (CocoaError(.fileNoSuchFile), String(describing: CocoaError(.fileNoSuchFile))),
        ]
        for (error, text) in cases {
            #expect(DecodingErrorDescription.describe(error) == text)
        }
    }

    @Test("a provider answer that does not decode is a .decoding error naming what was read and the missing path")
    func throughJSONBody() throws {
        let body = Data(#"{"id":"t-1","items":[{"n":1},{"m":2}]}"#.utf8)
        let error = try #require(throws: SeedanceError.self) { try JSONBody.decode(Answer.self, from: body, provider: "test", what: "status response") }
        #expect(error.category == .decoding && error.provider == "test")
        #expect(error.message == "could not read the status response: items.[1].n is missing")
        let typed = try #require(throws: SeedanceError.self) {
            try JSONBody.decode(Answer.self, from: Data(#"{"id":7,"items":[]}"#.utf8), what: "create response")
        }
        #expect(typed.message.hasPrefix("could not read the create response: id: "))
    }

    @Test("timestamp units: seconds, milliseconds, or automatic (milliseconds above 10^11); out-of-range numbers are none")
    func units() {
        let date = Date(timeIntervalSince1970: 1_770_000_000)
        let cases: [(JSONValue, LenientTimestamp.Unit, Date?)] = [
            (1_770_000_000, .seconds, date), (1_770_000_000_000, .milliseconds, date),
            (1_770_000_000, .automatic, date), (1_770_000_000_000, .automatic, date),
            ("1770000000", .seconds, date), (" 1770000000000 ", .milliseconds, date),
            (1_770_000, .milliseconds, Date(timeIntervalSince1970: 1_770)),
            (-1, .seconds, nil), (1e16, .milliseconds, nil), (.bool(true), .automatic, nil),
        ]
        for (json, unit, expected) in cases {
            #expect(LenientTimestamp.parse(json, unit: unit) == expected, "\(json) as \(unit)")
        }
        #expect(LenientTimestamp.parse("2026-02-02T02:40:00.5Z", unit: .seconds) == Date(timeIntervalSince1970: 1_770_000_000.5))
        #expect(LenientTimestamp.parse(nil, unit: .milliseconds) == nil)
    }
}
