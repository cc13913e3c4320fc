/// What the SDK read from a video or audio file's headers, without decoding a frame or a sample.
public struct MediaInfo: Sendable, Hashable {
    /// The container the bytes are.
    public var format: MediaFormat
    /// The codec of the first video track (mp4, mov), or `nil` when there is none.
    public var videoCodec: MediaCodec?
    /// The codec of the first audio track (mp4, mov) or of the file (wav, mp3), or `nil` when there is none.
    public var audioCodec: MediaCodec?
    /// The duration in seconds, or `nil` when the headers do not give one.
    public var durationSeconds: Double?
    /// Whether ``durationSeconds`` is an estimate: an MP3 without a Xing, Info or VBRI header, timed from its first
    /// frame's bitrate and the file size as if it were constant-bitrate.
    public var durationIsEstimate: Bool
    /// The video track's width in pixels (its track header, else its sample entry), or `nil`.
    public var width: Int?
    /// The video track's height in pixels (its track header, else its sample entry), or `nil`.
    public var height: Int?
    /// The video track's frame rate: its sample count over its media duration, or `nil`.
    public var framesPerSecond: Double?
    /// The audio sample rate in hertz, or `nil`.
    public var sampleRate: Int?
    /// The number of audio channels, or `nil`. For AAC in MP4 / MOV it is the count of the stream's configuration;
    /// for other MP4 audio, the sample entry's, which MP4 writers often set to 2 whatever the stream holds.
    public var channels: Int?
    /// The size of the whole file in bytes.
    public var byteCount: Int
    /// How many bytes the inspector read to find all of this (box, chunk and frame headers and the `moov` box): a
    /// small fraction of ``byteCount`` for a long video read from a file.
    public var bytesRead: Int

    /// `width × height`, or `nil` when either is unknown (or the product does not fit an `Int`).
    public var pixelCount: Int? {
        guard let width, let height else { return nil }
        let product = width.multipliedReportingOverflow(by: height)
        return product.overflow ? nil : product.partialValue
    }

    /// What was read.
    public init(
        format: MediaFormat, videoCodec: MediaCodec? = nil, audioCodec: MediaCodec? = nil, durationSeconds: Double? = nil,
        durationIsEstimate: Bool = false, width: Int? = nil, height: Int? = nil, framesPerSecond: Double? = nil,
        sampleRate: Int? = nil, channels: Int? = nil, byteCount: Int, bytesRead: Int = 0
    ) {
        self.format = format
        self.videoCodec = videoCodec
        self.audioCodec = audioCodec
        self.durationSeconds = durationSeconds
        self.durationIsEstimate = durationIsEstimate
        self.width = width
        self.height = height
        self.framesPerSecond = framesPerSecond
        self.sampleRate = sampleRate
        self.channels = channels
        self.byteCount = byteCount
        self.bytesRead = bytesRead
    }
}
