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

    @Test func trimmingRemovesUnicodeWhiteSpaceAtBothEndsOnly() {
        #expect("  42\t".trimmingWhitespace() == "42")
        #expect("\u{00A0}\u{2003}12 34\r\n".trimmingWhitespace() == "12 34")
        #expect("plain".trimmingWhitespace() == "plain")
        #expect(" \t\n ".trimmingWhitespace() == "")
        #expect("a b"[...].trimmingWhitespace() == "a b")
    }
}
