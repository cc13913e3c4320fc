import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// `JSONValueParser` must read every document it accepts exactly as `JSONDecoder` reads it into a `JSONValue`, and
/// give up on the rest so that `JSONDecoder`'s error or reading stands.
@Suite struct JSONValueParserTests {
    private func decoderReading(_ text: String) -> JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

    @Test func readsAStatusAnswerToExactValues() throws {
        let body = #"""
            {"task": {"task_id": "t-1", "status": "TASK_STATUS_SUCCEED", "progress_percent": 100, "eta": 0.5,
             "reason": null, "done": true, "videos": [{"video_url": "https:\/\/cdn.example\/v.mp4?a=1&b=\u00e9"}],
             "title": "caf\u00e9 \ud83d\ude00 \"quoted\"\n", "big": 9223372036854775808, "neg": -12, "exp": 2.5e1}}
            """#
        let value = try #require(JSONValueParser.parse(Data(body.utf8)))
        let expected: JSONValue = [
            "task": [
                "task_id": "t-1", "status": "TASK_STATUS_SUCCEED", "progress_percent": 100, "eta": 0.5, "reason": nil, "done": true,
                "videos": [["video_url": "https://cdn.example/v.mp4?a=1&b=é"]], "title": "café 😀 \"quoted\"\n",
                "big": .double(9_223_372_036_854_775_808), "neg": -12, "exp": .integer(25),
            ]
        ]
        #expect(value == expected)
        #expect(value == decoderReading(body))
    }

    static let edgeForms: [(String, JSONValue)] = [
        ("1.0", JSONValue.integer(1)), ("1e2", .integer(100)), ("1E+2", .integer(100)), ("-0", .integer(0)), ("-0.0", .integer(0)),
        ("1e-400", .integer(0)), ("0.1", .double(0.1)), ("1e-2", .double(0.01)), ("9223372036854775807", .integer(.max)),
        ("-9223372036854775808", .integer(.min)), ("-9223372036854775809", .double(-9_223_372_036_854_775_808)),
        ("12345678901234567890123", .double(1.2345678901234568e22)),
        (#"{"a":1,"a":2}"#, ["a": 1]), (#""a\u0000b""#, .string("a\u{0}b")), (#""\/\b\f\r\t""#, .string("/\u{8}\u{c}\r\t")),
        ("  [ ]  ", .array([])), (#"{ "a" : { } }"#, ["a": .object([:])]), ("\"\u{7f}\"", .string("\u{7f}")),
    ]

    /// Number and string forms whose `JSONDecoder` reading is surprising, read the same way.
    @Test(arguments: edgeForms)
    func readsEdgeFormsAsJSONDecoderDoes(text: String, expected: JSONValue) throws {
        #expect(JSONValueParser.parse(Data(text.utf8)) == expected)
        #expect(decoderReading(text) == expected)
    }

    /// Malformed or unusual documents: the parser gives up, and `JSONInput` then answers exactly as `JSONDecoder`.
    @Test(arguments: [
        "", " ", "tru", "nul", "1 2", "[1,2,]", #"{"a":1,}"#, "01", "1.", ".5", "+1", "-", "NaN", "1e400", "-1e400", "4.421778819153695e+17",
        "9007199254740993.0", "100000000000000000000.0", "\"\\ud800\"",
        "\"\\udc00\"", "\"\\x\"", "\"\\u12\"", "\"\n\"", "\"\t\"", "\"open", "[1", #"{"a" 1}"#, #"{1:2}"#, "\u{FEFF}1",
    ])
    func givesUpWhereJSONDecoderIsTheJudge(text: String) {
        let data = Data(text.utf8)
        #expect(JSONValueParser.parse(data) == nil)
        let viaInput = Result { try JSONInput.decode(JSONValue.self, from: data) }
        let viaDecoder = Result { try JSONDecoder().decode(JSONValue.self, from: data) }
        #expect(String(describing: viaInput) == String(describing: viaDecoder))
    }

    @Test func givesUpOnInvalidUTF8InAString() {
        for body in [Data([0x22, 0xFF, 0x22]), Data([0x22, 0x5C, 0x6E, 0xC3, 0x22])] {
            #expect(JSONValueParser.parse(body) == nil)
            #expect((try? JSONInput.decode(JSONValue.self, from: body)) == nil)
        }
    }

    @Test func givesUpPastTheMaximumDepth() throws {
        let deepest = String(repeating: "[", count: JSONValue.maximumDepth) + String(repeating: "]", count: JSONValue.maximumDepth)
        let tooDeep = "[" + deepest + "]"
        #expect(JSONValueParser.parse(Data(deepest.utf8)) != nil)
        #expect(JSONValueParser.parse(Data(tooDeep.utf8)) == nil)
        // A value inside the 64th container: JSONValue's decoder refuses it, so the parser must too.
        let depth = JSONValue.maximumDepth
        for inner in [
            String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth),
            String(repeating: #"{"a":"#, count: depth) + "true" + String(repeating: "}", count: depth),
        ] {
            let data = Data(inner.utf8)
            #expect(JSONValueParser.parse(data) == nil)
            #expect((try? JSONInput.decode(JSONValue.self, from: data)) == nil)
            #expect((try? JSONDecoder().decode(JSONValue.self, from: data)) == nil)
        }
        let justInside = String(repeating: "[", count: depth - 1) + "1" + String(repeating: "]", count: depth - 1)
        #expect(JSONValueParser.parse(Data(justInside.utf8)) == (try JSONDecoder().decode(JSONValue.self, from: Data(justInside.utf8))))
    }

    /// 2,000 random documents (seeded): nested objects and arrays, escapes, non-ASCII text, integers of every size and
    /// doubles from 10^-20 to 10^15, written by `JSONEncoder` and with extra white space. The parser accepts each and agrees with `JSONDecoder`.
    @Test func agreesWithJSONDecoderOnRandomDocuments() throws {
        var documents = RandomJSON(seed: 0x5EED_0001)
        let encoder = JSONEncoder()
        for round in 0..<2_000 {
            var text = String(decoding: try encoder.encode(documents.value()), as: UTF8.self)
            if round.isMultiple(of: 2) { text = spaced(text, &documents.random) }
            let data = Data(text.utf8)
            let parsed = try #require(JSONValueParser.parse(data), "gave up on \(text)")
            #expect(parsed == (try JSONDecoder().decode(JSONValue.self, from: data)), "\(text)")
        }
    }

    /// `text` with white space after every structural character outside strings.
    private func spaced(_ text: String, _ random: inout SeededRandom) -> String {
        var out = ""
        var inString = false
        var escaped = false
        for character in text {
            out.append(character)
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if "{}[],:".contains(character) {
                out += [" ", "\n", "\t", "\r\n", ""][Int(random.next() % 5)]
            }
        }
        return out
    }
}
