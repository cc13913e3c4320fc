import Foundation

/// MP3: skips ID3v2 tags, finds the first MPEG audio layer III frame and times the file from a Xing / Info or VBRI
/// header in that frame when there is one (exact: frame count × samples per frame ÷ sample rate). Without one, the
/// duration is an estimate: the audio bytes (file size less the tags) at the first frame's bitrate, exact only for
/// a constant-bitrate file; ``MediaInfo/durationIsEstimate`` says so.
enum MP3Header {
    /// How far past the tags the first frame is looked for.
    static let syncWindow = 16 << 10

    /// One MPEG audio layer III frame header.
    struct Frame: Sendable, Hashable {
        /// 1 for MPEG-1, 2 for MPEG-2, 25 for MPEG-2.5.
        var version: Int
        /// Bits per second; 0 for "free format".
        var bitrate: Int
        var sampleRate: Int
        var channels: Int

        var samplesPerFrame: Int { version == 1 ? 1152 : 576 }
        /// The side information between the 4-byte header and a Xing / Info header.
        var sideInfoLength: Int { version == 1 ? (channels == 1 ? 17 : 32) : (channels == 1 ? 9 : 17) }

        /// The layer III frame header in these four bytes, or `nil` when they are not one.
        init?(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8, _ b3: UInt8) {
            guard b0 == 0xFF, b1 & 0xE0 == 0xE0, (b1 >> 1) & 0x03 == 1 else { return nil }
            let bitrateIndex = Int(b2 >> 4), rateIndex = Int((b2 >> 2) & 0x03)
            guard bitrateIndex != 15, rateIndex != 3 else { return nil }
            switch (b1 >> 3) & 0x03 {
            case 3: version = 1
            case 2: version = 2
            case 0: version = 25
            default: return nil
            }
            let kilobits =
                version == 1
                ? [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
                : [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
            bitrate = kilobits[bitrateIndex] * 1000
            sampleRate = [44100, 48000, 32000][rateIndex] / (version == 1 ? 1 : version == 2 ? 2 : 4)
            channels = b3 >> 6 == 3 ? 1 : 2
        }
    }

    /// The codec, sample rate, channels and duration of the MP3 behind `reader` (``MediaInfo/bytesRead`` left 0).
    ///
    /// - Throws: ``ImageHeaderError`` when an ID3v2 tag is malformed or no layer III frame follows the tags within
    ///   ``syncWindow`` bytes; the file system's error when a read fails.
    static func info(_ reader: MediaByteReader) throws -> MediaInfo {
        var start = 0
        for _ in 0..<16 {
            let tag = try reader.read(start, 10)
            guard tag.count == 10, tag.starts(with: Array("ID3".utf8)) else { break }
            let sizeBytes = tag[6..<10]
            guard sizeBytes.allSatisfy({ $0 & 0x80 == 0 }) else { throw ImageHeaderError.malformed("ID3v2 tag size") }
            let size = sizeBytes.reduce(0) { $0 << 7 | Int($1) }
            start += 10 + size + (tag[5] & 0x10 != 0 ? 10 : 0)
        }
        let window = [UInt8](try reader.read(start, syncWindow + 4))
        var frameStart: Int?
        var frame: Frame?
        for index in 0..<max(0, window.count - 3) {
            if let found = Frame(window[index], window[index + 1], window[index + 2], window[index + 3]) {
                frameStart = index
                frame = found
                break
            }
        }
        guard let frameStart, let frame else {
            throw ImageHeaderError.malformed("MP3 file (no MPEG audio layer III frame after the tags)")
        }
        var info = MediaInfo(format: .mp3, audioCodec: .mp3, sampleRate: frame.sampleRate, channels: frame.channels, byteCount: reader.count)
        if let frames = try window.withUnsafeBytes({ buffer in
            try framesDeclared(HeaderBytes(buffer, part: "MP3 Xing/VBRI header"), frameStart: frameStart, frame: frame)
        }) {
            info.durationSeconds = Double(frames) * Double(frame.samplesPerFrame) / Double(frame.sampleRate)
        } else if frame.bitrate > 0 {
            let audioStart = start + frameStart
            var audioEnd = reader.count
            if audioEnd - 128 >= audioStart, try reader.read(audioEnd - 128, 3) == Data("TAG".utf8) { audioEnd -= 128 }
            info.durationSeconds = Double(max(0, audioEnd - audioStart)) * 8 / Double(frame.bitrate)
            info.durationIsEstimate = true
        }
        return info
    }

    /// The frame count a Xing / Info header (after the side information) or a VBRI header (32 bytes after the frame
    /// header) declares, or `nil` when there is neither or it gives no count.
    private static func framesDeclared(_ bytes: HeaderBytes, frameStart: Int, frame: Frame) throws -> Int? {
        let xing = frameStart + 4 + frame.sideInfoLength
        if bytes.matches("Xing", at: xing) || bytes.matches("Info", at: xing) {
            guard try bytes.be32(xing + 4) & 0x01 != 0 else { return nil }
            let frames = try bytes.be32(xing + 8)
            return frames > 0 ? frames : nil
        }
        let vbri = frameStart + 36
        if bytes.matches("VBRI", at: vbri) {
            let frames = try bytes.be32(vbri + 14)
            return frames > 0 ? frames : nil
        }
        return nil
    }
}
