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

    /// Poll placement for a Seedance 2.0 or 2.0 fast task: the shared Seedance 2.x estimate of the core
    /// (`Seedance2GenerationTime`, fitted to public reports, since no host publishes generation times), for the model
    /// `request` names: first poll at half the expected time (at least 10 s), then every 5…30 s.
    public static func seedance2Hints(for request: VideoRequest) -> PollingHints {
        Seedance2GenerationTime.pollingHints(request.model == .jiekouSeedance2_0Fast ? .v2_0Fast : .v2_0, request: request)
    }
}
