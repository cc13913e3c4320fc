/// HEIF / HEIC: ISO base media boxes. The size is the displayed size of the primary item (`pitm`): its `ispe`
/// (image spatial extents, the coded size) cropped by its `clap` (clean aperture) and turned by its `irot`, taking
/// the properties the `ipma` box associates with it in order, from `meta` → `iprp` → `ipco`. Without `pitm`/`ipma`,
/// the largest `ispe` is used; without any `ispe`, the size is unknown (`nil`).
enum HEIFHeader {
    static func size(_ bytes: HeaderBytes) throws -> PixelSize? {
        var bytes = bytes
        bytes.part = "HEIF box structure"
        guard let meta = try bytes.isoBoxes(in: 0..<bytes.count, stopAt: "meta").first(where: { $0.type == "meta" }) else {
            throw ImageHeaderError.malformed("HEIF file (no meta box)")
        }
        bytes.part = "HEIF meta box"
        guard meta.content.count >= 4 else { throw ImageHeaderError.truncated("HEIF meta box") }
        let metaChildren = try bytes.isoBoxes(in: meta.content.lowerBound + 4..<meta.content.upperBound)
        var primary: Int?
        if let pitm = metaChildren.first(where: { $0.type == "pitm" }) {
            primary = try bytes.u8(pitm.content.lowerBound) == 0 ? bytes.be16(pitm.content.lowerBound + 4) : bytes.be32(pitm.content.lowerBound + 4)
        }
        guard let iprp = metaChildren.first(where: { $0.type == "iprp" }) else { return nil }
        let iprpChildren = try bytes.isoBoxes(in: iprp.content)
        guard let ipco = iprpChildren.first(where: { $0.type == "ipco" }) else { return nil }
        let properties = try bytes.isoBoxes(in: ipco.content)
        if let primary, let ipma = iprpChildren.first(where: { $0.type == "ipma" }) {
            let associated = try associations(bytes, ipma: ipma.content, item: primary)
            var size: PixelSize?
            for index in associated where (1...properties.count).contains(index) {
                size = try apply(properties[index - 1], to: size, bytes)
            }
            if let size { return size }
        }
        var largest: PixelSize?
        for property in properties where property.type == "ispe" {
            guard let size = try apply(property, to: nil, bytes) else { continue }
            if Double(size.width) * Double(size.height) > Double(largest?.width ?? 0) * Double(largest?.height ?? 0) { largest = size }
        }
        return largest
    }

    /// `size` after one item property: `ispe` sets it, `clap` crops it, `irot` by 90° or 270° swaps it; others keep it.
    private static func apply(_ property: ISOBox, to size: PixelSize?, _ bytes: HeaderBytes) throws -> PixelSize? {
        let start = property.content.lowerBound
        switch property.type {
        case "ispe":
            guard property.content.count >= 12 else { throw ImageHeaderError.truncated("HEIF ispe box") }
            return try bytes.size(bytes.be32(start + 4), bytes.be32(start + 8))
        case "clap":
            guard let size else { return nil }
            guard property.content.count >= 16 else { throw ImageHeaderError.truncated("HEIF clap box") }
            let widthN = try bytes.be32(start), widthD = try bytes.be32(start + 4)
            let heightN = try bytes.be32(start + 8), heightD = try bytes.be32(start + 12)
            guard widthD > 0, heightD > 0 else { throw ImageHeaderError.malformed("HEIF clap box (zero denominator)") }
            let cropped = try bytes.size((widthN + widthD / 2) / widthD, (heightN + heightD / 2) / heightD)
            return PixelSize(width: min(cropped.width, size.width), height: min(cropped.height, size.height))
        case "irot":
            guard let size else { return nil }
            guard property.content.count >= 1 else { throw ImageHeaderError.truncated("HEIF irot box") }
            return try bytes.u8(start) & 0x01 == 1 ? PixelSize(width: size.height, height: size.width) : size
        default:
            return size
        }
    }

    /// The 1-based `ipco` property indices `ipma` associates with `item`.
    private static func associations(_ bytes: HeaderBytes, ipma content: Range<Int>, item: Int) throws -> [Int] {
        var bytes = bytes
        bytes.part = "HEIF ipma box"
        let version = try bytes.u8(content.lowerBound)
        let wideIndices = try bytes.u8(content.lowerBound + 3) & 0x01 == 1
        let entryCount = try bytes.be32(content.lowerBound + 4)
        var offset = content.lowerBound + 8
        for _ in 0..<min(entryCount, content.count) {
            guard offset < content.upperBound else { throw ImageHeaderError.truncated("HEIF ipma box") }
            let itemID = version < 1 ? try bytes.be16(offset) : try bytes.be32(offset)
            offset += version < 1 ? 2 : 4
            let count = Int(try bytes.u8(offset))
            offset += 1
            var indices: [Int] = []
            for _ in 0..<count {
                indices.append(wideIndices ? try bytes.be16(offset) & 0x7FFF : Int(try bytes.u8(offset) & 0x7F))
                offset += wideIndices ? 2 : 1
            }
            if itemID == item { return indices }
        }
        return []
    }
}
