/// The parts of an `mp4a` entry's `esds` (MPEG-4 elementary stream descriptor, ISO/IEC 14496-1), found directly or
/// inside a QuickTime `wave` box, that the inspector uses: the decoder's object type (0x40 AAC, 0x69 / 0x6B MP3)
/// and, for AAC, the channel count of its AudioSpecificConfig (ISO/IEC 14496-3). Best effort: `nil` when there is
/// no readable descriptor, and the entry's own values stand.
struct ElementaryStreamDescriptor: Sendable, Hashable {
    var objectType: Int
    /// 1–6, or 8 for channel configuration 7; `nil` when the configuration defers to a program config element.
    var channels: Int?

    init?(_ bytes: HeaderBytes, entryChildren: Range<Int>) {
        guard let children = try? bytes.isoBoxes(in: entryChildren) else { return nil }
        var descriptor = children.first { $0.type == "esds" }
        if descriptor == nil, let wave = children.first(where: { $0.type == "wave" }) {
            descriptor = (try? bytes.isoBoxes(in: wave.content))?.first { $0.type == "esds" }
        }
        guard let descriptor, let parsed = try? Self.parse(bytes, from: descriptor.content.lowerBound + 4) else { return nil }
        self = parsed
    }

    /// The ES descriptor (tag 3) at `offset`, its decoder config (tag 4) and decoder specific info (tag 5).
    private static func parse(_ bytes: HeaderBytes, from start: Int) throws -> ElementaryStreamDescriptor? {
        var offset = start
        /// Steps over a descriptor's tag and its 1–4 byte length; whether the tag was `tag`.
        func enter(_ tag: UInt8) throws -> Bool {
            guard try bytes.u8(offset) == tag else { return false }
            offset += 1
            for _ in 0..<4 {
                offset += 1
                if try bytes.u8(offset - 1) & 0x80 == 0 { break }
            }
            return true
        }
        guard try enter(0x03) else { return nil }
        let flags = try bytes.u8(offset + 2)
        offset += 3
        if flags & 0x80 != 0 { offset += 2 }
        if flags & 0x40 != 0 { offset += 1 + Int(try bytes.u8(offset)) }
        if flags & 0x20 != 0 { offset += 2 }
        guard try enter(0x04) else { return nil }
        var result = ElementaryStreamDescriptor(objectType: Int(try bytes.u8(offset)), channels: nil)
        offset += 13
        guard result.objectType == 0x40, bytes.has(1, at: offset), try enter(0x05) else { return result }
        // AudioSpecificConfig: 5 bits object type (31: 6 more), 4 bits frequency index (15: 24 more), 4 bits channels.
        var bit = offset * 8
        func read(_ count: Int) throws -> Int {
            var value = 0
            for _ in 0..<count {
                value = value << 1 | Int(try bytes.u8(bit / 8) >> (7 - UInt8(bit % 8)) & 1)
                bit += 1
            }
            return value
        }
        if try read(5) == 31 { _ = try read(6) }
        if try read(4) == 15 { _ = try read(24) }
        let configuration = try read(4)
        result.channels = (1...6).contains(configuration) ? configuration : configuration == 7 ? 8 : nil
        return result
    }

    private init(objectType: Int, channels: Int?) {
        self.objectType = objectType
        self.channels = channels
    }
}
