import Foundation

/// Builds WAV and MP3 bytes by hand for the header tests, from the RIFF/WAVE layout and the MPEG audio frame
/// header layout (ISO/IEC 11172-3), independently of the reader's code.
enum AudioBytes {
    static func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    static func le32(_ value: Int) -> [UInt8] { [0, 8, 16, 24].map { UInt8(value >> $0 & 0xFF) } }

    static func chunk(_ id: String, _ body: [UInt8], declaredSize: Int? = nil) -> [UInt8] {
        Array(id.utf8) + le32(declaredSize ?? body.count) + body + (body.count % 2 == 1 ? [0] : [])
    }

    /// A `fmt ` chunk body: format tag, channels, sample rate, byte rate, block align, bits per sample.
    static func format(tag: Int = 1, channels: Int = 2, sampleRate: Int = 48_000, bits: Int = 16, extensibleSubformat: Int? = nil) -> [UInt8] {
        let blockAlign = channels * bits / 8
        var body = le16(tag) + le16(channels) + le32(sampleRate) + le32(sampleRate * blockAlign) + le16(blockAlign) + le16(bits)
        if let extensibleSubformat { body += le16(22) + le16(bits) + le32(3) + le16(extensibleSubformat) + [UInt8](repeating: 0, count: 14) }
        return body
    }

    static func wav(_ chunks: [[UInt8]]) -> Data {
        let body = Array("WAVE".utf8) + chunks.flatMap { $0 }
        return Data(Array("RIFF".utf8) + le32(body.count) + body)
    }

    /// An ID3v2.4 tag with `size` bytes of payload (the size written as a syncsafe integer).
    static func id3(size: Int, footer: Bool = false) -> [UInt8] {
        let syncsafe = [21, 14, 7, 0].map { UInt8(size >> $0 & 0x7F) }
        return Array("ID3".utf8) + [4, 0, footer ? 0x10 : 0] + syncsafe + [UInt8](repeating: 0x20, count: size)
            + (footer ? Array("3DI".utf8) + [4, 0, 0x10] + syncsafe : [])
    }

    /// A layer III frame header: MPEG-1 (`version` 1), MPEG-2 (2) or MPEG-2.5 (25), the given bitrate and sample
    /// rate table indexes, stereo or mono.
    static func frameHeader(version: Int = 1, bitrateIndex: Int, rateIndex: Int, mono: Bool = false) -> [UInt8] {
        let versionBits: UInt8 = version == 1 ? 3 : version == 2 ? 2 : 0
        return [0xFF, 0xE0 | versionBits << 3 | 1 << 1 | 1, UInt8(bitrateIndex << 4 | rateIndex << 2), mono ? 0xC0 : 0x00]
    }

    /// `count` frames of `length` bytes each, all with the same header.
    static func frames(_ header: [UInt8], length: Int, count: Int) -> [UInt8] {
        Array((0..<count).map { _ in header + [UInt8](repeating: 0x55, count: length - 4) }.joined())
    }

    /// A first frame of `length` bytes carrying a `tag` ("Xing", "Info" or "VBRI") header with `frameCount` at
    /// `tagOffset` bytes from the frame start.
    static func taggedFrame(_ header: [UInt8], length: Int, tag: String, tagOffset: Int, frameCount: Int) -> [UInt8] {
        var frame = header + [UInt8](repeating: 0, count: length - 4)
        let be32 = { (value: Int) in [24, 16, 8, 0].map { UInt8(value >> $0 & 0xFF) } }
        let body =
            tag == "VBRI"
            ? Array(tag.utf8) + [0, 1, 0, 0, 0, 50] + be32(123_456) + be32(frameCount)
            : Array(tag.utf8) + be32(0x0F) + be32(frameCount) + be32(123_456)
        frame.replaceSubrange(tagOffset..<tagOffset + body.count, with: body)
        return frame
    }
}
