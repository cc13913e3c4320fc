import Foundation
import SeedanceCore
import SeedanceTestSupport
import Testing

/// `RequestValidator.checkImage` on every image limit, with a model built here: jpeg/png/webp, under 10,000 bytes,
/// 300–6000 px a side, width ÷ height strictly within (0.4, 2.5).
@Suite("Image validation")
struct ImageValidationTests {
    static func validator(acceptsInline: Bool = true) -> RequestValidator {
        let images = ImageConstraints(
            formats: [.jpeg, .png, .webp], maxBytes: 10_000, sideRange: 300...6000, aspectBounds: (0.4, 2.5),
            acceptsInline: acceptsInline, maxImages: 2)
        let model = ModelCapabilities(
            id: "test-model", displayName: "Test", supportedFields: [.prompt, .firstFrame, .lastFrame], resolutions: [.p720],
            aspectRatios: [.r16x9], durations: .range(4...12), images: images)
        return RequestValidator(provider: "test", model: model)
    }

    /// A PNG whose IHDR says `width`×`height`, padded to `byteCount` bytes (the inspector reads only the header).
    static func png(_ width: Int, _ height: Int, byteCount: Int = 100) -> Data {
        var data = Fixtures.data("images/png-1x1.png").prefix(33)
        let be32 = { (value: Int) in [24, 16, 8, 0].map { UInt8(value >> $0 & 0xFF) } }
        data.replaceSubrange(16..<24, with: be32(width) + be32(height))
        data.append(Data(count: max(0, byteCount - data.count)))
        return data
    }

    static func rejection(_ image: MediaInput, field: String = "firstFrame", acceptsInline: Bool = true) throws -> SeedanceError {
        try #require(throws: SeedanceError.self) { try validator(acceptsInline: acceptsInline).checkImage(image, field: field) }
    }

    @Test("images within every limit pass, at the edges too", arguments: [(300, 300), (6000, 6000), (1280, 720), (401, 1000), (2499, 1000)])
    func accepted(size: (Int, Int)) throws {
        try Self.validator().checkImage(.data(Self.png(size.0, size.1)), field: "firstFrame")
        try Self.validator().validate(VideoRequest(prompt: "p", firstFrame: .data(Self.png(size.0, size.1)), lastFrame: .data(Self.png(size.0, size.1))))
    }

    @Test("a side under 300 px is refused", arguments: [(299, 400), (400, 299), (1, 1)])
    func tooSmall(size: (Int, Int)) throws {
        let error = try Self.rejection(.data(Self.png(size.0, size.1)))
        #expect(error.category == .invalidRequest && error.field == "firstFrame")
        #expect(error.value == "of \(size.0)×\(size.1) px" && error.allowed == "300…6000 px per side")
        #expect(error.model == "test-model" && error.provider == "test")
    }

    @Test("a side over 6000 px is refused", arguments: [(6001, 6000), (6000, 6001)])
    func tooLarge(size: (Int, Int)) throws {
        let error = try Self.rejection(.data(Self.png(size.0, size.1)), field: "lastFrame")
        #expect(error.field == "lastFrame" && error.value == "of \(size.0)×\(size.1) px")
    }

    @Test("an aspect ratio outside (0.4, 2.5) is refused, the bounds themselves included", arguments: [(400, 1000), (2500, 1000), (300, 760), (5000, 1000)])
    func badRatio(size: (Int, Int)) throws {
        let error = try Self.rejection(.data(Self.png(size.0, size.1)))
        #expect(error.value?.hasPrefix("with aspect ratio") == true)
        #expect(error.allowed == "width ÷ height strictly between 0.4 and 2.5")
    }

    @Test("too many bytes is refused")
    func tooManyBytes() throws {
        let error = try Self.rejection(.data(Self.png(1280, 720, byteCount: 10_000)))
        #expect(error.value == "of 10000 bytes" && error.allowed == "less than 10000 bytes")
        try Self.validator().checkImage(.data(Self.png(1280, 720, byteCount: 9_999)), field: "firstFrame")
    }

    @Test("a format not in the model's list is refused, in bytes and in a URL's extension")
    func formatNotListed() throws {
        let error = try Self.rejection(.data(Fixtures.data("images/gif-33x21.gif")))
        #expect(error.value == "gif" && error.allowed == "jpeg, png, webp")
        let url = try #require(URL(string: "https://example.com/frame.BMP"))
        let urlError = try Self.rejection(.url(url))
        #expect(urlError.message.contains("has a format that is not accepted"))
    }

    @Test("inline images are refused where the dialect takes URLs only, as bytes and as data URLs")
    func inlineNotAccepted() throws {
        let bytes = try Self.rejection(.data(Self.png(1280, 720)), acceptsInline: false)
        #expect(bytes.message.contains("takes image URLs only") && bytes.allowed == "http or https URLs")
        let dataURL = try #require(URL(string: DataURL.make(bytes: Self.png(1280, 720), format: .png)))
        let inline = try Self.rejection(.url(dataURL), acceptsInline: false)
        #expect(inline.value == "(a data URL)" && inline.message.contains("takes image URLs only"))
        let remote = try #require(URL(string: "https://example.com/frame.png"))
        try Self.validator(acceptsInline: false).checkImage(.url(remote), field: "firstFrame")
    }

    @Test("a data URL with an uppercase format is refused; the lowercase one passes")
    func uppercaseDataURL() throws {
        let payload = Self.png(1280, 720).base64EncodedString()
        let upper = try #require(URL(string: "data:image/PNG;base64," + payload))
        let error = try Self.rejection(.url(upper))
        #expect(error.value == "data:image/PNG" && error.allowed == "a lowercase format name (data:image/png;base64,…)")
        let lower = try #require(URL(string: "data:image/png;base64," + payload))
        try Self.validator().checkImage(.url(lower), field: "firstFrame")
    }

    @Test("a truncated header and an unread file are refused")
    func unreadable() throws {
        let truncated = try Self.rejection(.data(Self.png(1280, 720).prefix(22)))
        #expect(truncated.message.contains("truncated"))
        let file = try Self.rejection(.file(URL(fileURLWithPath: "/tmp/x.png")))
        #expect(file.message.contains("was not read before validation"))
    }
}
