extension SimulatedJieKou {
    /// One host that serves the flat-body `/v3/async` API, with what it documents differently from the others.
    ///
    /// The presets follow docs/dialects/jiekou.md: JieKou lists `480p`, `720p` and `1080p`; Novita documents
    /// `480p` and `720p` only ("1080p is not yet supported"); PPIO, Novita's sister platform with the same v3 async
    /// family, is given Novita's list.
    public struct Host: Sendable, Hashable {
        /// The short name, also the default ``SimulatedJieKou/name`` (`jiekou`, `novita`, `ppio`).
        public var name: String
        /// The `resolution` values this host accepts; anything else is a 400 `INVALID_REQUEST_BODY`.
        public var resolutions: [String]
        /// The `resolution` values of Seedance 2.0 (`POST /v3/async/seedance-2.0`, `fast: false`); 2.0 fast takes
        /// `480p` and `720p` on every host.
        public var seedance2Resolutions: [String]

        /// A host named `name` that accepts `resolutions` (1.5 Pro) and `seedance2Resolutions` (2.0).
        public init(name: String, resolutions: [String], seedance2Resolutions: [String] = ["480p", "720p"]) {
            self.name = name
            self.resolutions = resolutions
            self.seedance2Resolutions = seedance2Resolutions
        }

        /// JieKou AI (`https://api.jiekou.ai`): `480p`, `720p`, `1080p` for 1.5 Pro [docs/dialects/jiekou.md];
        /// `480p`, `720p` for 2.0 (its Seedance 2.0 page lists no 1080p).
        public static let jiekou = Host(name: "jiekou", resolutions: ["480p", "720p", "1080p"])
        /// Novita AI (`https://api.novita.ai`): `480p`, `720p` only for 1.5 Pro [DOC: novita]; 2.0 adds `1080p`
        /// without `fast`.
        public static let novita = Host(name: "novita", resolutions: ["480p", "720p"], seedance2Resolutions: ["480p", "720p", "1080p"])
        /// PPIO (`https://api.ppinfra.com`): `480p`, `720p`, as Novita [INFERRED]; 2.0 adds `1080p` without `fast`, as
        /// its README documents.
        public static let ppio = Host(name: "ppio", resolutions: ["480p", "720p"], seedance2Resolutions: ["480p", "720p", "1080p"])

        /// The three presets.
        public static let presets: [Host] = [.jiekou, .novita, .ppio]
    }

    /// The key a create answer carries the new task's id under.
    public enum CreateAnswerKey: String, Sendable, Hashable {
        /// `{"task_id": "…"}`, as JieKou and Novita document [docs/dialects/jiekou.md].
        case taskID = "task_id"
        /// `{"id": "…"}`, as a Novita-family clone documents [docs/dialects/jiekou.md].
        case id
    }
}
