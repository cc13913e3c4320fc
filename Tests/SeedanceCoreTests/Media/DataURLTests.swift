import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The exact strings images become on the wire.
@Suite("Data URLs and wire strings")
struct DataURLTests {
    @Test("bytes become a data URL with the lowercase detected format and standard base64")
    func exactDataURL() throws {
        let png = Fixtures.data("images/png-1x1.png")
        let wire = try MediaInput.data(png).wireString(field: "firstFrame", provider: "test")
        #expect(wire == "data:image/png;base64," + png.base64EncodedString())
        #expect(wire.hasPrefix("data:image/png;base64,iVBORw0KGgo"))
        let webp = try MediaInput.data(Fixtures.data("images/webp-1x1-lossless.webp")).wireString(field: "firstFrame", provider: "test")
        #expect(webp == "data:image/webp;base64,UklGRhgAAABXRUJQVlA4TAwAAAAvAAAAAChggQrc/wA=")
    }

    @Test("the base64 writer matches Foundation for every length 0…200 and every tail")
    func base64MatchesFoundation() {
        var random = SeededRandom(seed: 42)
        let bytes = Data((0..<200).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        for length in 0...200 {
            let slice = bytes.prefix(length)
            #expect(DataURL.make(bytes: slice, format: .jpeg) == "data:image/jpeg;base64," + slice.base64EncodedString(), "length \(length)")
        }
    }

    @Test("http and https URLs pass through untouched")
    func urlsPassThrough() throws {
        let url = try #require(URL(string: "https://example.com/images/first%20frame.PNG?sig=a/b"))
        #expect(try MediaInput.url(url).wireString(field: "firstFrame", provider: "test") == "https://example.com/images/first%20frame.PNG?sig=a/b")
        let http = try #require(URL(string: "http://example.com/a.jpg"))
        #expect(try MediaInput.url(http).wireString(field: "firstFrame", provider: "test") == "http://example.com/a.jpg")
    }

    @Test("other URL schemes and unread files are refused, naming the field")
    func refusedInputs() throws {
        let ftp = try #require(URL(string: "ftp://example.com/a.png"))
        let error = try #require(throws: SeedanceError.self) { try MediaInput.url(ftp).wireString(field: "lastFrame", provider: "test") }
        #expect(error.category == .invalidRequest && error.field == "lastFrame" && error.value == "ftp://example.com/a.png")
        let file = URL(fileURLWithPath: "/tmp/never-read.png")
        let fileError = try #require(throws: SeedanceError.self) { try MediaInput.file(file).wireString(field: "firstFrame", provider: "test") }
        #expect(fileError.field == "firstFrame" && fileError.message.contains("was not read before encoding"))
        let missing = try #require(throws: SeedanceError.self) {
            try MediaInput.file(URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString).png")).resolved(field: "firstFrame", provider: "test")
        }
        #expect(missing.message.contains("cannot be read"))
    }

    @Test("corrupt bytes are refused before any data URL is built")
    func corruptBytes() throws {
        let truncated = Fixtures.data("images/jpeg-exif-80x60.jpg").prefix(30)
        let error = try #require(throws: SeedanceError.self) { try MediaInput.data(truncated).wireString(field: "firstFrame", provider: "test") }
        #expect(error.category == .invalidRequest && error.field == "firstFrame")
        #expect(!error.description.contains("base64"))
    }
}
