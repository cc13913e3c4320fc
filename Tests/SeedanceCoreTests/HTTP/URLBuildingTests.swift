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
