import Foundation
import Testing
import SeedanceCore

@Suite struct LenientJSONTests {
    struct Probe: Decodable {
        var n: LenientInt?
        var d: LenientDouble?
        var s: LenientString?
        var e: ProviderErrorPayload?
    }

    func probe(_ json: String) throws -> Probe { try JSONDecoder().decode(Probe.self, from: Data(json.utf8)) }

    @Test func integersAcceptNumbersAndNumericStrings() throws {
        #expect(try probe(#"{"n": 5}"#).n?.value == 5)
        #expect(try probe(#"{"n": "12"}"#).n?.value == 12)
        #expect(try probe(#"{"n": 4294967295}"#).n?.value == 4_294_967_295)
        #expect(throws: DecodingError.self) { try probe(#"{"n": "five"}"#) }
        #expect(throws: DecodingError.self) { try probe(#"{"n": 2.5}"#) }
    }

    @Test func stringsAcceptNumbersAndKeepLeadingZerosWhenSentAsText() throws {
        #expect(try probe(#"{"s": "003015003"}"#).s?.value == "003015003")
        #expect(try probe(#"{"s": 3015003}"#).s?.value == "3015003")
        #expect(ProviderCode("3015003").matches("003015003"))
        #expect(!ProviderCode("3015004").matches("003015003"))
    }

    @Test func errorsAcceptStringOrObject() throws {
        #expect(try probe(#"{"e": "bad key"}"#).e == ProviderErrorPayload(code: nil, message: "bad key"))
        #expect(
            try probe(#"{"e": {"code": "003015095", "error_message": "Internal generation error"}}"#).e
                == ProviderErrorPayload(code: "003015095", message: "Internal generation error"))
        #expect(try probe(#"{"e": {"code": 123, "message": "m"}}"#).e == ProviderErrorPayload(code: "123", message: "m"))
        #expect(throws: DecodingError.self) { try probe(#"{"e": 7}"#) }
    }

    @Test func timestampsInEveryUnit() {
        let expected = Date(timeIntervalSince1970: 1_704_067_200)
        #expect(LenientTimestamp.parse(.integer(1_704_067_200)) == expected)
        #expect(LenientTimestamp.parse(.integer(1_704_067_200_000)) == expected)
        #expect(LenientTimestamp.parse(.string("1704067200000"), unit: .milliseconds) == expected)
        #expect(LenientTimestamp.parse(.string("2024-01-01T00:00:00Z")) == expected)
        #expect(LenientTimestamp.parse(.string("2024-01-01T00:00:00.000Z")) == expected)
        #expect(LenientTimestamp.parse(.string("yesterday")) == nil)
        #expect(LenientTimestamp.parse(.null) == nil)
    }

    @Test func embeddedJSONIsDecodedTwice() throws {
        struct Inner: Decodable, Sendable { var resultUrls: [String] }
        struct Outer: Decodable { var resultJson: EmbeddedJSON<Inner> }
        let outer = try JSONDecoder().decode(Outer.self, from: Data(#"{"resultJson": "{\"resultUrls\":[\"https://cdn/a.mp4\"]}"}"#.utf8))
        #expect(outer.resultJson.value.resultUrls == ["https://cdn/a.mp4"])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Outer.self, from: Data(#"{"resultJson": "{not json"}"#.utf8)) }
    }

    @Test func bodiesAreEncodedWithSortedKeysAndUnescapedSlashes() throws {
        let body = try JSONBody.encode(["b": JSONValue.string("https://x/y"), "a": 1])
        #expect(String(decoding: body, as: UTF8.self) == #"{"a":1,"b":"https://x/y"}"#)
    }
}
