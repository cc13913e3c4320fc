/// What a dialect accepts as an input image.
public struct ImageConstraints: Sendable, Hashable {
    /// Accepted formats (checked on inline bytes, and on a URL's file extension when it has one).
    public var formats: [ImageFormat]
    /// Largest accepted size in bytes (checked on inline bytes).
    public var maxBytes: Int
    /// Each side must lie within this range, in pixels (checked when dimensions can be read).
    public var sideRange: ClosedRange<Int>
    /// Width ÷ height must lie strictly between these bounds.
    public var aspectBounds: (lower: Double, upper: Double)
    /// Whether inline bytes (`data:` URLs) are accepted, or only remote URLs.
    public var acceptsInline: Bool
    /// How many images a request may carry as frames (first frame, last frame).
    public var maxImages: Int
    /// Whether provider assets (`asset://…`) are accepted.
    public var acceptsAssets: Bool

    /// Constraints as given; nothing is checked here.
    public init(
        formats: [ImageFormat], maxBytes: Int, sideRange: ClosedRange<Int>, aspectBounds: (lower: Double, upper: Double), acceptsInline: Bool, maxImages: Int,
        acceptsAssets: Bool = false
    ) {
        self.formats = formats
        self.maxBytes = maxBytes
        self.sideRange = sideRange
        self.aspectBounds = aspectBounds
        self.acceptsInline = acceptsInline
        self.maxImages = maxImages
        self.acceptsAssets = acceptsAssets
    }

    /// The upstream Seedance limits: jpeg/png/webp/bmp/tiff/gif, under 30 MB, 300–6000 px a side, ratio in
    /// (0.4, 2.5), inline allowed, first and last frame.
    public static let seedance = ImageConstraints(
        formats: [.jpeg, .png, .webp, .bmp, .tiff, .gif], maxBytes: 30 * 1024 * 1024, sideRange: 300...6000,
        aspectBounds: (0.4, 2.5), acceptsInline: true, maxImages: 2)

    public static func == (lhs: ImageConstraints, rhs: ImageConstraints) -> Bool {
        lhs.formats == rhs.formats && lhs.maxBytes == rhs.maxBytes && lhs.sideRange == rhs.sideRange
            && lhs.aspectBounds == rhs.aspectBounds && lhs.acceptsInline == rhs.acceptsInline && lhs.maxImages == rhs.maxImages
            && lhs.acceptsAssets == rhs.acceptsAssets
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(formats)
        hasher.combine(maxBytes)
        hasher.combine(maxImages)
    }
}
