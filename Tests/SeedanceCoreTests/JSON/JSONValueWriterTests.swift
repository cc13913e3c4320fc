import Foundation
import SeedanceCore
import Testing

#if os(Linux)

/// `JSONValueWriter` must write exactly the bytes `JSONEncoder` (sorted keys, unescaped slashes) writes, and leave
/// doubles and non-ASCII keys to it.
@Suite struct JSONValueWriterTests {
    private func encoderBytes(_ value: JSONValue) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    @Test func writesATaskAnswerByteForByte() throws {
        let value: JSONValue = [
            "task": ["task_id": "t-1", "status": "TASK_STATUS_SUCCEED", "progress_percent": 100, "reason": nil, "done": true],
            "videos": [["video_url": "https://cdn.example/v.mp4?a=1&b=é"]], "note": "a \"quote\"\\ \u{8}\u{c}\n\r\t\u{1}\u{1f}\u{7f}\u{2028}",
            "B": [], "a10": [:], "a2": .integer(.min),
        ]
        let written = try #require(JSONValueWriter.sortedJSON(value))
        let expected =
            #"{"B":[],"a10":{},"a2":-9223372036854775808,"note":"a \"quote\"\\ \b\f\n\r\t\u0001\u001f"#
            + "\u{7f}\u{2028}"
            + #"","task":{"done":true,"progress_percent":100,"reason":null,"status":"TASK_STATUS_SUCCEED","task_id":"t-1"},"videos":[{"video_url":"https://cdn.example/v.mp4?a=1&b=é"}]}"#
        #expect(String(decoding: written, as: UTF8.self) == expected)
        #expect(written == (try encoderBytes(value)))
    }

    @Test func leavesDoublesAndNonASCIIKeysToJSONEncoder() {
        #expect(JSONValueWriter.sortedJSON(["eta": 0.5]) == nil)
        #expect(JSONValueWriter.sortedJSON([["ok": [1, 2.0]]]) == nil)
        #expect(JSONValueWriter.sortedJSON(["é": 1]) == nil)
        #expect(JSONValueWriter.sortedJSON(["e": "é"]) != nil)
    }

    /// 2,000 random trees (seeded) of integers, strings with every escape and non-ASCII text, ASCII keys: the same bytes
    /// as `JSONEncoder`.
    @Test func matchesJSONEncoderOnRandomValues() throws {
        var values = RandomJSON(seed: 0x5EED_0002)
        values.doubles = false
        values.asciiKeys = true
        for _ in 0..<2_000 {
            let value = values.value()
            let written = try #require(JSONValueWriter.sortedJSON(value))
            #expect(written == (try encoderBytes(value)), "\(String(decoding: written, as: UTF8.self))")
        }
    }
}
#endif
