import Foundation
import SeedanceCore
import SeedanceTestSupport
import Testing

/// Format and size read from real small files of every format (see `Fixtures/images/README.md`).
@Suite("Image headers")
struct ImageHeaderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var format: ImageFormat
        var width: Int
        var height: Int
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "png-1x1.png", format: .png, width: 1, height: 1),
        Case(file: "png-37x23.png", format: .png, width: 37, height: 23),
        Case(file: "jpeg-1x1.jpg", format: .jpeg, width: 1, height: 1),
        Case(file: "jpeg-baseline-64x48.jpg", format: .jpeg, width: 64, height: 48),
        Case(file: "jpeg-progressive-48x32.jpg", format: .jpeg, width: 48, height: 32),
        Case(file: "jpeg-exif-80x60.jpg", format: .jpeg, width: 80, height: 60),
        Case(file: "webp-1x1-lossless.webp", format: .webp, width: 1, height: 1),
        Case(file: "webp-lossy-vp8-120x90.webp", format: .webp, width: 120, height: 90),
        Case(file: "webp-lossless-vp8l-70x50.webp", format: .webp, width: 70, height: 50),
        Case(file: "webp-extended-vp8x-90x60.webp", format: .webp, width: 90, height: 60),
        Case(file: "gif-33x21.gif", format: .gif, width: 33, height: 21),
        Case(file: "bmp-bottomup-31x17.bmp", format: .bmp, width: 31, height: 17),
        Case(file: "bmp-topdown-31x17.bmp", format: .bmp, width: 31, height: 17),
        Case(file: "bmp-core-12x10.bmp", format: .bmp, width: 12, height: 10),
        Case(file: "tiff-le-short-45x35.tif", format: .tiff, width: 45, height: 35),
        Case(file: "tiff-be-long-50x40.tif", format: .tiff, width: 50, height: 40),
        Case(file: "heic-real-64x48.heic", format: .heic, width: 64, height: 48),
        Case(file: "heic-synthetic-1920x1080.heic", format: .heic, width: 1920, height: 1080),
    ]

    @Test("reads the format and size of each fixture", arguments: cases)
    func readsFixture(_ fixture: Case) throws {
        let data = Fixtures.data("images/" + fixture.file)
        let info = try ImageInspector.inspect(data, field: "firstFrame", provider: "test")
        #expect(info == ImageInfo(format: fixture.format, width: fixture.width, height: fixture.height, byteCount: data.count))
    }

    @Test("reads a fixture from a Data slice that does not start at index 0", arguments: cases)
    func readsSlice(_ fixture: Case) throws {
        let padded = Data([1, 2, 3]) + Fixtures.data("images/" + fixture.file)
        let slice = padded[padded.startIndex + 3..<padded.endIndex]
        let info = try ImageInspector.inspect(slice, field: "firstFrame", provider: "test")
        #expect(info.format == fixture.format && info.width == fixture.width && info.height == fixture.height)
    }

    @Test("detects the format from the bytes, whatever the file is called", arguments: cases)
    func detectionIgnoresExtension(_ fixture: Case) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("media-ext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let misleading = directory.appendingPathComponent(fixture.format == .gif ? "photo.png" : "photo.gif")
        try Fixtures.data("images/" + fixture.file).write(to: misleading)
        let resolved = try MediaInput.file(misleading).resolved(field: "firstFrame", provider: "test")
        guard case .data(let bytes) = resolved else { Issue.record("a file resolves to bytes"); return }
        #expect(ImageInspector.detectFormat(bytes) == fixture.format)
        let wire = try resolved.wireString(field: "firstFrame", provider: "test")
        #expect(wire.hasPrefix("data:image/\(fixture.format.rawValue);base64,"))
    }

    @Test("every truncation of every fixture either reads the same size or throws a typed error naming the field", arguments: cases)
    func truncations(_ fixture: Case) throws {
        let data = Fixtures.data("images/" + fixture.file)
        for length in 0..<data.count {
            do {
                let info = try ImageInspector.inspect(data.prefix(length), field: "lastFrame", provider: "test")
                #expect(info.width == fixture.width && info.height == fixture.height, "prefix of \(length) bytes")
            } catch let error as SeedanceError {
                #expect(error.category == .invalidRequest && error.field == "lastFrame", "prefix of \(length) bytes: \(error)")
            }
        }
    }

    @Test("a PNG cut inside IHDR is reported as truncated, naming the field and the format")
    func truncatedPNG() throws {
        let data = Fixtures.data("images/png-37x23.png").prefix(20)
        let error = try #require(throws: SeedanceError.self) { try ImageInspector.inspect(data, field: "firstFrame", provider: "test") }
        #expect(error.category == .invalidRequest)
        #expect(error.field == "firstFrame")
        #expect(error.value == "(20 bytes of png)")
        #expect(error.message.contains("truncated in the PNG IHDR chunk"))
    }

    @Test("a JPEG that ends before its frame header is an error, not a guess")
    func jpegWithoutFrame() throws {
        let full = Fixtures.data("images/jpeg-exif-80x60.jpg")
        let sofStart = try #require(Self.range(of: [0xFF, 0xFF, 0xFF, 0xC0], in: full))
        let error = try #require(throws: SeedanceError.self) {
            try ImageInspector.inspect(full.prefix(sofStart), field: "firstFrame", provider: "test")
        }
        #expect(error.message.contains("truncated in the JPEG marker segments"))
        let scanFirst = Data([0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0xFF, 0xD9])
        let scanError = try #require(throws: SeedanceError.self) { try ImageInspector.inspect(scanFirst, field: "firstFrame", provider: "test") }
        #expect(scanError.message.contains("no frame header before the image data"))
    }

    @Test("zero sizes and unknown chunks are malformed")
    func malformedHeaders() throws {
        var png = Fixtures.data("images/png-1x1.png")
        png.replaceSubrange(16..<20, with: [0, 0, 0, 0])
        #expect(throws: SeedanceError.self) { try ImageInspector.inspect(png, field: "f", provider: "test") }
        var webp = Fixtures.data("images/webp-1x1-lossless.webp")
        webp.replaceSubrange(12..<16, with: Array("ALPH".utf8))
        let error = try #require(throws: SeedanceError.self) { try ImageInspector.inspect(webp, field: "f", provider: "test") }
        #expect(error.message.contains("unknown first chunk \"ALPH\""))
        var bmp = Fixtures.data("images/bmp-core-12x10.bmp")
        bmp.replaceSubrange(14..<18, with: [99, 0, 0, 0])
        #expect(throws: SeedanceError.self) { try ImageInspector.inspect(bmp, field: "f", provider: "test") }
    }

    @Test("bytes of no known format are refused, naming the field")
    func unknownFormat() throws {
        let error = try #require(throws: SeedanceError.self) {
            try ImageInspector.inspect(Data("<html>not an image</html>".utf8), field: "firstFrame", provider: "test")
        }
        #expect(error.category == .invalidRequest && error.field == "firstFrame")
        #expect(error.message.contains("is not a recognised image"))
        #expect(ImageInspector.detectFormat(Data()) == nil)
    }

    static func range(of needle: [UInt8], in data: Data) -> Int? {
        let bytes = [UInt8](data)
        guard bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle }
    }
}
