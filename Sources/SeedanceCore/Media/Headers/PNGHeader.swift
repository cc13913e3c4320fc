/// PNG: the size is in the IHDR chunk, which must come first, right after the 8-byte signature.
enum PNGHeader {
    static func size(_ bytes: HeaderBytes) throws -> PixelSize {
        var bytes = bytes
        bytes.part = "PNG IHDR chunk"
        try bytes.require(24, at: 0)
        guard bytes.matches("IHDR", at: 12) else { throw ImageHeaderError.malformed("PNG file: the first chunk is not IHDR") }
        guard try bytes.be32(8) == 13 else { throw ImageHeaderError.malformed("PNG IHDR chunk length") }
        let width = try bytes.be32(16), height = try bytes.be32(20)
        guard width <= Int(Int32.max), height <= Int(Int32.max) else { throw ImageHeaderError.malformed("PNG IHDR size") }
        return try bytes.size(width, height)
    }
}
