import SeedanceCore

extension JieKou {
    /// Poll placement for a task made from `request` [INFERRED: no host documents generation times].
    ///
    /// A 5 s 720p video is assumed to take about 90 s (60–120 s is typical upstream); the estimate scales with the
    /// length and with resolution (480p ×0.6, 1080p ×1.8). The `flex` tier is offline inference with no time
    /// promise: no estimate, and polls up to 2 minutes apart. First poll after 10 s, then every 3…30 s.
    /// Resuming by id alone (`nil`) gives no estimate. Seedance 2.0 and 2.0 fast: see ``seedance2Hints(for:)``.
    public func pollingHints(for request: VideoRequest?) -> PollingHints {
        guard let request else {
            return PollingHints(expectedDuration: nil, firstPollDelay: .seconds(5), minimumInterval: .seconds(3), maximumInterval: .seconds(30))
        }
        if JieKouModels.isSeedance2(request.model ?? defaultModel) { return Self.seedance2Hints(for: request) }
        if request.serviceTier == .flex {
            return PollingHints(expectedDuration: nil, firstPollDelay: .seconds(30), minimumInterval: .seconds(10), maximumInterval: .seconds(120))
        }
        let seconds = request.duration?.approximateSeconds ?? 5
        let factor: Double =
            switch request.resolution ?? .p720 {
            case .p480: 0.6
            case .p1080: 1.8
            default: 1
            }
        let expected: Duration = .clampedSeconds(90 * seconds / 5 * factor)
        return PollingHints(expectedDuration: expected, firstPollDelay: .seconds(10), minimumInterval: .seconds(3), maximumInterval: .seconds(30))
    }

    /// Poll placement for a Seedance 2.0 task [INFERRED: no host documents generation times; public reports put a
    /// 5 s 1080p video near 110 s and reference tasks at several minutes]. A 5 s 720p video on Seedance 2.0 is assumed
    /// to take about 120 s, half that on 2.0 fast; the estimate scales with the length (auto counts as 10 s), with
    /// resolution (480p ×0.6, 1080p ×1.8) and ×1.5 with reference videos. First poll after 15 s, then every 5…30 s.
    /// A local estimate until a shared Seedance 2.x estimate exists in the core.
    public static func seedance2Hints(for request: VideoRequest) -> PollingHints {
        let seconds = request.duration?.approximateSeconds ?? (request.duration == .auto ? 10 : 5)
        var factor: Double =
            switch request.resolution ?? .p720 {
            case .p480: 0.6
            case .p1080: 1.8
            default: 1
            }
        if request.model == .jiekouSeedance2_0Fast { factor *= 0.5 }
        if !request.referenceVideos.isEmpty { factor *= 1.5 }
        let expected: Duration = .clampedSeconds(120 * seconds / 5 * factor)
        return PollingHints(expectedDuration: expected, firstPollDelay: .seconds(15), minimumInterval: .seconds(5), maximumInterval: .seconds(30))
    }
}
