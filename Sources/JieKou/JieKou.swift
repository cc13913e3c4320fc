import Foundation
import SeedanceCore

/// The flat-body `/v3/async` task dialect of JieKou AI, Novita AI and PPIO (docs/dialects/jiekou.md): Seedance 1.5 Pro
/// image-to-video and text-to-video, Seedance 2.0 and 2.0 fast with references.
///
/// - Create: `POST {base}/v3/async/seedance-v1.5-pro-i2v` when the request has a first frame, `…-t2v` otherwise
///   (see ``JieKouEndpoint``; an endpoint can be forced), with a flat JSON body; answers `{"task_id": …}` or
///   `{"id": …}`. Requests naming ``ModelID/jiekouSeedance2_0`` or ``ModelID/jiekouSeedance2_0Fast`` go to
///   `POST {base}/v3/async/seedance-2.0` instead, with `"fast"` saying which (the wire has no model field).
/// - Result: `GET {base}/v3/async/task-result?task_id={id}`.
/// - No callbacks, cancel or list.
///
/// Files: requests and validation in `JieKou+Requests.swift`, responses in `JieKou+Responses.swift`, errors in
/// `Errors/`, the model in `JieKouModels.swift`, hosts in `JieKouHost.swift`.
///
/// Pure: builds requests and reads responses, never touches the network or the key.
public struct JieKou: Dialect {
    /// Which host's rules and identity apply.
    public let host: JieKouHost
    /// The API's base URL: the host's, unless another was given.
    public let baseURL: URL
    /// The endpoint every request goes to, or `nil` to choose from each request (``JieKouEndpoint/automatic(for:)``).
    public let forcedEndpoint: JieKouEndpoint?

    /// A dialect for `host`, optionally at another `baseURL` (a proxy, the simulator) and with a forced endpoint.
    /// The base URL is not checked here; the client refuses non-https bases other than loopback.
    public init(host: JieKouHost = .jiekou, baseURL: URL? = nil, endpoint: JieKouEndpoint? = nil) {
        self.host = host
        self.baseURL = baseURL ?? host.baseURL
        self.forcedEndpoint = endpoint
    }

    /// The host's provider id (`jiekou`, `novita`, `ppio`), named in every error.
    public var provider: ProviderID { host.provider }
    /// Seedance 1.5 Pro (`seedance-v1.5-pro`).
    public var defaultModel: ModelID { .jiekouSeedance1_5Pro }
    /// The host's capabilities: Seedance 1.5 Pro, 2.0 and 2.0 fast with the host's resolutions. The dialect conforms to no
    /// refinement: no callbacks, cancel, list or delete.
    public var capabilities: Capabilities { host.capabilities }
}
