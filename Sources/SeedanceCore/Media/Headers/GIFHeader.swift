/// GIF: the logical screen size follows the 6-byte signature, little-endian.
enum GIFHeader {
    static func size(_ bytes: HeaderBytes) throws -> PixelSize {
        var bytes = bytes
        bytes.part = "GIF logical screen descriptor"
        return try bytes.size(bytes.le16(6), bytes.le16(8))
    }
}
