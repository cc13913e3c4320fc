/// An image format, named as it appears in a data URL (`data:image/<name>;base64,…`): always lowercase.
public struct ImageFormat: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
    /// JPEG.
    public static let jpeg: ImageFormat = "jpeg"
    /// PNG.
    public static let png: ImageFormat = "png"
    /// WebP.
    public static let webp: ImageFormat = "webp"
    /// BMP.
    public static let bmp: ImageFormat = "bmp"
    /// TIFF.
    public static let tiff: ImageFormat = "tiff"
    /// GIF.
    public static let gif: ImageFormat = "gif"
    /// HEIC.
    public static let heic: ImageFormat = "heic"
    /// HEIF.
    public static let heif: ImageFormat = "heif"

    /// The format a file extension names (`jpg` → jpeg, `tif` → tiff), or `nil` for an unknown extension.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "jpg", "jpeg", "jpe": self = .jpeg
        case "png": self = .png
        case "webp": self = .webp
        case "bmp": self = .bmp
        case "tif", "tiff": self = .tiff
        case "gif": self = .gif
        case "heic": self = .heic
        case "heif": self = .heif
        default: return nil
        }
    }
}

/// What the SDK read from an image's header, without decoding pixels.
public struct ImageInfo: Sendable, Hashable {
    /// The format the header names.
    public var format: ImageFormat
    /// Width in pixels, when the header gives it.
    public var width: Int?
    /// Height in pixels, when the header gives it.
    public var height: Int?
    /// The size of the encoded image in bytes.
    public var byteCount: Int

    /// What was read.
    public init(format: ImageFormat, width: Int?, height: Int?, byteCount: Int) {
        self.format = format
        self.width = width
        self.height = height
        self.byteCount = byteCount
    }
}
