/// An image format, named as it appears in a data URL (`data:image/<name>;base64,…`): always lowercase.
public struct ImageFormat: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
    public static let jpeg: ImageFormat = "jpeg"
    public static let png: ImageFormat = "png"
    public static let webp: ImageFormat = "webp"
    public static let bmp: ImageFormat = "bmp"
    public static let tiff: ImageFormat = "tiff"
    public static let gif: ImageFormat = "gif"
    public static let heic: ImageFormat = "heic"
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
    public var format: ImageFormat
    /// Width in pixels, when the header gives it.
    public var width: Int?
    /// Height in pixels, when the header gives it.
    public var height: Int?
    public var byteCount: Int

    public init(format: ImageFormat, width: Int?, height: Int?, byteCount: Int) {
        self.format = format
        self.width = width
        self.height = height
        self.byteCount = byteCount
    }
}
