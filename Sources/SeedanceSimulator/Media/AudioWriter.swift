import Foundation

/// Writes silent audio files with no dependency, for reference clips and generated audio tracks.
package enum AudioWriter {
    /// A RIFF/WAVE file of `seconds` of silence: 8 kHz, unsigned 8-bit mono PCM (samples at their midpoint, 128).
    package static func wav(seconds: Double, sampleRate: Int = 8000) -> Data {
        let samples = max(0, Int((seconds * Double(sampleRate)).rounded()))
        var file = Data()
        func append(_ text: String) { file.append(contentsOf: Array(text.utf8)) }
        func append32(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { file.append(contentsOf: $0) } }
        func append16(_ value: Int) { withUnsafeBytes(of: UInt16(value).littleEndian) { file.append(contentsOf: $0) } }
        append("RIFF"); append32(36 + samples); append("WAVE")
        append("fmt "); append32(16); append16(1); append16(1); append32(sampleRate); append32(sampleRate); append16(1); append16(8)
        append("data"); append32(samples)
        file.append(Data(repeating: 128, count: samples))
        return file
    }

    /// An MP3 of `seconds` of silence (rounded to whole frames of 24 ms): MPEG-1 layer III, 48 kHz, 128 kbit/s
    /// mono, constant bitrate. The first frame carries a LAME-style `Info` header with the frame count, so readers
    /// time the file exactly; every frame's side information is zero (no coded samples: silence).
    package static func mp3(seconds: Double) -> Data {
        let frameLength = 384  // 144 × 128 000 ÷ 48 000, no padding
        let frames = max(1, Int((seconds * 48_000 / 1152).rounded()))
        let header: [UInt8] = [0xFF, 0xFB, 0x94, 0xC4]  // MPEG-1 layer III, no CRC; 128 kbit/s, 48 kHz; mono
        var info = header + [UInt8](repeating: 0, count: frameLength - 4)
        let tag = Array("Info".utf8) + [0, 0, 0, 1] + [24, 16, 8, 0].map { UInt8(frames >> $0 & 0xFF) }
        info.replaceSubrange(21..<(21 + tag.count), with: tag)  // after the 17 bytes of mono side information
        var file = Data(info)
        let silent = Data(header + [UInt8](repeating: 0, count: frameLength - 4))
        for _ in 0..<frames { file.append(silent) }
        return file
    }
}
