import SeedanceCore

extension SeedanceAPIOrg {
    /// seedanceapi.org's published v2 prices in credits, by model and length (docs/dialects/seedanceapi.md):
    /// Seedance 2.0 240/480/720 and 2.0 fast 160/320/480 for 5/10/15 s, whatever the ratio and images. Seedance 2.0
    /// mini has no published price.
    public static let seedance2CreditTable: [ModelID: [Int: Int]] = [
        .seedanceapiSeedance2_0: [5: 240, 10: 480, 15: 720],
        .seedanceapiSeedance2_0Fast: [5: 160, 10: 320, 15: 480],
    ]

    /// The credits a v2 `request` on `model` will consume; an unset duration is the provider's default, 5 s.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) naming `model` when it has no published price (mini), or
    ///   `duration` when the length has none (anything but 5, 10 or 15 seconds).
    static func estimatedSeedance2Credits(for request: VideoRequest, model: ModelID) throws -> Int {
        guard let prices = seedance2CreditTable[model] else {
            throw SeedanceError.invalid(
                "model", value: model.rawValue, allowed: seedance2CreditTable.keys.map(\.rawValue).sorted().joined(separator: ", "), provider: providerID,
                model: model, reason: "has no published price")
        }
        let duration = request.duration ?? .seconds(5)
        guard case .seconds(let seconds) = duration, let credits = prices[seconds] else {
            throw SeedanceError.invalid(
                "duration", value: duration.description, allowed: "5, 10 or 15 seconds", provider: providerID, model: model, reason: "has no price")
        }
        return credits
    }
}
