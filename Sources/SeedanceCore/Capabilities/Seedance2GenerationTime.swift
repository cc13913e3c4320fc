/// How long Seedance 2.x takes to render a video: ESTIMATES for placing the first poll and choosing a wait, not
/// documented figures.
///
/// No provider publishes generation times for the 2.x models. The figures are seconds of work per second of video at
/// each resolution, fitted to the few public observations (docs/dialects/modelark.md, "Generation time"): 2.0 at
/// 1080p for 5 s ≈ 110 s; 2.0 fast at 720p for 5 s ≈ 35–60 s; 2.0 mini ≈ 150 s; reference-to-video on 2.0 for 8 s ≈
/// 165 s (about 1.5× text-to-video); web search adds latency; 4K (concurrency 1 on 2.0) and 30 s clips take much
/// longer. 2.5 and 2.5 Premium are assumed as slow as 2.0, 2.5 flash as fast as 2.0 fast. [ESTIMATE] throughout: the
/// polling engine learns real values from finished tasks and replaces these. Shared by every dialect that serves 2.x.
package enum Seedance2GenerationTime {
    /// Seconds of generation per second of video for a text-to-video task, by model and resolution. [ESTIMATE]
    package static func secondsPerVideoSecond(_ model: Seedance2Model, resolution: Resolution) -> Double {
        let at720: Double
        switch model {
        case .v2_0, .v2_5, .v2_5Premium: at720 = 14
        case .v2_0Fast, .v2_5Flash: at720 = 9
        case .v2_0Mini: at720 = 28
        }
        switch resolution {
        case .p480: return at720 * 0.6
        case .p1080: return at720 * 1.6
        case .p4k: return at720 * 4.5
        default: return at720
        }
    }

    /// How much longer a task with reference images, videos or audio takes than text-to-video. [ESTIMATE]
    package static let referenceFactor = 1.5
    /// What a web search may add to a task. [ESTIMATE]
    package static let webSearchExtra: Duration = .seconds(30)
    /// The shortest wait worth recommending for any 2.x task (about 4× the slowest 5 s 1080p observation).
    package static let minimumRecommendedWait: Duration = .seconds(15 * 60)

    /// The video length assumed when the request leaves it to the model (`auto`, an edit, a final from a draft):
    /// the middle of the model's range (2.0 family ≈ 10 s, 2.5 line 17 s).
    package static func assumedAutoSeconds(_ model: Seedance2Model) -> Double {
        model.is2_5Line ? 17 : 10
    }

    /// Expected time to finish a task of `request` on `model`. Unset resolution and duration take the model's
    /// defaults; a draft renders at its draft resolution; a final from a draft at the model's first final resolution
    /// when none is set; references multiply by ``referenceFactor``; web search adds ``webSearchExtra``.
    package static func expected(_ model: Seedance2Model, request: VideoRequest) -> Duration {
        let capabilities = model.capabilities(id: "")
        var resolution = request.resolution ?? capabilities.defaultResolution ?? .p720
        if request.draft == true, let drafts = capabilities.drafts { resolution = drafts.draftResolution }
        if request.draftTaskID != nil, request.resolution == nil, let final = capabilities.drafts?.finalResolutions.first { resolution = final }
        let seconds =
            request.draftTaskID == nil
            ? (request.duration ?? capabilities.defaultDuration)?.approximateSeconds ?? assumedAutoSeconds(model)
            : assumedAutoSeconds(model)
        var work = seconds * secondsPerVideoSecond(model, resolution: resolution)
        if request.hasReferences { work *= referenceFactor }
        if request.webSearch == true { work += webSearchExtra.timeInterval }
        return .clampedSeconds(work)
    }

    /// Polling hints for a task of `request` on `model`: first poll at half the expected time (at least 10 s), then
    /// every 5…30 s (the official samples poll every 10–30 s).
    package static func pollingHints(_ model: Seedance2Model, request: VideoRequest?) -> PollingHints {
        let expected = expected(model, request: request ?? VideoRequest())
        let firstPoll = max(Duration.seconds(10), expected / 2)
        return PollingHints(expectedDuration: expected, firstPollDelay: firstPoll, minimumInterval: .seconds(5), maximumInterval: .seconds(30))
    }

    /// How long a caller should be ready to wait for a task of `request` on `model`: five times the expected time,
    /// at least ``minimumRecommendedWait`` (15 min). 2.x queues (4K runs one task at a time on 2.0) make the tail long.
    package static func recommendedWait(_ model: Seedance2Model, request: VideoRequest) -> Duration {
        max(minimumRecommendedWait, expected(model, request: request) * 5)
    }
}
