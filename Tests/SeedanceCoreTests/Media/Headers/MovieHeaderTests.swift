import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// `MediaInspector` on MP4 and MOV bytes: the simulator's own MP4 writer (an independent implementation whose
/// output ffprobe accepts) and hand-built boxes for every layout the reader must handle.
@Suite("Video headers (MP4, MOV)")
struct MovieHeaderTests {
    typealias Track = MovieBytes.Track

    static func inspect(_ data: Data) throws -> MediaInfo {
        try MediaInspector.inspect(data, field: "referenceVideos[0]", provider: "test")
    }

    static func rejection(_ data: Data) throws -> SeedanceError {
        try #require(throws: SeedanceError.self) { try inspect(data) }
    }

    @Test("the simulator's MP4: H.264, 32×32, 24 fps, 1.000 s")
    func simulatorMP4() throws {
        let data = MP4Writer.mp4()
        let info = try Self.inspect(data)
        #expect(info.format == .mp4 && info.videoCodec == .h264 && info.audioCodec == nil)
        #expect(info.width == 32 && info.height == 32 && info.pixelCount == 1024)
        #expect(info.framesPerSecond == 24 && info.durationSeconds == 1.0 && !info.durationIsEstimate)
        #expect(info.byteCount == data.count)
    }

    @Test("the simulator's MP4 at 25 and 60 fps", arguments: [(25, 50, 2.0), (60, 30, 0.5), (30, 45, 1.5)])
    func simulatorFrameRates(fps: Int, frames: Int, seconds: Double) throws {
        let info = try Self.inspect(MP4Writer.mp4(width: 48, height: 32, frameCount: frames, framesPerSecond: fps))
        #expect(info.framesPerSecond == Double(fps) && info.durationSeconds == seconds)
        #expect(info.width == 48 && info.height == 32)
    }

    @Test(
        "H.265 sample entries (hvc1, hev1) and other codecs reported raw", arguments: [("hvc1", "h265"), ("hev1", "h265"), ("avc3", "h264"), ("av01", "av01")])
    func videoCodecs(entry: String, codec: String) throws {
        let info = try Self.inspect(MovieBytes.mp4([Track(entry: entry, width: 3840, height: 2160)]))
        #expect(info.videoCodec == MediaCodec(rawValue: codec))
        #expect(info.width == 3840 && info.height == 2160 && info.pixelCount == 8_294_400)
    }

    @Test("fps is the sample count over the media duration: 25, 60 and 29.97")
    func frameRates() throws {
        let cases: [(Track, Double)] = [
            (Track(timescale: 25, sampleCount: 250, sampleDelta: 1), 25),
            (Track(timescale: 15_360, sampleCount: 600, sampleDelta: 256), 60),
            (Track(timescale: 30_000, sampleCount: 300, sampleDelta: 1001), 30_000.0 / 1001),
        ]
        for (track, fps) in cases {
            let info = try Self.inspect(MovieBytes.mp4([track]))
            #expect(abs(info.framesPerSecond! - fps) < 1e-9, "\(track.timescale)")
        }
    }

    @Test("version-1 mvhd, tkhd and mdhd: 64-bit durations")
    func versionOne() throws {
        let header = MovieBytes.mvhd(version: 1, timescale: 1_000_000_000, duration: 12_345_000_000)
        let track = Track(version: 1, timescale: 1_000_000_000, sampleCount: 300, sampleDelta: 41_150_000)
        let info = try Self.inspect(Data(MovieBytes.ftyp("mp42") + MovieBytes.moov(header, [track])))
        #expect(info.durationSeconds == 12.345)
        #expect(info.width == 1280 && info.height == 720)
        #expect(abs(info.framesPerSecond! - 300 / 12.345) < 1e-9)
    }

    @Test("64-bit largesize boxes: mdat and moov")
    func largeSizes() throws {
        let moov = MovieBytes.largeBox("moov", MovieBytes.mvhd(duration: 4_000) + MovieBytes.trak(Track(entry: "hvc1")))
        let data = Data(MovieBytes.ftyp("isom") + MovieBytes.largeBox("mdat", [UInt8](repeating: 7, count: 100)) + moov)
        let info = try Self.inspect(data)
        #expect(info.videoCodec == .h265 && info.durationSeconds == 4.0 && info.width == 1280)
    }

