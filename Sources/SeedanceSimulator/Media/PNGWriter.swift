import Foundation

/// Writes valid PNG files with no dependency: 8-bit RGB, no filtering, the zlib stream made of stored (uncompressed)
/// deflate blocks with its Adler-32, and a CRC-32 on every chunk. Any decoder reads them; they are just not small.
package enum PNGWriter {
    /// The eight-byte signature every PNG starts with.
    package static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// A PNG of `width` × `height` pixels whose colour at (x, y) is `pixel(x, y)` as (red, green, blue).
    /// Sizes are clamped to 1 … 4096.
    package static func png(width: Int, height: Int, pixel: (Int, Int) -> (UInt8, UInt8, UInt8)) -> Data {
        let width = min(max(width, 1), 4096)
        let height = min(max(height, 1), 4096)
        var raw: [UInt8] = []
        raw.reserveCapacity(height * (1 + width * 3))
        for y in 0..<height {
            raw.append(0)  // filter type None
            for x in 0..<width {
                let (red, green, blue) = pixel(x, y)
                raw.append(contentsOf: [red, green, blue])
            }
        }
        var header: [UInt8] = []
        header.append(u32: UInt32(width))
        header.append(u32: UInt32(height))
        header.append(contentsOf: [8, 2, 0, 0, 0])  // bit depth 8, colour type RGB, deflate, adaptive filters, no interlace
        var file = signature
        appendChunk("IHDR", header, to: &file)
        appendChunk("IDAT", zlibStored(raw), to: &file)
        appendChunk("IEND", [], to: &file)
        return Data(file)
    }

    /// `bytes` as a zlib stream of stored deflate blocks (at most 65,535 bytes each).
    static func zlibStored(_ bytes: [UInt8]) -> [UInt8] {
        var stream: [UInt8] = [0x78, 0x01]  // deflate, 32 KiB window, no dictionary, fastest; (0x7801 % 31 == 0)
        var offset = 0
        repeat {
            let length = min(65_535, bytes.count - offset)
            let isLast = offset + length == bytes.count
            stream.append(isLast ? 1 : 0)  // BFINAL, BTYPE 00 (stored), padding to the byte boundary
            let length16 = UInt16(length)
            stream.append(contentsOf: [UInt8(length16 & 0xFF), UInt8(length16 >> 8), UInt8(~length16 & 0xFF), UInt8(~length16 >> 8)])
            stream.append(contentsOf: bytes[offset..<(offset + length)])
            offset += length
        } while offset < bytes.count
        stream.append(u32: Checksums.adler32(bytes))
        return stream
    }

    private static func appendChunk(_ type: String, _ data: [UInt8], to file: inout [UInt8]) {
        file.append(u32: UInt32(data.count))
        let typed = Array(type.utf8) + data
        file.append(contentsOf: typed)
        file.append(u32: Checksums.crc32(typed))
    }
}
