import Foundation
import SeedanceCore

/// A host serving the flat-body `/v3/async` task API (docs/dialects/jiekou.md). JieKou, Novita and PPIO run the same
/// schema; they differ in base URL, key variable (see the `Seedance` module's provider presets) and, per their
/// documents, in the resolutions Seedance 1.5 Pro and Seedance 2.0 accept (Seedance 2.0 fast takes 480p and 720p on
/// every host).
///
/// Use a preset, or build your own for another host of the same family (the capabilities follow ``resolutions``).
public struct JieKouHost: Sendable, Hashable {
    /// The provider id named in errors (`jiekou`, `novita`, `ppio`).
    public var provider: ProviderID
    /// A person's name for the host (`JieKou AI`).
    public var displayName: String
    /// The API's base URL.
    public var baseURL: URL
    /// The output resolutions this host documents for Seedance 1.5 Pro.
    public var resolutions: [Resolution]
    /// The output resolutions this host documents for Seedance 2.0 (`"fast": false`) on `/v3/async/seedance-2.0`.
    public var seedance2Resolutions: [Resolution]

    /// Describes a host; `seedance2Resolutions` defaults to 480p and 720p, what every host documents.
    public init(provider: ProviderID, displayName: String, baseURL: URL, resolutions: [Resolution], seedance2Resolutions: [Resolution] = [.p480, .p720]) {
        self.provider = provider
        self.displayName = displayName
        self.baseURL = baseURL
        self.resolutions = resolutions
        self.seedance2Resolutions = seedance2Resolutions
    }

    /// JieKou AI, `https://api.jiekou.ai`: Seedance 1.5 Pro at 480p, 720p and 1080p (JieKou's page: "Seedance 1.5 pro
    /// supports 480p, 720p, and 1080p"); Seedance 2.0 at 480p and 720p (its Seedance 2.0 page lists no 1080p).
    public static let jiekou = JieKouHost(
        provider: "jiekou", displayName: "JieKou AI", baseURL: URL(string: "https://api.jiekou.ai")!,
        resolutions: [.p480, .p720, .p1080])

    /// Novita AI, `https://api.novita.ai`: Seedance 1.5 Pro at 480p and 720p only (Novita's page: "1080p is not yet
    /// supported"); Seedance 2.0 at 480p, 720p and 1080p (1080p only with `"fast": false`).
    public static let novita = JieKouHost(
        provider: "novita", displayName: "Novita AI", baseURL: URL(string: "https://api.novita.ai")!,
        resolutions: [.p480, .p720], seedance2Resolutions: [.p480, .p720, .p1080])

    /// PPIO, `https://api.ppinfra.com`. It documents no Seedance 1.5 Pro limits of its own; as a host of Novita's
    /// platform family it follows Novita: 480p and 720p only. Its Seedance 2.0 README allows 480p, 720p and 1080p
    /// (1080p only with `"fast": false`).
    public static let ppio = JieKouHost(
        provider: "ppio", displayName: "PPIO", baseURL: URL(string: "https://api.ppinfra.com")!,
        resolutions: [.p480, .p720], seedance2Resolutions: [.p480, .p720, .p1080])

    /// Every preset, JieKou first.
    public static let presets: [JieKouHost] = [.jiekou, .novita, .ppio]

    /// What this host accepts: Seedance 1.5 Pro (the default) with ``resolutions``, Seedance 2.0 with
    /// ``seedance2Resolutions`` and Seedance 2.0 fast at 480p and 720p.
    public var capabilities: Capabilities {
        Capabilities(
            models: [
                JieKouModels.seedance15Pro(resolutions: resolutions), JieKouModels.seedance2(fast: false, resolutions: seedance2Resolutions),
                JieKouModels.seedance2(fast: true, resolutions: [.p480, .p720]),
            ], unknownModel: nil)
    }
}
