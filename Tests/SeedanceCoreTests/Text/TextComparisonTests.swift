import Foundation
import SeedanceCore
import Testing

@Suite struct TextComparisonTests {
    @Test func headerNamesMatchWithoutCaseOnASCIILettersOnly() {
        #expect("Content-Type".equalsIgnoringASCIICase("content-TYPE"))
        #expect("retry-after-ms".equalsIgnoringASCIICase("Retry-After-MS"))
        #expect(!"Retry-After".equalsIgnoringASCIICase("Retry-After-Ms"))
        #expect(!"Accept".equalsIgnoringASCIICase("Accepts"))
        #expect(!"x-[".equalsIgnoringASCIICase("X-{"))
        #expect(!"É".equalsIgnoringASCIICase("é"))
        #expect("".equalsIgnoringASCIICase(""))
    }

    @Test func headersAreLookedUpAndReplacedWithoutCase() {
        var headers: SeedanceHTTPHeaders = ["Content-Type": "application/json", "X-Request-Id": "r1"]
        #expect(headers["content-type"] == "application/json")
        headers["X-REQUEST-ID"] = "r2"
        #expect(Array(headers).map(\.name) == ["Content-Type", "X-REQUEST-ID"])
        #expect(headers["x-request-id"] == "r2")
    }

    @Test func trimmingRemovesSpacesAndTabsAtBothEndsOnly() {
        #expect("  42\t".trimmingWhitespace() == "42")
        #expect("\u{00A0}\u{2003}12 34 ".trimmingWhitespace() == "12 34")
        // As `trimmingCharacters(in: .whitespaces)`: line breaks stay, so a number followed by one is not a number.
        for text in ["42\n", "\r\n7 ", " \u{2028}x\u{85}", "\u{3000}y\u{0B}"] {
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
        #expect(JSONValue.string("42\n").integerValue == nil)
        #expect(JSONValue.string(" 42\t").integerValue == 42)
        #expect("plain".trimmingWhitespace() == "plain")
        #expect(" \t ".trimmingWhitespace() == "")
        #expect("a b"[...].trimmingWhitespace() == "a b")
    }

    @Test func utf8IsValidatedWithoutFoundation() {
        #expect(String(validatingUTF8Bytes: Array("café 😀".utf8)) == "café 😀")
        #expect(String(validatingUTF8Bytes: [0x61, 0xFF]) == nil)
        #expect(String(validatingUTF8Bytes: [0xC3]) == nil)
        #expect(String(validatingUTF8Bytes: [0xED, 0xA0, 0x80]) == nil)
        #expect(String(validatingUTF8Bytes: [UInt8]()) == "")
    }
}
