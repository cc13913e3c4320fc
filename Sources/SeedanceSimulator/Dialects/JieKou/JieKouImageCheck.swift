import Foundation
import SeedanceCore

/// JieKou's documented image rules for `image` and `last_image`: an `http`/`https` URL (never fetched), or
/// `data:image/<format>;base64,<payload>` whose bytes are a jpeg, png, webp, bmp, tiff or gif image under 30 MB with
/// sides in 300 … 6000 px and an aspect ratio strictly between 0.4 and 2.5 (when the header gives the size).
enum JieKouImageCheck {
    static let formats: Set<String> = ["jpeg", "png", "webp", "bmp", "tiff", "gif"]
    static let maxBytes = 30 * 1024 * 1024

    /// - Throws: ``SimulatedError/invalidParameter(_:_:code:status:)`` naming `field`.
    static func check(_ value: String, field: String) throws {
        if value.hasPrefix("data:") {
            try checkDataURL(value, field: field)
            return
        }
        guard let url = URL(string: value), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
            throw invalid(field, "must be an http(s) URL or a data:image/<format>;base64 string")
        }
    }

    private static func checkDataURL(_ value: String, field: String) throws {
        guard let comma = value.firstIndex(of: ",") else { throw invalid(field, "is a data URL without a payload") }
        let header = value[value.index(value.startIndex, offsetBy: 5)..<comma]
        let parts = header.split(separator: ";")
        guard parts.count == 2, parts[1] == "base64", parts[0].hasPrefix("image/") else {
            throw invalid(field, "must be data:image/<format>;base64,<payload>")
        }
        let declared = String(parts[0].dropFirst("image/".count))
        guard formats.contains(declared) else {
            throw invalid(field, "format \(declared) is not supported (jpeg, png, webp, bmp, tiff, gif)")
        }
        guard let bytes = Data(base64Encoded: String(value[value.index(after: comma)...])) else {
            throw invalid(field, "is not valid base64")
        }
        guard bytes.count < maxBytes else { throw invalid(field, "is \(bytes.count) bytes; images must be under 30 MB") }
        let info: ImageInfo
        do {
            info = try ImageInspector.inspect(bytes, field: field, provider: ProviderID(rawValue: "jiekou"))
        } catch {
            throw invalid(field, "is not a readable \(declared) image")
        }
        guard info.format.rawValue == declared else {
            throw invalid(field, "declares \(declared) but holds \(info.format.rawValue) bytes")
        }
        guard let width = info.width, let height = info.height else { return }
        guard (300...6000).contains(width), (300...6000).contains(height) else {
            throw invalid(field, "is \(width)x\(height) px; each side must be between 300 and 6000")
        }
        let ratio = Double(width) / Double(height)
        guard ratio > 0.4, ratio < 2.5 else {
            throw invalid(field, "has aspect ratio \(String(format: "%.3f", ratio)); it must be between 0.4 and 2.5")
        }
    }

    private static func invalid(_ field: String, _ problem: String) -> SimulatedError {
        SimulatedError.invalidParameter(field, "\(field): \(problem)")
    }
}
