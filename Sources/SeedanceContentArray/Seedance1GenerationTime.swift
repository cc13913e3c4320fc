import SeedanceCore

/// How long Seedance 1.x takes to render a video: an ESTIMATE for placing the first poll, not a documented figure.
///
/// No seed or official page states generation times for these models. The figures are seconds of work per second
/// of video, chosen so that Seedance 1.5 Pro at 720p for 5 s comes to about 60 s (the order of magnitude resellers
/// report; APIXO documents 40–60 s for a 4 s video in docs/dialects/apixo.md), scaled by pixel count per resolution and
/// by how much faster the Fast and Lite variants are sold as. The polling engine learns real values from finished
/// tasks and replaces these.
package enum Seedance1GenerationTime {
    /// Seconds of generation per second of video, by model and resolution. [ESTIMATE]
    package static func secondsPerVideoSecond(_ model: Seedance1Model, resolution: Resolution) -> Double {
        let at720: Double
        switch model {
        case .v1_5Pro: at720 = 12
        case .v1_0Pro: at720 = 10
        case .v1_0ProFast: at720 = 5
        case .v1_0LiteT2V, .v1_0LiteI2V: at720 = 7
        }
        switch resolution {
        case .p480: return at720 / 2
        case .p1080: return at720 * 2
        default: return at720
        }
    }

    /// The video length assumed for `.auto` (the middle of 4…12 s).
    package static let assumedAutoSeconds: Double = 8

    /// Expected time to finish a task of `request` on `model`, or `nil` for the `flex` tier (offline inference:
    /// it may wait up to its expiry, hours). Unset resolution and duration take the model's defaults; a draft
    /// renders at 480p.
    package static func expected(_ model: Seedance1Model, request: VideoRequest) -> Duration? {
        if request.serviceTier == .flex { return nil }
        let capabilities = model.capabilities(id: "")
        let resolution = request.draft == true ? Seedance1Limits.draftResolution : (request.resolution ?? capabilities.defaultResolution ?? .p720)
        let seconds: Double
        switch request.duration ?? capabilities.defaultDuration ?? .seconds(5) {
        case .auto: seconds = assumedAutoSeconds
        case let duration: seconds = duration.approximateSeconds ?? assumedAutoSeconds
        }
        return .clampedSeconds(seconds * secondsPerVideoSecond(model, resolution: resolution))
    }

    /// Polling hints for a task of `request` on `model` (`nil` model or request: nothing known, generic bounds).
    /// First poll at half the expected time (at least 5 s), then every 3…30 s; `flex` tasks every 15 s…5 min.
    package static func pollingHints(_ model: Seedance1Model?, request: VideoRequest?) -> PollingHints {
        if request?.serviceTier == .flex {
            return PollingHints(expectedDuration: nil, firstPollDelay: .seconds(60), minimumInterval: .seconds(15), maximumInterval: .seconds(300))
        }
        guard let model, let request, let expected = expected(model, request: request) else {
            return PollingHints(expectedDuration: nil, firstPollDelay: .seconds(5), minimumInterval: .seconds(3), maximumInterval: .seconds(30))
        }
        let firstPoll = max(Duration.seconds(5), expected / 2)
        return PollingHints(expectedDuration: expected, firstPollDelay: firstPoll, minimumInterval: .seconds(3), maximumInterval: .seconds(30))
    }
}
