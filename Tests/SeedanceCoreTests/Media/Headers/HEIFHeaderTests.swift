import Foundation
import SeedanceCore
import Testing

/// HEIF item properties built in the test: the primary item's `ispe` wins, whatever its place or size.
@Suite("HEIF headers")
struct HEIFHeaderTests {
    static func box(_ type: String, _ body: [UInt8]) -> [UInt8] { be32(body.count + 8) + Array(type.utf8) + body }
    static func fullBox(_ type: String, version: UInt8 = 0, flags: UInt8 = 0, _ body: [UInt8]) -> [UInt8] { box(type, [version, 0, 0, flags] + body) }
    static func be32(_ value: Int) -> [UInt8] { [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    static func ispe(_ width: Int, _ height: Int) -> [UInt8] { fullBox("ispe", be32(width) + be32(height)) }

    /// ftyp `brand`, then meta: pitm (when given), ipco with `sizes` in order, ipma (version 1, 16-bit indices)
    /// giving item n the property n.
    static func heif(brand: String = "heic", primary: Int?, sizes: [(Int, Int)]) -> Data {
        heif(brand: brand, primary: primary, properties: sizes.map { ispe($0.0, $0.1) }, associations: (1...sizes.count).map { [$0] })
    }

    /// ftyp, then meta: pitm (when given), ipco holding `properties`, ipma giving item n+1 the 1-based property
    /// indices `associations[n]`.
    static func heif(brand: String = "heic", primary: Int?, properties: [[UInt8]], associations: [[Int]]) -> Data {
        let ftyp = box("ftyp", Array(brand.utf8) + be32(0) + Array("mif1".utf8))
        let pitm = primary.map { fullBox("pitm", [0, UInt8($0)]) } ?? []
        let ipco = box("ipco", properties.flatMap { $0 })
        var entries: [UInt8] = be32(associations.count)
        for (item, indices) in associations.enumerated() {
            entries += be32(item + 1) + [UInt8(indices.count)] + indices.flatMap { [0x80, UInt8($0)] }
        }
        let ipma = fullBox("ipma", version: 1, flags: 1, entries)
        let meta = fullBox("meta", pitm + box("iprp", ipco + ipma))
        return Data(ftyp + meta)
    }

    @Test("the primary item's size is used even when another item is larger")
    func primaryWins() throws {
        let data = Self.heif(primary: 2, sizes: [(4000, 3000), (640, 480), (160, 120)])
        let info = try ImageInspector.inspect(data, field: "firstFrame", provider: "test")
        #expect(info.format == .heic && info.width == 640 && info.height == 480)
    }

    @Test("the clean aperture crops the coded size and a 90° rotation swaps it, as a real encoder writes them")
    func cleanApertureAndRotation() throws {
        let clap = Self.box("clap", Self.be32(64) + Self.be32(1) + Self.be32(48) + Self.be32(1) + [UInt8](repeating: 0, count: 16))
        let irot = Self.box("irot", [1])
        let data = Self.heif(primary: 1, properties: [Self.ispe(64, 64), clap, irot], associations: [[1, 2, 3]])
        let info = try ImageInspector.inspect(data, field: "firstFrame", provider: "test")
        #expect(info.width == 48 && info.height == 64)
    }

    @Test("without a primary item, the largest size is used; mif1 is HEIF")
    func largestWithoutPrimary() throws {
        let data = Self.heif(brand: "mif1", primary: nil, sizes: [(160, 120), (1280, 720)])
        let info = try ImageInspector.inspect(data, field: "firstFrame", provider: "test")
        #expect(info.format == .heif && info.width == 1280 && info.height == 720)
    }

    @Test("without any ispe, the size is unknown rather than an error")
    func noSize() throws {
        let ftyp = Self.box("ftyp", Array("heic".utf8) + Self.be32(0))
        let data = Data(ftyp + Self.fullBox("meta", Self.box("hdlr", [0, 0, 0, 0] + Array("pict".utf8))))
        let info = try ImageInspector.inspect(data, field: "firstFrame", provider: "test")
        #expect(info.width == nil && info.height == nil)
    }

    @Test("a box larger than the file is reported as truncated")
    func boxPastTheEnd() throws {
        let full = Self.heif(primary: 1, sizes: [(640, 480)])
        let error = try #require(throws: SeedanceError.self) {
            try ImageInspector.inspect(full.prefix(full.count - 3), field: "lastFrame", provider: "test")
        }
        #expect(error.field == "lastFrame" && error.message.contains("truncated"))
    }
}
