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

        /// A host named `name` that accepts `resolutions`.
        public init(name: String, resolutions: [String]) {
            self.name = name
            self.resolutions = resolutions
        }

        /// JieKou AI (`https://api.jiekou.ai`): `480p`, `720p`, `1080p` [docs/dialects/jiekou.md].
        public static let jiekou = Host(name: "jiekou", resolutions: ["480p", "720p", "1080p"])
        /// Novita AI (`https://api.novita.ai`): `480p`, `720p` only [DOC: novita].
        public static let novita = Host(name: "novita", resolutions: ["480p", "720p"])
        /// PPIO (`https://api.ppinfra.com`): `480p`, `720p`, as Novita [INFERRED].
        public static let ppio = Host(name: "ppio", resolutions: ["480p", "720p"])

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
