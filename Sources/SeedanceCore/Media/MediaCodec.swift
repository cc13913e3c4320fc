/// A codec named by a container's sample entry or format tag: the well-known ones normalised, others raw.
public struct MediaCodec: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// H.264 / AVC (`avc1`, `avc3`).
    public static let h264: MediaCodec = "h264"
    /// H.265 / HEVC (`hvc1`, `hev1`).
    public static let h265: MediaCodec = "h265"
    /// AAC (`mp4a` with an AAC object type, or without a readable one).
    public static let aac: MediaCodec = "aac"
    /// MPEG audio layer III (`.mp3`, `mp4a` with an MP3 object type, or an MP3 file).
    public static let mp3: MediaCodec = "mp3"
    /// Uncompressed PCM (`lpcm`, `sowt`, `twos`, `in24`, `in32`, `fl32`, `fl64`, `raw `, or WAVE format 1).
    public static let pcm: MediaCodec = "pcm"

    /// The codec an ISO/QuickTime sample entry type names: the known ones normalised, any other the four
    /// characters as they are (`av01`, `mp4v`).
    init(sampleEntry fourCC: String) {
        switch fourCC {
        case "avc1", "avc3": self = .h264
        case "hvc1", "hev1": self = .h265
        case "mp4a": self = .aac
        case ".mp3": self = .mp3
        case "lpcm", "sowt", "twos", "in24", "in32", "fl32", "fl64", "raw ": self = .pcm
        default: self.init(rawValue: fourCC)
        }
    }
}
