import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// Random truncations, mutations and random bytes behind every container's magic: the inspector must return
/// sane values or throw `.invalidRequest` naming the field, and never trap or hang. Seeded, so every run is the same.
@Suite("Media header fuzzing")
struct MediaHeaderFuzzTests {
    static let seeds: [Data] = {
        let stereo = AudioBytes.frameHeader(bitrateIndex: 9, rateIndex: 1)
        return [
            MP4Writer.mp4(frameCount: 3),
            MovieBytes.mp4([
                MovieBytes.Track(entry: "hvc1"), MovieBytes.Track(handler: "soun", entry: "mp4a", objectType: 0x6B),
                MovieBytes.Track(handler: "soun", entry: "mp4a", objectType: 0x40, aacChannelConfiguration: 2),
            ]),
            Data(
                MovieBytes.box("wide", [])
                    + MovieBytes.largeBox(
                        "moov",
                        MovieBytes.mvhd(version: 1, duration: 5_000)
                            + MovieBytes.trak(MovieBytes.Track(version: 1)) + MovieBytes.trak(MovieBytes.Track(handler: "soun", entry: "lpcm", soundVersion: 2))
                    )),
            AudioBytes.wav([
                AudioBytes.chunk("fmt ", AudioBytes.format(tag: 0xFFFE, extensibleSubformat: 1)), AudioBytes.chunk("data", [UInt8](repeating: 0, count: 64)),
            ]),
            Data(AudioBytes.id3(size: 12) + AudioBytes.taggedFrame(stereo, length: 384, tag: "Xing", tagOffset: 36, frameCount: 9)),
            Data(AudioBytes.taggedFrame(stereo, length: 384, tag: "VBRI", tagOffset: 36, frameCount: 9) + AudioBytes.frames(stereo, length: 384, count: 1)),
        ] + RealMediaFixtureTests.cases.map { Fixtures.data("media/" + $0.file) }
    }()

    static let magics: [[UInt8]] = [
        MovieBytes.ftyp("isom", ["mp42"]), MovieBytes.ftyp("qt  "), [0, 0, 0, 8] + MovieBytes.ascii("wide"), [0, 0, 0, 1] + MovieBytes.ascii("mdat"),
        [0, 0, 0, 0] + MovieBytes.ascii("moov"), Array("RIFF\0\0\0\0WAVE".utf8), Array("RIFF\0\0\0\0WAVEfmt ".utf8), Array("ID3\u{4}\0\0".utf8),
        [0xFF, 0xFB, 0x90, 0x00], [0xFF, 0xF3, 0x84, 0xC0],
    ]

    @Test("4,000 mutated seeds (built here and written by ffmpeg): truncated, bytes overwritten, bytes inserted, 0xFF runs in size fields")
    func mutatedSeeds() {
        var random = SeededRandom(seed: 0x5EED_0016)
        for index in 0..<4_000 {
            let bytes = random.mutated([UInt8](Self.seeds[index % Self.seeds.count]), smallSizes: true)
            Self.expectTypedOutcome(Data(bytes), "case \(index)")
        }
    }

    @Test("4,000 random byte strings behind each container's magic")
    func randomBytesBehindMagic() {
        var random = SeededRandom(seed: 0x5EED_0017)
        for (index, data) in random.randomTails(behind: Self.magics, count: 4_000, maxTail: 160).enumerated() {
            Self.expectTypedOutcome(data, "case \(index)")
        }
    }

    static func expectTypedOutcome(_ data: Data, _ label: String) {
        do {
            let info = try MediaInspector.inspect(data, field: "referenceVideos[0]", provider: "fuzz")
            #expect(info.byteCount == data.count && info.bytesRead <= data.count + 64 * 17, "\(label)")
            if let duration = info.durationSeconds { #expect(duration.isFinite && duration >= 0, "\(label)") }
            if let fps = info.framesPerSecond { #expect(fps.isFinite && fps > 0, "\(label)") }
            if let width = info.width { #expect(width >= 1, "\(label)") }
            if let height = info.height { #expect(height >= 1, "\(label)") }
            if let rate = info.sampleRate { #expect(rate >= 1, "\(label)") }
            if let channels = info.channels { #expect(channels >= 1, "\(label)") }
        } catch let error as SeedanceError {
            #expect(error.category == .invalidRequest && error.field == "referenceVideos[0]" && error.provider == "fuzz", "\(label): \(error)")
        } catch {
            Issue.record("\(label): untyped error \(error)")
        }
    }
}
