import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// Random truncations, mutations and random bytes behind every magic number: the inspector must return a size of
/// at least 1×1 or throw `.invalidRequest` naming the field, and never trap. Seeded, so every run is the same.
@Suite("Image header fuzzing")
struct ImageHeaderFuzzTests {
    static let magics: [[UInt8]] = [
        [0xFF, 0xD8, 0xFF], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBP".utf8),
        Array("GIF89a".utf8), Array("BM".utf8), [0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A],
        [0, 0, 0, 24] + Array("ftypheic".utf8), [0, 0, 0, 24] + Array("ftypmif1".utf8),
        Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8), Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8L".utf8),
        Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8X".utf8),
    ]

    static let fixtures: [Data] = ImageHeaderTests.cases.map { Fixtures.data("images/" + $0.file) }

    @Test("4,000 random byte strings behind each magic number")
    func randomBytesBehindMagic() {
        var random = SeededRandom(seed: 0x5EED_0001)
        for (index, data) in random.randomTails(behind: Self.magics, count: 4_000, maxTail: 96).enumerated() {
            Self.expectTypedOutcome(data, "case \(index)")
        }
    }

    @Test("4,000 mutated fixtures: truncated, bytes overwritten, bytes inserted")
    func mutatedFixtures() {
        var random = SeededRandom(seed: 0x5EED_0002)
        for index in 0..<4_000 {
            let bytes = random.mutated([UInt8](Self.fixtures[index % Self.fixtures.count]))
            Self.expectTypedOutcome(Data(bytes), "case \(index)")
        }
    }

    static func expectTypedOutcome(_ data: Data, _ label: String) {
        do {
            let info = try ImageInspector.inspect(data, field: "firstFrame", provider: "fuzz")
            if let width = info.width, let height = info.height {
                #expect(width >= 1 && height >= 1, "\(label)")
            } else {
                #expect([ImageFormat.heic, .heif].contains(info.format), "only HEIF may lack a size: \(label)")
            }
        } catch let error as SeedanceError {
            #expect(error.category == .invalidRequest && error.field == "firstFrame", "\(label): \(error)")
        } catch {
            Issue.record("\(label): untyped error \(error)")
        }
    }
}
