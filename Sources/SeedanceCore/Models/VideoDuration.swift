/// How long the video should be.
public enum VideoDuration: Sendable, Hashable {
    /// A whole number of seconds.
    case seconds(Int)
    /// Let the model choose (sent as `-1` where the dialect allows it).
    case auto
    /// An exact frame count (24 fps), where the model accepts one (`25 + 4n` within 29…289 on Seedance 1.0).
    case frames(Int)

    /// The length in seconds at 24 fps, or `nil` for `.auto`.
    public var approximateSeconds: Double? {
        switch self {
        case .seconds(let seconds): Double(seconds)
        case .auto: nil
        case .frames(let frames): Double(frames) / 24
        }
    }
}

extension VideoDuration: CustomStringConvertible {
    public var description: String {
        switch self {
        case .seconds(let seconds): "\(seconds)s"
        case .auto: "auto"
        case .frames(let frames): "\(frames) frames"
        }
    }
}
