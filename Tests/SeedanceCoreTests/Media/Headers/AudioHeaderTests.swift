import Foundation
import SeedanceCore
import Testing

/// `MediaInspector` on WAV and MP3 bytes built by hand: exact durations, sample rates, channels and codecs, and
/// typed errors for malformed headers.
@Suite("Audio headers (WAV, MP3)")
struct AudioHeaderTests {
    static func inspect(_ data: Data) throws -> MediaInfo {
        try MediaInspector.inspect(data, field: "referenceAudios[0]", provider: "test")
    }

    @Test("WAV: 2.5 s of 16-bit stereo 48 kHz PCM after an odd-sized LIST chunk")
    func pcmWAV() throws {
        let data = AudioBytes.wav([
            AudioBytes.chunk("fmt ", AudioBytes.format()),
            AudioBytes.chunk("LIST", Array("INFOISFT\u{5}\0\0\0Lavf5".utf8)),
            AudioBytes.chunk("data", [UInt8](repeating: 0, count: 480_000)),
        ])
        let info = try Self.inspect(data)
        #expect(info.format == .wav && info.audioCodec == .pcm && info.videoCodec == nil)
        #expect(info.durationSeconds == 2.5 && info.sampleRate == 48_000 && info.channels == 2 && !info.durationIsEstimate)
        #expect(info.width == nil && info.pixelCount == nil && info.byteCount == data.count)
    }

    @Test("WAV: extensible format, mono 8 kHz 8-bit, 7.25 s")
    func extensibleWAV() throws {
        let data = AudioBytes.wav([
            AudioBytes.chunk("fmt ", AudioBytes.format(tag: 0xFFFE, channels: 1, sampleRate: 8_000, bits: 8, extensibleSubformat: 1)),
            AudioBytes.chunk("data", [UInt8](repeating: 0x80, count: 58_000)),
        ])
        let info = try Self.inspect(data)
        #expect(info.audioCodec == .pcm && info.channels == 1 && info.sampleRate == 8_000 && info.durationSeconds == 7.25)
    }

    @Test("WAV: a streamed data size (0xFFFFFFFF) counts the bytes present; other format tags are raw")
    func streamedWAV() throws {
        let data = AudioBytes.wav([
            AudioBytes.chunk("fmt ", AudioBytes.format(tag: 2, channels: 1, sampleRate: 16_000)),
            AudioBytes.chunk("data", [UInt8](repeating: 0, count: 8_000), declaredSize: 0xFFFF_FFFF),
        ])
        let info = try Self.inspect(data)
        #expect(info.durationSeconds == 0.25 && info.audioCodec == "wave-0x0002")
    }

    @Test("WAV without fmt, without data, or with a byte rate of 0 is refused")
    func malformedWAV() throws {
        let cases: [(Data, String)] = [
            (AudioBytes.wav([AudioBytes.chunk("data", [0, 0])]), "has a malformed WAV file (no fmt chunk)"),
            (AudioBytes.wav([AudioBytes.chunk("fmt ", AudioBytes.format())]), "has a malformed WAV file (no data chunk)"),
            (AudioBytes.wav([AudioBytes.chunk("fmt ", AudioBytes.format(sampleRate: 0)), AudioBytes.chunk("data", [0, 0])]), "(byte rate 0)"),
            (AudioBytes.wav([AudioBytes.chunk("fmt ", [1, 0, 2, 0])]), "has a malformed WAV fmt chunk (4 bytes)"),
        ]
        for (data, reason) in cases {
            let error = try #require(throws: SeedanceError.self) { try Self.inspect(data) }
            #expect(error.category == .invalidRequest && error.field == "referenceAudios[0]")
            #expect(error.value == "(\(data.count) bytes of wav)" && error.allowed == "a complete, well-formed wav file")
            #expect(error.message.contains(reason), "\(error.message)")
        }
    }

    @Test("MP3 CBR: 128 kbps 48 kHz after an ID3v2 tag and before an ID3v1 tag: 3.000 s, marked as an estimate")
    func constantBitrate() throws {
        let header = AudioBytes.frameHeader(bitrateIndex: 9, rateIndex: 1)
        let bytes = AudioBytes.id3(size: 1_000) + AudioBytes.frames(header, length: 384, count: 125) + Array("TAG".utf8) + [UInt8](repeating: 0, count: 125)
        let info = try Self.inspect(Data(bytes))
        #expect(info.format == .mp3 && info.audioCodec == .mp3 && info.sampleRate == 48_000 && info.channels == 2)
        #expect(info.durationSeconds == 3.0 && info.durationIsEstimate)
    }

    @Test("MP3 without tags, MPEG-2 mono 64 kbps 24 kHz, with an ID3v2 footer: 1.500 s")
    func mpeg2Mono() throws {
        let header = AudioBytes.frameHeader(version: 2, bitrateIndex: 8, rateIndex: 1, mono: true)
        let bytes = AudioBytes.id3(size: 20, footer: true) + AudioBytes.frames(header, length: 192, count: 62) + [UInt8](repeating: 0x55, count: 96)
        let info = try Self.inspect(Data(bytes))
        #expect(info.sampleRate == 24_000 && info.channels == 1 && info.durationSeconds == 1.5 && info.durationIsEstimate)
    }

    @Test("MP3 Xing, Info and VBRI headers give the exact duration from the frame count")
    func frameCountHeaders() throws {
        let stereo = AudioBytes.frameHeader(bitrateIndex: 9, rateIndex: 1)
        let mono2 = AudioBytes.frameHeader(version: 2, bitrateIndex: 8, rateIndex: 1, mono: true)
        let cases: [([UInt8], Double)] = [
            // MPEG-1 stereo: Xing after 4 + 32 bytes; 250 × 1152 / 48000.
            (AudioBytes.taggedFrame(stereo, length: 384, tag: "Xing", tagOffset: 36, frameCount: 250) + AudioBytes.frames(stereo, length: 384, count: 3), 6.0),
            // MPEG-2 mono: Info after 4 + 9 bytes; 100 × 576 / 24000.
            (AudioBytes.taggedFrame(mono2, length: 192, tag: "Info", tagOffset: 13, frameCount: 100) + AudioBytes.frames(mono2, length: 192, count: 3), 2.4),
            // VBRI 32 bytes after the header; 500 × 1152 / 48000.
            (AudioBytes.id3(size: 300) + AudioBytes.taggedFrame(stereo, length: 384, tag: "VBRI", tagOffset: 36, frameCount: 500), 12.0),
        ]
        for (bytes, seconds) in cases {
            let info = try Self.inspect(Data(bytes))
            #expect(abs(info.durationSeconds! - seconds) < 1e-12 && !info.durationIsEstimate, "\(seconds)")
        }
    }

    @Test("MP3: an ID3v2 tag with nothing after it, and a free-format bitrate")
    func edgeMP3() throws {
        let onlyTag = try #require(throws: SeedanceError.self) { try Self.inspect(Data(AudioBytes.id3(size: 50))) }
        #expect(onlyTag.message.contains("no MPEG audio layer III frame after the tags"))
        let freeFormat = try Self.inspect(Data(AudioBytes.frames(AudioBytes.frameHeader(bitrateIndex: 0, rateIndex: 0), length: 400, count: 2)))
        #expect(freeFormat.sampleRate == 44_100 && freeFormat.durationSeconds == nil)
    }
}
