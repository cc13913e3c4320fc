/// WAV: RIFF chunks after the 12-byte `RIFF….WAVE` header, walked by their headers alone. The `fmt ` chunk gives
/// the format tag, channels, sample rate and byte rate; the duration is the `data` chunk's size over the byte rate.
/// A `data` size running past the end of the file (a streamed WAV declares 0xFFFFFFFF) counts the bytes present.
enum WAVHeader {
    /// The most chunks walked; a file of endless tiny chunks is refused rather than walked.
    static let maxChunks = 10_000

    /// What the `fmt ` and `data` chunks declare (``MediaInfo/bytesRead`` left 0 for the caller to fill).
    ///
    /// - Throws: ``ImageHeaderError`` when a chunk header is cut short, `fmt ` or `data` is missing, or `fmt `
    ///   declares a byte rate of 0; the file system's error when a read fails.
    static func info(_ reader: MediaByteReader) throws -> MediaInfo {
        var info = MediaInfo(format: .wav, byteCount: reader.count)
        var byteRate: Int?
        var dataSize: Int?
        var offset = 12
        var chunkCount = 0
        while reader.count - offset >= 8, byteRate == nil || dataSize == nil {
            chunkCount += 1
            guard chunkCount <= maxChunks else { throw ImageHeaderError("has more than \(maxChunks) RIFF chunks") }
            let (id, size) = try reader.require(offset, 8, part: "WAV chunk header").withUnsafeBytes { buffer in
                let bytes = HeaderBytes(buffer, part: "WAV chunk header")
                return (try bytes.fourCC(0), try bytes.le32(4))
            }
            let body = offset + 8
            if id == "fmt " {
                guard size >= 16 else { throw ImageHeaderError.malformed("WAV fmt chunk (\(size) bytes)") }
                let chunk = try reader.require(body, min(size, 26), part: "WAV fmt chunk")
                byteRate = try chunk.withUnsafeBytes { buffer in
                    let bytes = HeaderBytes(buffer, part: "WAV fmt chunk")
                    var tag = try bytes.le16(0)
                    if tag == 0xFFFE, bytes.has(2, at: 24) { tag = try bytes.le16(24) }
                    info.audioCodec = codec(formatTag: tag)
                    let channels = try bytes.le16(2), rate = try bytes.le32(4)
                    info.channels = channels > 0 ? channels : nil
                    info.sampleRate = rate > 0 ? rate : nil
                    return try bytes.le32(8)
                }
            } else if id == "data" {
                dataSize = min(size, reader.count - body)
            }
            offset = body + size + (size & 1)
        }
        guard let byteRate else { throw ImageHeaderError.malformed("WAV file (no fmt chunk)") }
        guard let dataSize else { throw ImageHeaderError.malformed("WAV file (no data chunk)") }
        guard byteRate > 0 else { throw ImageHeaderError.malformed("WAV fmt chunk (byte rate 0)") }
        info.durationSeconds = Double(dataSize) / Double(byteRate)
        return info
    }

    /// The codec a WAVE format tag names: 1 (integer) and 3 (float) are PCM, 0x55 MP3, others `wave-0x….`.
    private static func codec(formatTag: Int) -> MediaCodec {
        switch formatTag {
        case 1, 3: return .pcm
        case 0x55: return .mp3
        default:
            let hex = String(formatTag, radix: 16)
            return MediaCodec(rawValue: "wave-0x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
        }
    }
}
