import Foundation
import SeedanceCore
import SeedanceTestSupport
import Testing

/// `MediaInspector` on files a real encoder and muxer wrote (`Fixtures/media`, made by ffmpeg; see its README):
/// every value is the one ffprobe reads from the same file.
@Suite("Real media files (ffmpeg-written fixtures)")
struct RealMediaFixtureTests {
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var format: MediaFormat
        var video: MediaCodec?
        var audio: MediaCodec?
        var seconds: Double
        var estimate = false
        var size: (Int, Int)?
        var fps: Double?
        var sampleRate: Int
        var channels = 1

        var description: String { file }
    }

    static let cases: [Expected] = [
        Expected(file: "ffmpeg-h264-aac-64x48-25fps.mp4", format: .mp4, video: .h264, audio: .aac, seconds: 0.4, size: (64, 48), fps: 25, sampleRate: 8_000),
        Expected(file: "ffmpeg-h265-pcm-64x64-60fps.mov", format: .mov, video: .h265, audio: .pcm, seconds: 0.2, size: (64, 64), fps: 60, sampleRate: 8_000),
        Expected(
            file: "ffmpeg-h264-faststart-48x32-29.97fps.mp4", format: .mp4, video: .h264, seconds: 0.301, size: (48, 32), fps: 30_000.0 / 1001, sampleRate: 0,
            channels: 0),
        Expected(file: "ffmpeg-vbr-xing-8khz.mp3", format: .mp3, audio: .mp3, seconds: 0.648, sampleRate: 8_000),
        Expected(file: "ffmpeg-cbr-8kbps.mp3", format: .mp3, audio: .mp3, seconds: 0.648, estimate: true, sampleRate: 8_000),
        Expected(file: "ffmpeg-s16-8khz.wav", format: .wav, audio: .pcm, seconds: 0.1, sampleRate: 8_000),
    ]

    @Test("each file reads as ffprobe reads it, from the file and from its bytes", arguments: cases)
    func matchesFFprobe(_ expected: Expected) throws {
        let url = Fixtures.url("media/" + expected.file)
        let info = try MediaInspector.inspect(fileAt: url, field: "reference", provider: "test")
        #expect(info.format == expected.format && info.videoCodec == expected.video && info.audioCodec == expected.audio)
        #expect(abs(info.durationSeconds! - expected.seconds) < 0.0005 && info.durationIsEstimate == expected.estimate)
        #expect(info.width == expected.size?.0 && info.height == expected.size?.1)
        if let fps = expected.fps { #expect(abs(info.framesPerSecond! - fps) < 1e-9) } else { #expect(info.framesPerSecond == nil) }
        #expect(info.sampleRate == (expected.sampleRate > 0 ? expected.sampleRate : nil))
        #expect(info.channels == (expected.channels > 0 ? expected.channels : nil))
        let data = try Data(contentsOf: url)
        #expect(info.byteCount == data.count && info.bytesRead < data.count + 100)
        var fromData = try MediaInspector.inspect(data, field: "reference", provider: "test")
        fromData.bytesRead = info.bytesRead
        #expect(fromData == info)
    }
}