    @Test("a last box of size 0 runs to the end of the file")
    func sizeZeroToEnd() throws {
        var moov = MovieBytes.moov(MovieBytes.mvhd(duration: 2_500), [Track()])
        moov.replaceSubrange(0..<4, with: [0, 0, 0, 0])
        let info = try Self.inspect(Data(MovieBytes.ftyp("isom") + MovieBytes.box("mdat", [0]) + moov))
        #expect(info.durationSeconds == 2.5)
    }

    @Test("MOV: with ftyp qt, and without ftyp (starting with wide, mdat, moov or free)")
    func quickTime() throws {
        let moov = MovieBytes.moov(MovieBytes.mvhd(timescale: 600, duration: 3_000), [Track(entry: "hvc1")])
        let bodies: [[UInt8]] = [
            MovieBytes.ftyp("qt  ", ["qt  "]) + moov,
            MovieBytes.box("wide", []) + MovieBytes.box("mdat", [1, 2]) + moov,
            moov + MovieBytes.box("mdat", [1, 2]),
            MovieBytes.box("free", [0, 0]) + moov,
        ]
        for body in bodies {
            let info = try Self.inspect(Data(body))
            #expect(info.format == .mov && info.videoCodec == .h265 && info.durationSeconds == 5.0)
        }
    }

    @Test("audio tracks: AAC, MP3 in mp4a (object types 0x6B, 0x69), .mp3, and PCM in a MOV")
    func audioCodecs() throws {
        let cases: [(Track, MediaCodec, Int, Int)] = [
            (Track(handler: "soun", entry: "mp4a", objectType: 0x40), .aac, 48_000, 2),
            // MP4 writers put a template 2 in the entry; the AAC configuration has the real count.
            (Track(handler: "soun", entry: "mp4a", objectType: 0x40, aacChannelConfiguration: 1), .aac, 48_000, 1),
            (Track(handler: "soun", entry: "mp4a", objectType: 0x40, aacChannelConfiguration: 7), .aac, 48_000, 8),
            (Track(handler: "soun", entry: "mp4a", sampleRate: 44_100, channels: 1), .aac, 44_100, 1),
            (Track(handler: "soun", entry: "mp4a", objectType: 0x6B), .mp3, 48_000, 2),
            (Track(handler: "soun", entry: "mp4a", objectType: 0x69), .mp3, 48_000, 2),
            (Track(handler: "soun", entry: ".mp3", sampleRate: 32_000), .mp3, 32_000, 2),
            (Track(handler: "soun", entry: "sowt", soundVersion: 1), .pcm, 48_000, 2),
            (Track(handler: "soun", entry: "lpcm", sampleRate: 96_000, channels: 6, soundVersion: 2), .pcm, 96_000, 6),
            (Track(handler: "soun", entry: "twos"), .pcm, 48_000, 2),
        ]
        for (audio, codec, rate, channels) in cases {
            let info = try Self.inspect(MovieBytes.mp4([Track(), audio]))
            #expect(info.videoCodec == .h264 && info.audioCodec == codec, "\(audio.entry)")
            #expect(info.sampleRate == rate && info.channels == channels, "\(audio.entry)")
        }
    }

    @Test("an audio entry declaring 0 Hz and 0 channels reports neither")
    func zeroAudioFields() throws {
        let info = try Self.inspect(MovieBytes.mp4([Track(), Track(handler: "soun", entry: "sowt", sampleRate: 0, channels: 0)]))
        #expect(info.audioCodec == .pcm && info.sampleRate == nil && info.channels == nil)
    }

