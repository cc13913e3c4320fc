import Foundation
import SeedanceCore
#if canImport(Glibc)
import Glibc
#endif

/// How fast a large inline image becomes a request body (issue 9's target: a 22 MiB image in under 50 ms, with
/// peak extra memory under 3× the image size).
///
/// Memory, measured first: the peak resident size during one run minus the resident size just before it, the image
/// already in memory. On Linux the kernel's peak counter is reset before each run (`/proc/self/clear_refs` ← 5, then
/// `VmHWM`), and glibc is told to give every buffer over 1 MiB its own mapping and to return freed memory at once
/// (`M_MMAP_THRESHOLD`, `M_TRIM_THRESHOLD`), so each run's peak is its own. Time, measured next with those limits
/// raised (large buffers then come from the heap and are reused, as glibc's own adaptive thresholds do after the
/// first large free): the first run (cold: fresh pages the kernel must fault in and zero) and the median of
/// ``runs`` runs (warm), release build. Elsewhere the column falls back to the growth of `ru_maxrss`, which only
/// shows a run that sets a new peak.
public enum MediaEncodingBenchmark {
    /// Runs every scenario and returns a printable table.
    public static func run() async -> String {
        MemoryProbe.tuneMalloc(mmapThreshold: 1 << 20, trimThreshold: 1 << 20)
        let image = syntheticPNG(byteCount: 22 * 1024 * 1024)
        let input = MediaInput.data(image)
        let provider: ProviderID = "bench"
        let scenarios: [(String, () -> Void)] = [
            ("base64EncodedString() (Foundation, reference)", { _ = image.base64EncodedString() }),
            ("wireString: inspect + data URL", { _ = try? input.wireString(field: "firstFrame", provider: provider) }),
            (
                "wireString + JSONBody.encode (the adapter path)",
                {
                    guard let url = try? input.wireString(field: "firstFrame", provider: provider) else { return }
                    _ = try? JSONBody.encode(BenchBody(url: url))
                }
            ),
            (
                "wireString + JSONEncoder (before, reference)",
                {
                    guard let url = try? input.wireString(field: "firstFrame", provider: provider) else { return }
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                    _ = try? encoder.encode(BenchBody(url: url))
                }
            ),
        ]
        let peaks = scenarios.map { MemoryProbe.peakExtra(of: $0.1) }
        MemoryProbe.tuneMalloc(mmapThreshold: 64 << 20, trimThreshold: 128 << 20)
        let times = scenarios.map { time($0.1) }

        let mib = Double(image.count) / 1_048_576
        var lines = ["Inline image encoding: a \(String(format: "%.1f", mib)) MiB image (target: < 50 ms, < 3× extra memory)"]
        lines.append(pad("scenario", 50) + pad("cold ms", 9) + pad("warm ms", 9) + pad("peak extra MiB", 16) + "× image")
        for (index, scenario) in scenarios.enumerated() {
            let extraMiB = Double(peaks[index]) / 1_048_576
            lines.append(
                pad(scenario.0, 50) + pad(millis(times[index].cold), 9) + pad(millis(times[index].warm), 9)
                    + pad(String(format: "%.1f", extraMiB), 16) + String(format: "%.2f", extraMiB / mib))
        }
        return lines.joined(separator: "\n")
    }

    private static let runs = 7

    /// The first run's time and the median of the next ``runs``.
    private static func time(_ body: () -> Void) -> (cold: Duration, warm: Duration) {
        let clock = ContinuousClock()
        let cold = clock.measure(body)
        let warm = (0..<runs).map { _ in clock.measure(body) }.sorted()[runs / 2]
        return (cold, warm)
    }

    private static func millis(_ duration: Duration) -> String {
        String(format: "%.1f", Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15)
    }

    /// A PNG signature and IHDR (4000×3000) followed by incompressible filler up to `byteCount`.
    private static func syntheticPNG(byteCount: Int) -> Data {
        var data = Data([
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
            0, 0, 0x0F, 0xA0, 0, 0, 0x0B, 0xB8, 8, 2, 0, 0, 0, 0, 0, 0, 0,
        ])
        var generator = SystemRandomNumberGenerator()
        var filler = [UInt8](repeating: 0, count: byteCount - data.count)
        for index in filler.indices { filler[index] = UInt8.random(in: 0...255, using: &generator) }
        data.append(contentsOf: filler)
        return data
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

private struct BenchBody: Encodable {
    struct Content: Encodable {
        var type: String
        var text: String?
        var image_url: ImageURL?
        var role: String?
    }

    struct ImageURL: Encodable { var url: String }

    var model = "seedance-1-5-pro-251215"
    var content: [Content]
    var resolution = "720p"
    var duration = 5

    init(url: String) {
        content = [
            Content(type: "text", text: "A cat walks across a sunny garden, camera follows slowly"),
            Content(type: "image_url", image_url: ImageURL(url: url), role: "first_frame"),
        ]
    }
}
