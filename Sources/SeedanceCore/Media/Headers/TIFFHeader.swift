/// TIFF: the first image file directory (IFD) holds ImageWidth (tag 256) and ImageLength (tag 257), each a SHORT
/// or a LONG, in the byte order the header names (`II` little-endian, `MM` big-endian).
enum TIFFHeader {
    static func size(_ bytes: HeaderBytes) throws -> PixelSize {
        var bytes = bytes
        bytes.part = "TIFF header"
        let littleEndian = bytes.matches("II", at: 0)
        func u16(_ offset: Int) throws -> Int { littleEndian ? try bytes.le16(offset) : try bytes.be16(offset) }
        func u32(_ offset: Int) throws -> Int { littleEndian ? try bytes.le32(offset) : try bytes.be32(offset) }

        let directory = try u32(4)
        guard directory >= 8 else { throw ImageHeaderError.malformed("TIFF header (IFD offset \(directory))") }
        bytes.part = "TIFF image file directory"
        let entryCount = try u16(directory)
        try bytes.require(entryCount * 12, at: directory + 2)
        var width: Int?, height: Int?
        for index in 0..<entryCount {
            let entry = directory + 2 + index * 12
            let tag = try u16(entry)
            guard tag == 256 || tag == 257 else { continue }
            let value: Int
            switch try u16(entry + 2) {
            case 3: value = try u16(entry + 8)
            case 4: value = try u32(entry + 8)
            default: throw ImageHeaderError.malformed("TIFF image file directory (tag \(tag) is neither SHORT nor LONG)")
            }
            if tag == 256 { width = value } else { height = value }
        }
        guard let width, let height else {
            throw ImageHeaderError.malformed("TIFF image file directory (no ImageWidth or ImageLength tag)")
        }
        return try bytes.size(width, height)
    }
}
