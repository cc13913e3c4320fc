import SeedanceCore

/// APIXO's documented timings (docs/dialects/apixo.md): "4-second video ~40-60 seconds, 8-second ~60-90, 12-second
/// ~90-120; submit, wait 50 seconds, then poll every 5 seconds".
enum APIXOPollingHints {
    /// Midpoints of the documented ranges, by video length; lengths in between are interpolated.
    static let expectedSeconds: [(video: Int, generation: Double)] = [(4, 50), (8, 75), (12, 105)]

    static func hints(for request: VideoRequest?, model: ModelID) -> PollingHints {
        guard let request else {
            return PollingHints(expectedDuration: nil, firstPollDelay: .zero, minimumInterval: .seconds(5), maximumInterval: .seconds(15))
        }
        if APIXOSeedance2Models.contains(model), let family = Seedance2Model.recognise(model) {
            return Seedance2GenerationTime.pollingHints(family, request: request)
        }
        var expected: Duration?
        if case .seconds(let seconds)? = request.duration { expected = .seconds(generationSeconds(forVideo: seconds)) }
        return PollingHints(expectedDuration: expected, firstPollDelay: .seconds(50), minimumInterval: .seconds(5), maximumInterval: .seconds(15))
    }

    /// The expected generation time for a video of `seconds`, clamped to the documented 4…12 s table.
    static func generationSeconds(forVideo seconds: Int) -> Double {
        let table = expectedSeconds
        if seconds <= table[0].video { return table[0].generation }
        for (lower, upper) in zip(table, table.dropFirst()) where seconds <= upper.video {
            let fraction = Double(seconds - lower.video) / Double(upper.video - lower.video)
            return lower.generation + fraction * (upper.generation - lower.generation)
        }
        return table[table.count - 1].generation
    }
}
