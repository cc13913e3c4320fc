/// A kind of work whose completion times are learned together.
struct WorkloadKey: Hashable, Sendable {
    var provider: ProviderID
    var model: ModelID?
    var resolution: Resolution?
    /// The requested length in whole seconds (frames converted at 24 fps); `nil` for `auto` or unknown.
    var durationSeconds: Int?
    /// What else changes how long a task takes: reference media (slower), a draft (rendered at 480p whatever else
    /// the request says), a final rendered from a draft, web search (it adds a search before rendering).
    var shape: Shape

    /// The parts of a request besides model, resolution and length that change its generation time.
    struct Shape: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        static let references = Shape(rawValue: 1)
        static let draft = Shape(rawValue: 2)
        static let finalFromDraft = Shape(rawValue: 4)
        static let webSearch = Shape(rawValue: 8)

        /// The shape of `request`.
        init(_ request: VideoRequest) {
            var shape: Shape = []
            if request.hasReferences { shape.insert(.references) }
            if request.draft == true { shape.insert(.draft) }
            if request.draftTaskID != nil { shape.insert(.finalFromDraft) }
            if request.webSearch == true { shape.insert(.webSearch) }
            self = shape
        }

        init(rawValue: UInt8) { self.rawValue = rawValue }
    }

    /// The key for `request` on `provider` (`defaultModel` when the request names none).
    init(provider: ProviderID, request: VideoRequest?, defaultModel: ModelID?) {
        self.provider = provider
        model = request == nil ? nil : (request?.model ?? defaultModel)
        resolution = request?.resolution
        durationSeconds = request?.duration?.approximateSeconds.map { Int($0.rounded()) }
        shape = request.map(Shape.init) ?? []
    }

    init(provider: ProviderID, model: ModelID? = nil, resolution: Resolution? = nil, durationSeconds: Int? = nil, shape: Shape = []) {
        self.provider = provider
        self.model = model
        self.resolution = resolution
        self.durationSeconds = durationSeconds
        self.shape = shape
    }

    /// The provider-wide key this one falls back to.
    var providerWide: WorkloadKey { WorkloadKey(provider: provider) }
}

/// What the engine has learned about how long tasks take, per ``WorkloadKey``, and the poll plans that follow.
///
/// Each key has a ``CompletionHistogram`` seeded with a weak prior from the dialect's ``PollingHints`` (worth
/// ``priorWeight`` observations). Observations also feed the provider-wide key, used while a specific key has
/// fewer than ``minimumObservations`` of its own. Plans are recomputed as observations accumulate (every 10%,
/// at least every 256).
///
/// Determinism: an observation recorded at time *t* is applied only when the model is next read at a later time,
/// and observations applied together are applied in a fixed order; so what the engine decides at one instant does
/// not depend on the order in which concurrent polls finished.
struct CompletionTimeModel: Sendable {
    static let priorWeight = 4.0
    static let minimumObservations = 8

    private struct Bucket: Sendable {
        var histogram: CompletionHistogram
        var hints: PollingHints
        var plan: [Double]?
        var observationsAtPlan = 0
    }

    private struct Pending: Sendable {
        var at: Duration
        var key: WorkloadKey
        var observation: CompletionObservation
    }

    let memory: Int
    let pollCost: Double
    private var buckets: [WorkloadKey: Bucket] = [:]
    private var pending: [Pending] = []

    init(memory: Int, pollCost: Double) {
        self.memory = memory
        self.pollCost = pollCost
    }

    /// Notes that a task of kind `key` finished within `observation` (seconds after submission), seen at `now`.
    mutating func record(_ observation: CompletionObservation, for key: WorkloadKey, hints: PollingHints, at now: Duration) {
        ensureBucket(key, hints: hints)
        ensureBucket(key.providerWide, hints: hints)
        pending.append(Pending(at: now, key: key, observation: observation))
    }

    /// The poll plan (seconds after submission) for work of kind `key`, as known at `now`.
    mutating func plan(for key: WorkloadKey, hints: PollingHints, at now: Duration) -> [Double] {
        applyPending(before: now)
        ensureBucket(key, hints: hints)
        var chosen = key
        if buckets[key]!.histogram.observations < Self.minimumObservations, key != key.providerWide,
            let wide = buckets[key.providerWide], wide.histogram.observations >= Self.minimumObservations
        {
            chosen = key.providerWide
        }
        return currentPlan(chosen)
    }

    /// Observations recorded but not yet applied (the next ``plan(for:hints:at:)`` applies them).
    var pendingCount: Int { pending.count }

    /// Whether plans for `key` still rest mostly on the prior: neither `key` nor its provider-wide key has
    /// ``minimumObservations`` finished tasks applied.
    func isLearning(_ key: WorkloadKey) -> Bool {
        observations(for: key) < Self.minimumObservations && observations(for: key.providerWide) < Self.minimumObservations
    }

    /// The number of finished tasks learned from for `key`.
    func observations(for key: WorkloadKey) -> Int { buckets[key]?.histogram.observations ?? 0 }

    private mutating func currentPlan(_ key: WorkloadKey) -> [Double] {
        var bucket = buckets[key]!
        let observations = bucket.histogram.observations
        let due = max(1, min(256, bucket.observationsAtPlan / 10))
        if let plan = bucket.plan, observations - bucket.observationsAtPlan < due { return plan }
        let plan = PollPlanner.plan(
            mass: bucket.histogram.mass, pollCost: pollCost, minimumGap: bucket.hints.minimumInterval.timeInterval,
            maximumGap: bucket.hints.maximumInterval.timeInterval, shortestDuration: bucket.hints.firstPollDelay.timeInterval)
        bucket.plan = plan
        bucket.observationsAtPlan = observations
        buckets[key] = bucket
        return plan
    }

    private mutating func applyPending(before now: Duration) {
        // `pending` is in time order (the clock never goes back), so the ready ones are a prefix.
        guard let first = pending.first, first.at < now else { return }
        let count = pending.firstIndex { $0.at >= now } ?? pending.count
        var ready = Array(pending[..<count])
        pending.removeFirst(count)
        ready.sort { ($0.at, $0.observation.lower, $0.observation.upper) < ($1.at, $1.observation.lower, $1.observation.upper) }
        for item in ready {
            buckets[item.key]?.histogram.record(item.observation)
            if item.key != item.key.providerWide { buckets[item.key.providerWide]?.histogram.record(item.observation) }
        }
    }

    private mutating func ensureBucket(_ key: WorkloadKey, hints: PollingHints) {
        guard buckets[key] == nil else { return }
        var histogram = CompletionHistogram(memory: memory)
        histogram.addPrior(over: Self.priorRange(hints), weight: Self.priorWeight)
        buckets[key] = Bucket(histogram: histogram, hints: hints)
    }

    /// Where the prior puts completion times: half to twice the expected duration (not before the first-poll
    /// delay), or, with no expectation, from the first-poll delay to twenty maximum intervals after it.
    static func priorRange(_ hints: PollingHints) -> ClosedRange<Double> {
        let first = max(hints.firstPollDelay.timeInterval, CompletionHistogram.firstEdge)
        if let expected = hints.expectedDuration?.timeInterval, expected > 0 {
            let lower = max(expected / 2, first)
            return lower...max(expected * 2, lower * 2)
        }
        return first...(first + 20 * max(hints.maximumInterval.timeInterval, 1))
    }
}
