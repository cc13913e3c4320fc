import SeedanceCore

extension SeedanceAPIOrg {
    /// One row of seedanceapi.org's documented price table.
    public struct CreditKey: Sendable, Hashable {
        /// The output resolution.
        public var resolution: Resolution
        /// Video length in seconds (4, 8 or 12).
        public var seconds: Int
        /// Whether audio is generated.
        public var audio: Bool

        /// Builds a key.
        public init(resolution: Resolution, seconds: Int, audio: Bool) {
            self.resolution = resolution
            self.seconds = seconds
            self.audio = audio
        }
    }

    /// seedanceapi.org's documented prices in credits (docs/dialects/seedanceapi.md): 480p and 720p × 4/8/12 s ×
    /// without/with audio.
    public static let creditTable: [CreditKey: Int] = [
        CreditKey(resolution: .p480, seconds: 4, audio: false): 8,
        CreditKey(resolution: .p480, seconds: 4, audio: true): 14,
        CreditKey(resolution: .p480, seconds: 8, audio: false): 14,
        CreditKey(resolution: .p480, seconds: 8, audio: true): 28,
        CreditKey(resolution: .p480, seconds: 12, audio: false): 19,
        CreditKey(resolution: .p480, seconds: 12, audio: true): 38,
        CreditKey(resolution: .p720, seconds: 4, audio: false): 14,
        CreditKey(resolution: .p720, seconds: 4, audio: true): 28,
        CreditKey(resolution: .p720, seconds: 8, audio: false): 28,
        CreditKey(resolution: .p720, seconds: 8, audio: true): 56,
        CreditKey(resolution: .p720, seconds: 12, audio: false): 42,
        CreditKey(resolution: .p720, seconds: 12, audio: true): 84,
    ]

    /// The credits `request` will consume, from seedanceapi.org's documented price tables, before it is sent. A
    /// request naming a v2 model is priced from ``seedance2CreditTable`` (mini has no published price);
    /// any other (no model, or `seedance-1.5`) from ``creditTable``, unset values taking the provider's documented
    /// defaults: 720p, 8 s, no audio. Pure; does not validate the rest of the request.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) naming `resolution` or `duration` when the value has no price
    ///   (v1: anything but 480p/720p and 4, 8 or 12 seconds), or `model` for a model without a published price
    ///   (`seedance-2-mini`).
    public static func estimatedCredits(for request: VideoRequest) throws -> Int {
        if let model = request.model, SeedanceAPIOrgSeedance2Models.contains(model) { return try estimatedSeedance2Credits(for: request, model: model) }
        let resolution = request.resolution ?? .p720
        let seconds: Int
        switch request.duration ?? .seconds(8) {
        case .seconds(let value): seconds = value
        case let other:
            throw SeedanceError.invalid("duration", value: other.description, allowed: "4, 8 or 12 seconds", provider: providerID, reason: "has no price")
        }
        let audio = request.generateAudio ?? false
        guard [Resolution.p480, .p720].contains(resolution) else {
            throw SeedanceError.invalid("resolution", value: resolution.rawValue, allowed: "480p, 720p", provider: providerID, reason: "has no price")
        }
        guard let credits = creditTable[CreditKey(resolution: resolution, seconds: seconds, audio: audio)] else {
            throw SeedanceError.invalid("duration", value: "\(seconds)s", allowed: "4, 8 or 12 seconds", provider: providerID, reason: "has no price")
        }
        return credits
    }
}
