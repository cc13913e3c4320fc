import Foundation

/// Reads an image's format (from its bytes, never its file name) and dimensions (from its header, without decoding
/// pixels).
public enum ImageInspector {
    /// The format and, where the header gives them, the dimensions of `data`.
    ///
    /// - Parameter field: the request field the image belongs to, named in errors (`firstFrame`).
    /// - Throws: `SeedanceError` (`.invalidRequest`, naming `field`) when the bytes are not a known image format or
    ///   the header is truncated or malformed. Never traps on any input.
    public static func inspect(_ data: Data, field: String, provider: ProviderID) throws -> ImageInfo {
        guard let format = detectFormat(data) else {
            throw SeedanceError.invalid(
                field, value: "(\(data.count) bytes)", allowed: "jpeg, png, webp, bmp, tiff, gif, heic or heif bytes",
                provider: provider, reason: "is not a recognised image")
        }
        let size: PixelSize?
        do {
            size = try ImageHeaderReader.size(of: data, format: format)
        } catch let error as ImageHeaderError {
            throw SeedanceError.invalid(
                field, value: "(\(data.count) bytes of \(format.rawValue))", allowed: "a complete, well-formed \(format.rawValue) image",
                provider: provider, reason: error.reason)
        }
        return ImageInfo(format: format, width: size?.width, height: size?.height, byteCount: data.count)
    }

    /// The format named by the magic number at the start of `data`, or `nil`.
    public static func detectFormat(_ data: Data) -> ImageFormat? {
        let bytes = [UInt8](data.prefix(16))
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("BM".utf8)) { return .bmp }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
        if starts(Array("ftyp".utf8), at: 4), bytes.count >= 12 {
            let brand = String(decoding: bytes[8..<12], as: UTF8.self)
            if ["heic", "heix", "hevc", "hevx", "heim", "heis"].contains(brand) { return .heic }
            if ["mif1", "msf1", "heif"].contains(brand) { return .heif }
        }
        return nil
    }
}

/// Reads the pixel size from the header of each format, without decoding pixels (see `Media/Headers/`).
enum ImageHeaderReader {
    /// The size the header of `data` declares, or `nil` when the format carries none that can be read (a HEIF
    /// without an `ispe` property).
    ///
    /// - Throws: ``ImageHeaderError`` for a truncated or malformed header; never traps on any input.
    static func size(of data: Data, format: ImageFormat) throws -> PixelSize? {
        try data.withUnsafeBytes { buffer in
            let bytes = HeaderBytes(buffer, part: "\(format.rawValue) header")
            switch format {
            case .png: return try PNGHeader.size(bytes)
            case .jpeg: return try JPEGHeader.size(bytes)
            case .webp: return try WebPHeader.size(bytes)
            case .gif: return try GIFHeader.size(bytes)
            case .bmp: return try BMPHeader.size(bytes)
            case .tiff: return try TIFFHeader.size(bytes)
            case .heic, .heif: return try HEIFHeader.size(bytes)
            default: return nil
            }
        }
    }
}
