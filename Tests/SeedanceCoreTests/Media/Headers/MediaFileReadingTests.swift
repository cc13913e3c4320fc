import Foundation
import SeedanceCore
import Testing

/// `MediaInspector.inspect(fileAt:)`: a movie whose `moov` follows a 50 MB `mdat` is read by seeking, touching only
/// box headers and `moov` (`bytesRead` counts every byte handed to the parsers); files are told apart by their
/// bytes, never their names; a `moov` beyond the cap and unreadable files are typed errors.
@Suite("Media files read by seeking")
struct MediaFileReadingTests {
    static let field = "referenceVideos[1]"

    /// A fresh temporary file named `name` holding `prefix`, then `gap` zero bytes (sparse), then `suffix`.
    static func file(_ name: String, _ prefix: [UInt8], gap: Int = 0, _ suffix: [UInt8] = []) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("media-headers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(prefix).write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(prefix.count + gap))
        if suffix.isEmpty { try handle.truncate(atOffset: UInt64(prefix.count + gap)) } else { try handle.write(contentsOf: suffix) }
        return url
    }

    static func remove(_ url: URL) { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }

    @Test("moov after a 50 MB mdat (32- and 64-bit sizes): exact values, and only headers and moov are read", arguments: [false, true])
    func moovAfterLargeMediaData(largeSize: Bool) throws {
        let mediaBytes = 50_000_000
        let mdatHeader =
            largeSize
            ? MovieBytes.be32(1) + MovieBytes.ascii("mdat") + MovieBytes.be64(UInt64(16 + mediaBytes))
            : MovieBytes.be32(UInt32(8 + mediaBytes)) + MovieBytes.ascii("mdat")
        let audio = MovieBytes.Track(handler: "soun", entry: "mp4a", timescale: 44_100, sampleCount: 1000, sampleDelta: 1024, sampleRate: 44_100)
        let video = MovieBytes.Track(entry: "hvc1", width: 1920, height: 1080, timescale: 60_000, sampleCount: 900, sampleDelta: 1000)
        let moov = MovieBytes.moov(MovieBytes.mvhd(timescale: 600, duration: 9_000), [audio, video])
        let ftyp = MovieBytes.ftyp("isom", ["isom", "mp42"])
        let url = try Self.file("clip.mp4", ftyp + mdatHeader, gap: mediaBytes, moov)
        defer { Self.remove(url) }

        let info = try MediaInspector.inspect(fileAt: url, field: Self.field, provider: "test")
        #expect(info.format == .mp4 && info.videoCodec == .h265 && info.audioCodec == .aac)
        #expect(info.durationSeconds == 15.0 && info.framesPerSecond == 60)
        #expect(info.width == 1920 && info.height == 1080 && info.pixelCount == 2_073_600)
        #expect(info.sampleRate == 44_100 && info.channels == 2)
        #expect(info.byteCount == ftyp.count + mdatHeader.count + mediaBytes + moov.count)
        // The first 64 bytes (format detection), one 16-byte header per top-level box, then moov's payload.
        #expect(info.bytesRead == 64 + 16 * 3 + moov.count - 8)
        #expect(info.bytesRead < 2_000)
    }

    @Test("the same bytes from Data and from a file give the same answer")
    func dataAndFileAgree() throws {
        let data = MovieBytes.mp4([MovieBytes.Track(entry: "avc1", width: 720, height: 1280)])
        let url = try Self.file("same.mp4", [UInt8](data))
        defer { Self.remove(url) }
        var fromFile = try MediaInspector.inspect(fileAt: url, field: Self.field, provider: "test")
        let fromData = try MediaInspector.inspect(data, field: Self.field, provider: "test")
        #expect(fromFile.width == 720 && fromFile.height == 1280)
        fromFile.bytesRead = fromData.bytesRead
        #expect(fromFile == fromData)
    }

    @Test("the file name is never used: MP4 bytes in a .wav file (or behind a .mov link) are an MP4")
    func nameIgnored() throws {
        let url = try Self.file("song.wav", [UInt8](MovieBytes.mp4()))
        defer { Self.remove(url) }
        #expect(try MediaInspector.inspect(fileAt: url, field: Self.field, provider: "test").format == .mp4)
        let link = url.deletingLastPathComponent().appendingPathComponent("link.mov")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: url)
        #expect(try MediaInspector.inspect(fileAt: link, field: Self.field, provider: "test").format == .mp4)
    }

    @Test("a moov over 64 MiB is refused without being read")
    func movieBoxCap() throws {
        let payload = 64 << 20 + 1
        let header = MovieBytes.ftyp("isom") + MovieBytes.be32(UInt32(8 + payload)) + MovieBytes.ascii("moov")
        let url = try Self.file("huge.mp4", header, gap: payload)
        defer { Self.remove(url) }
        let error = try #require(throws: SeedanceError.self) {
            try MediaInspector.inspect(fileAt: url, field: Self.field, provider: "test")
        }
        #expect(error.category == .invalidRequest && error.field == Self.field)
        #expect(error.value == "(\(header.count + payload) bytes of mp4)")
        #expect(error.message.contains("has a moov box of 67108873 bytes, over the 64 MiB the SDK reads"))
    }

    @Test("a missing file, a remote URL, a directory and a device are typed errors naming the field")
    func unreadable() throws {
        let missing = try #require(throws: SeedanceError.self) {
            try MediaInspector.inspect(fileAt: URL(fileURLWithPath: "/nonexistent/clip.mov"), field: Self.field, provider: "test")
        }
        #expect(missing.field == Self.field && missing.value == "(clip.mov)" && missing.message.contains("cannot be opened"))
        #expect(missing.allowed == "a readable local mp4, mov, wav or mp3 file")
        let remote = try #require(throws: SeedanceError.self) {
            try MediaInspector.inspect(fileAt: URL(string: "https://example.com/a.mp4")!, field: Self.field, provider: "test")
        }
        #expect(remote.value == "(a https URL)" && remote.message.contains("is not a local file"))
        for path in [FileManager.default.temporaryDirectory.path, "/dev/null"] {
            let special = try #require(throws: SeedanceError.self) {
                try MediaInspector.inspect(fileAt: URL(fileURLWithPath: path), field: Self.field, provider: "test")
            }
            #expect(special.field == Self.field && special.message.contains("is not a regular file"), "\(path)")
        }
    }
}
