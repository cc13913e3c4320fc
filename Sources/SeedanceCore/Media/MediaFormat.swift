/// A video or audio container, as read from a file's bytes (never its name): always lowercase.
public struct MediaFormat: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
    /// MPEG-4 (ISO base media file, `video/mp4`).
    public static let mp4: MediaFormat = "mp4"
    /// QuickTime (`video/quicktime`).
    public static let mov: MediaFormat = "mov"
    /// WAVE audio in a RIFF container.
    public static let wav: MediaFormat = "wav"
    /// MPEG audio layer III.
    public static let mp3: MediaFormat = "mp3"

    /// Whether this container carries video (mp4, mov) rather than audio only (wav, mp3).
    public var isVideoContainer: Bool { self == .mp4 || self == .mov }
}
