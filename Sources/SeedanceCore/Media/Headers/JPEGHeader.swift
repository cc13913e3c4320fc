/// JPEG: walks the marker segments after SOI (APPn such as EXIF, DQT, DHT, comments …) to the first frame header
/// (SOF0…SOF15 except DHT, JPG and DAC), which holds height then width. Fill bytes (`FF FF …`) before a marker and
/// stray bytes between segments are skipped as libjpeg does. Reaching a scan or the end first is an error.
enum JPEGHeader {
    static func size(_ bytes: HeaderBytes) throws -> PixelSize {
        var bytes = bytes
        bytes.part = "JPEG marker segments"
        var offset = 2
        while true {
            let marker = try nextMarker(bytes, from: &offset)
            switch marker {
            case 0x01, 0xD0...0xD7:
                continue
            case 0xD8:
                throw ImageHeaderError.malformed("JPEG file (a second start-of-image marker)")
            case 0xD9, 0xDA:
                throw ImageHeaderError.malformed("JPEG file (no frame header before the image data)")
            case 0xC0...0xCF where marker != 0xC4 && marker != 0xC8 && marker != 0xCC:
                bytes.part = "JPEG frame header"
                guard try bytes.be16(offset) >= 8 else { throw ImageHeaderError.malformed("JPEG frame header length") }
                return try bytes.size(bytes.be16(offset + 5), bytes.be16(offset + 3))
            default:
                let length = try bytes.be16(offset)
                guard length >= 2 else { throw ImageHeaderError.malformed("JPEG segment length") }
                offset += length
            }
        }
    }

    /// The next marker code at or after `offset`; leaves `offset` just past the marker code.
    private static func nextMarker(_ bytes: HeaderBytes, from offset: inout Int) throws -> UInt8 {
        while true {
            while try bytes.u8(offset) != 0xFF { offset += 1 }
            while try bytes.u8(offset) == 0xFF { offset += 1 }
            let code = try bytes.u8(offset)
            offset += 1
            if code != 0x00 { return code }
        }
    }
}
