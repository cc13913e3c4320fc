import Foundation
import SeedanceCore

/// Checks one `image_url.url` against the "Image requirements" of Vtrix's spark_dance pages: an http(s) URL (never
/// fetched; a file extension naming a format the model does not take is refused), or
/// `data:image/<format>;base64,<bytes>` with a lowercase listed format, under 30 MB, 300 … 6000 px a side and width ÷
/// height strictly between 0.4 and 2.5 (read from the image header).
struct ContentArrayImageCheck {
    let profile: ContentArrayProfile
    let codebook: ContentArrayCodebook

    static let maxBytes = 30 * 1024 * 1024
    static let sideRange = 300...6000
    static let aspectBounds = (lower: 0.4, upper: 2.5)

    /// Throws ``SimulatedError`` naming `field` when `url` breaks a rule.
    func check(_ url: String, field: String) throws {
        if url.hasPrefix("data:") {
            try checkInline(url, field: field)
            return
        }
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), ["http", "https"].contains(scheme), parsed.host != nil else {
            throw refusal(.imageURLStructure, field, "\(field) must be an http(s) URL or a data:image/<format>;base64,… URL.")
        }
        let suffix = parsed.pathExtension.lowercased()
        if let format = Self.extensionFormats[suffix], !profile.imageFormats.contains(format) {
            throw refusal(.imageFormat, field, "\(field) names a \(format) image; \(profile.modelName) takes \(profile.imageFormats.joined(separator: ", ")).")
        }
    }

    private func checkInline(_ url: String, field: String) throws {
        guard let comma = url.firstIndex(of: ","), url.hasPrefix("data:image/") else {
            throw refusal(.imageURLStructure, field, "\(field) must be data:image/<format>;base64,<data>.")
        }
        let header = url[url.index(url.startIndex, offsetBy: 11)..<comma]
        guard header.hasSuffix(";base64") else {
            throw refusal(.imageURLStructure, field, "\(field) must be base64 encoded (data:image/<format>;base64,<data>).")
        }
        let format = String(header.dropLast(7))
        guard format == format.lowercased() else {
            throw refusal(.imageFormat, field, "the image format of a data URL must be lowercase; got \"\(format)\".")
        }
        let canonical = format == "jpg" ? "jpeg" : format
        guard profile.imageFormats.contains(canonical) else {
            throw refusal(.imageFormat, field, "\(field) is \(format); \(profile.modelName) takes \(profile.imageFormats.joined(separator: ", ")).")
        }
        guard let bytes = Data(base64Encoded: String(url[url.index(after: comma)...])) else {
            throw refusal(.imageURLStructure, field, "\(field) does not hold valid base64.")
        }
        try checkBytes(bytes, field: field)
    }

    /// Checks an image's bytes (an inline image, or one the simulator hosts): under 30 MB, readable, 300 … 6000 px
    /// a side, width ÷ height strictly between 0.4 and 2.5. Throws ``SimulatedError`` naming `field`.
    func checkBytes(_ bytes: Data, field: String) throws {
        guard bytes.count < Self.maxBytes else {
            throw refusal(.imageSize, field, "\(field) is \(bytes.count) bytes; images must be smaller than 30 MB.")
        }
        guard let info = try? ImageInspector.inspect(bytes, field: field, provider: "simulator") else {
            throw refusal(.imageFormat, field, "\(field) does not hold a readable image.")
        }
        guard let width = info.width, let height = info.height else { return }
        guard Self.sideRange.contains(width), Self.sideRange.contains(height) else {
            throw refusal(.imageSize, field, "\(field) is \(width)×\(height) px; each side must be within 300 … 6000 px.")
        }
        let aspect = Double(width) / Double(height)
        guard aspect > Self.aspectBounds.lower, aspect < Self.aspectBounds.upper else {
            throw refusal(.imageSize, field, "\(field) has an aspect ratio of \(width)÷\(height); it must be between 0.4 and 2.5.")
        }
    }

    private static let extensionFormats = [
        "jpg": "jpeg", "jpeg": "jpeg", "png": "png", "webp": "webp", "bmp": "bmp", "tif": "tiff", "tiff": "tiff",
        "gif": "gif", "heic": "heic", "heif": "heif",
    ]

    private func refusal(_ violation: ContentArrayViolation, _ field: String, _ message: String) -> SimulatedError {
        SimulatedError.invalidParameter(field, message, code: codebook(violation))
    }
}
