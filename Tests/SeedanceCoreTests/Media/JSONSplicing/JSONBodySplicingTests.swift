import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// `JSONBody.encode` must write exactly what `JSONEncoder` (sorted keys, unescaped slashes) writes, whether or not
/// it splices long strings in by hand.
@Suite("JSON body splicing")
struct JSONBodySplicingTests {
    /// The reference: the plain `JSONEncoder` path.
    static func slowPath(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// A wire body shaped like the content-array dialects'.
    struct WireBody: Encodable {
        struct Item: Encodable {
            var type: String
            var text: String?
            var image_url: ImageURL?
            var role: String?
        }

        struct ImageURL: Encodable { var url: String }

        var model: String
        var content: [Item]
        var duration: Int?
        var seed: Int64?
        var ratio: Double?
        var watermark: Bool?
        var callback_url: URL?
    }

    static func body(first: String, last: String?) -> WireBody {
        var content = [
            WireBody.Item(type: "text", text: "a \"quoted\" line\nwith a slash / and ünïcode"),
            WireBody.Item(type: "image_url", image_url: .init(url: first), role: "first_frame"),
        ]
        if let last { content.append(WireBody.Item(type: "image_url", image_url: .init(url: last), role: "last_frame")) }
        return WireBody(
            model: "seedance-1-5-pro-251215", content: content, duration: 5, seed: -1, ratio: 0.1, watermark: false,
            callback_url: URL(string: "https://example.com/hook?a=1&b=2"))
    }

    /// A PNG header (IHDR 1280×720) followed by `count` pseudo-random bytes.
    static func bigImage(_ count: Int, seed: UInt64) -> Data {
        var random = SeededRandom(seed: seed)
        var data = Fixtures.data("images/png-37x23.png").prefix(33)
        data.replaceSubrange(16..<24, with: [0, 0, 5, 0, 0, 0, 2, 0xD0])
        data.append(contentsOf: (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        return data
    }

    @Test("a small body is byte-for-byte JSONEncoder's")
    func smallBody() throws {
        let wire = try MediaInput.data(Fixtures.data("images/png-1x1.png")).wireString(field: "firstFrame", provider: "test")
        let body = Self.body(first: wire, last: "https://example.com/last.png")
        #expect(try JSONBody.encode(body) == Self.slowPath(body))
    }

    @Test("multi-MiB images are spliced: the body is JSONEncoder's, and decodes to the exact data URLs", arguments: [20_000, 3 * 1024 * 1024 + 1])
    func splicedBody(size: Int) throws {
        let first = Self.bigImage(size, seed: 1), last = Self.bigImage(size + 2, seed: 2)
        let firstURL = try MediaInput.data(first).wireString(field: "firstFrame", provider: "test")
        let lastURL = try MediaInput.data(last).wireString(field: "lastFrame", provider: "test")
        let body = Self.body(first: firstURL, last: lastURL)
        let encoded = try JSONBody.encode(body)
        #expect(encoded == (try Self.slowPath(body)))
        let parsed = JSONAssert.parse(encoded)
        #expect(parsed["content"]?[1]?["image_url"]?["url"]?.stringValue == "data:image/png;base64," + first.base64EncodedString())
        #expect(parsed["content"]?[2]?["image_url"]?["url"]?.stringValue == "data:image/png;base64," + last.base64EncodedString())
        #expect(!String(decoding: encoded, as: UTF8.self).contains("seedance-splice-"))
    }

    @Test("a [String: JSONValue] body, as the flat dialects build theirs, is spliced exactly too")
    func jsonValueBody() throws {
        let image = Self.bigImage(1 << 20, seed: 3)
        let wire = try MediaInput.data(image).wireString(field: "firstFrame", provider: "test")
        let members: [String: JSONValue] = ["model": "seedance-v1.5-pro-i2v", "image": .string(wire), "duration": 5, "camera_fixed": false]
        let encoded = try JSONBody.encode(members)
        #expect(encoded == (try Self.slowPath(members)))
        #expect(JSONAssert.parse(encoded)["image"]?.stringValue == "data:image/png;base64," + image.base64EncodedString())
    }

    @Test("long strings that need escaping, non-ASCII text and odd value types still match JSONEncoder")
    func fallbacks() throws {
        struct Odd: Encodable {
            var escaped = String(repeating: "a\"b\\c\n", count: 5_000)
            var unicode = String(repeating: "é中", count: 20_000)
            var plain = String(repeating: "x", count: 40_000)
            var nested: [[String: String]] = [["k": String(repeating: "y", count: 30_000)], [:]]
            var date = Date(timeIntervalSince1970: 1_700_000_000.25)
            var bytes = Data([0, 1, 2, 250])
            var decimal = Decimal(string: "12.50")!
            var float: Float = 0.1
            var missing: String? = nil
            var explicitNull: JSONValue = .null
            var json: JSONValue = .object(["a": .array([.integer(1), .double(1.5), .string(String(repeating: "z", count: 17_000))])])
        }
        #expect(try JSONBody.encode(Odd()) == Self.slowPath(Odd()))
        #expect(try JSONBody.encode(String(repeating: "q", count: 20_000)) == Self.slowPath(String(repeating: "q", count: 20_000)))
    }

    @Test("one character needing escaping anywhere in a long string, even in the unaligned tail, is escaped as JSONEncoder does")
    func singleEscapes() throws {
        for character in ["\u{01}", "\"", "\\", "\u{1F}", "\n", "é", "\u{7F}", "/"] {
            for position in [0, 7, 8, 9_999, 19_999, 20_000, 20_002] {
                var text = String(repeating: "A", count: 20_003)
                let index = text.index(text.startIndex, offsetBy: position)
                text.replaceSubrange(index...index, with: character)
                #expect(try JSONBody.encode(["k": text]) == Self.slowPath(["k": text]), "\(character.unicodeScalars.first!.value) at \(position)")
            }
        }
    }

    @Test("a SeedanceError thrown while encoding passes through; a non-finite number is invalidRequest")
    func errors() throws {
        struct Throwing: Encodable {
            func encode(to encoder: any Encoder) throws {
                throw SeedanceError.invalid("firstFrame", value: nil, allowed: nil, provider: "test")
            }
        }
        let passed = try #require(throws: SeedanceError.self) { try JSONBody.encode(Throwing()) }
        #expect(passed.field == "firstFrame")
        let nonFinite = try #require(throws: SeedanceError.self) { try JSONBody.encode(["ratio": Double.infinity]) }
        #expect(nonFinite.category == .invalidRequest && nonFinite.message.contains("could not be encoded as JSON"))
    }
}
