/// BMP: the DIB header after the 14-byte file header gives the size. A 12-byte OS/2 core header has 16-bit
/// fields; every later header has signed 32-bit ones, where a negative height means rows are stored top-down.
enum BMPHeader {
    static func size(_ bytes: HeaderBytes) throws -> PixelSize {
        var bytes = bytes
        bytes.part = "BMP DIB header"
        let headerSize = try bytes.le32(14)
        switch headerSize {
        case 12:
            return try bytes.size(bytes.le16(18), bytes.le16(20))
        case 16, 40, 52, 56, 64, 108, 124:
            let width = Int(Int32(truncatingIfNeeded: try bytes.le32(18)))
            let height = Int(Int32(truncatingIfNeeded: try bytes.le32(22)))
            return try bytes.size(width, abs(height))
        default:
            throw ImageHeaderError.malformed("BMP DIB header (unknown size \(headerSize))")
        }
    }
}