    @Test("the first video track is the one reported, whatever the order of tracks")
    func trackOrder() throws {
        let audio = Track(handler: "soun", entry: "mp4a", timescale: 48_000, sampleCount: 100, sampleDelta: 1024)
        let info = try Self.inspect(MovieBytes.mp4([audio, Track(entry: "hvc1", width: 1080, height: 1920)]))
        #expect(info.videoCodec == .h265 && info.width == 1080 && info.height == 1920 && info.framesPerSecond == 25)
    }

    @Test("a tkhd without a size falls back to the sample entry's size")
    func sampleEntrySize() throws {
        let info = try Self.inspect(MovieBytes.mp4([Track(width: 0, height: 0, entrySize: (640, 480))]))
        #expect(info.width == 640 && info.height == 480)
    }

    @Test("an mvhd duration of 0 or 'unknown' falls back to the longest track")
    func unknownMovieDuration() throws {
        for duration: UInt64 in [0, 0xFFFF_FFFF] {
            let data = Data(MovieBytes.ftyp("isom") + MovieBytes.moov(MovieBytes.mvhd(duration: duration), [Track()]))
            #expect(try Self.inspect(data).durationSeconds == 4.8)
        }
    }

    @Test("a file without moov, a box smaller than its header, a cut moov: typed errors naming the field")
    func malformed() throws {
        let noMovie = try Self.rejection(Data(MovieBytes.ftyp("isom") + MovieBytes.box("mdat", [1])))
        #expect(noMovie.category == .invalidRequest && noMovie.field == "referenceVideos[0]" && noMovie.provider == "test")
        #expect(noMovie.value == "(25 bytes of mp4)" && noMovie.allowed == "a complete, well-formed mp4 file")
        #expect(noMovie.message.contains("has no moov box"))

        let tiny = try Self.rejection(Data(MovieBytes.ftyp("isom") + [0, 0, 0, 4] + MovieBytes.ascii("free") + [0, 0, 0, 0]))
        #expect(tiny.message.contains("has a malformed mp4 box structure (box \"free\" of size 4)"))

        let full = MovieBytes.mp4()
        let cut = try Self.rejection(full.prefix(full.count - 40))
        #expect(cut.message.contains("is truncated in the mp4 moov box"))

        let noHeader = try Self.rejection(Data(MovieBytes.ftyp("isom") + MovieBytes.box("moov", MovieBytes.trak(Track()))))
        #expect(noHeader.message.contains("no mvhd box"))
    }

    @Test("bytes that are no known container are refused, naming the byte count and what is allowed")
    func unknownBytes() throws {
        let error = try Self.rejection(Data("hello, this is not a video".utf8))
        #expect(error.value == "(26 bytes)" && error.allowed == "mp4, mov, wav or mp3 bytes")
        #expect(error.message == "referenceVideos[0] (26 bytes) is not a recognised video or audio file on test; allowed: mp4, mov, wav or mp3 bytes")
    }

    @Test("detection reads bytes: images and other ISO files are not media")
    func detection() {
        #expect(MediaInspector.detectFormat(Data(MovieBytes.ftyp("heic", ["mif1", "heic"]))) == nil)
        #expect(MediaInspector.detectFormat(Data(MovieBytes.ftyp("avif", ["mif1", "avif", "iso8"]))) == nil)
        #expect(MediaInspector.detectFormat(Data(MovieBytes.ftyp("abcd", ["efgh"]))) == nil)
        #expect(MediaInspector.detectFormat(Data(MovieBytes.ftyp("abcd", ["mp42"]))) == .mp4)
        #expect(MediaInspector.detectFormat(Data(MovieBytes.ftyp("M4V ", []))) == .mp4)
        #expect(MediaInspector.detectFormat(Data("RIFF\0\0\0\0WEBPVP8 ".utf8)) == nil)
        #expect(MediaInspector.detectFormat(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) == nil)
        #expect(MediaInspector.detectFormat(Data()) == nil)
        #expect(MediaFormat.mp4.isVideoContainer && MediaFormat.mov.isVideoContainer)
        #expect(!MediaFormat.wav.isVideoContainer && !MediaFormat.mp3.isVideoContainer && MediaFormat(rawValue: "MOV") == .mov)
    }
}
