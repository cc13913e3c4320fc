/// WebP: a RIFF container whose first chunk is `VP8 ` (lossy), `VP8L` (lossless) or `VP8X` (extended, with the
/// canvas size). Chunk payloads start at offset 20.
enum WebPHeader {
    static func size(_ bytes: HeaderBytes) throws -> PixelSize {
        var bytes = bytes
        bytes.part = "WebP chunk header"
        let chunk = try bytes.fourCC(12)
        try bytes.require(4, at: 16)
        switch chunk {
        case "VP8 ":
            bytes.part = "WebP VP8 frame header"
            guard try bytes.u8(20) & 0x01 == 0 else { throw ImageHeaderError.malformed("WebP VP8 frame (not a key frame)") }
            guard try bytes.u8(23) == 0x9D, try bytes.u8(24) == 0x01, try bytes.u8(25) == 0x2A else {
                throw ImageHeaderError.malformed("WebP VP8 frame (no start code)")
            }
            return try bytes.size(bytes.le16(26) & 0x3FFF, bytes.le16(28) & 0x3FFF)
        case "VP8L":
            bytes.part = "WebP VP8L header"
            guard try bytes.u8(20) == 0x2F else { throw ImageHeaderError.malformed("WebP VP8L header (bad signature)") }
            let bits = try bytes.le32(21)
            return try bytes.size((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1)
        case "VP8X":
            bytes.part = "WebP VP8X header"
            return try bytes.size(bytes.le24(24) + 1, bytes.le24(27) + 1)
        default:
            throw ImageHeaderError.malformed("WebP file (unknown first chunk \"\(chunk)\")")
        }
    }
}
