import Foundation
import SeedanceCore
import Testing

@Suite struct URLBuildingTests {
    @Test func aTaskIDCannotLeaveItsPathSegment() throws {
        let base = URL(string: "https://api.example.com/v3/")!
        let url = try URLBuilding.url(base, path: ["task", "a/b?c=d#e f..~-._é"], query: [("task id", "x&y=z")], provider: "p")
        #expect(url.absoluteString == "https://api.example.com/v3/task/a%2Fb%3Fc%3Dd%23e%20f..~-._%C3%A9?task%20id=x%26y%3Dz")
    }

    @Test func emptyAndDotSegmentsAreRefused() {
        for segment in ["", ".", ".."] {
            #expect(throws: SeedanceError.self) { try URLBuilding.url(URL(string: "https://h.example")!, path: [segment], provider: "p") }
        }
    }

    /// Every scalar up to U+02FF and a few beyond, alone and inside text: the same bytes Foundation's
    /// `addingPercentEncoding` gives for the unreserved set.
    @Test func escapesAsFoundationDoes() {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        var samples = (1...0x2FF).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
        samples += ["中文", "😀", "cgt-2026 12:00", "a%20b", "\u{10FFFF}", "plain-ID_1.2~3"]
        for sample in samples + samples.map({ "id-\($0)-end" }) {
            #expect(URLBuilding.escape(sample) == sample.addingPercentEncoding(withAllowedCharacters: unreserved), "\(sample.debugDescription)")
        }
    }
}

/// Percent-decoding, with the hex digits of `HexDigits`.
@Suite struct URLUnescapeTests {
    @Test func decodesAsRemovingPercentEncodingDoes() {
        let samples = [
            "plain", "a%20b", "%2Fv3%2Ftask", "caf%C3%A9", "%E4%B8%AD", "%F0%9F%98%80", "100%", "%2", "%zz", "%C3", "%FF", "a%2fb%2F",
            "%%", "x%41y", "", "%00", "+space+", "%e4%b8%ad",
        ]
        for sample in samples {
            #expect(URLBuilding.unescape(sample) == sample.removingPercentEncoding, "\(sample)")
        }
        #expect(URLBuilding.unescape("a%2Fb%3Fc") == "a/b?c")
        #expect(URLBuilding.unescape("%zz") == nil)
    }

    @Test func undoesEscape() {
        for text in ["a/b?c=d#e f", "中文 😀", "~-._", "%"] {
            #expect(URLBuilding.unescape(URLBuilding.escape(text)) == text)
        }
    }
}
