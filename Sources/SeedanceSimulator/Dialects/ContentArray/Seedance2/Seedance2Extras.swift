/// What a Seedance 2.x create adds to a content-array create: its reference media and the 2.x top-level fields,
/// as the request spelled them (after validation). Kept with the task's settings, so a final made from a draft can
/// reuse the draft's references, search and task type.
struct Seedance2Extras: Codable, Sendable, Hashable {
    /// Reference media, in order of appearance per type.
    var references: ContentArrayReferences?
    var priority: Int64?
    var safetyIdentifier: String?
    /// Whether `tools: [{"type": "web_search"}]` was sent.
    var webSearch: Bool?
    /// 2.5 only: `mp4` or `mov`.
    var outputFormat: String?
    /// 2.5 only: `omni_reference_task_type`.
    var taskType: String?
    /// The length of an edit's source video, when the simulator could read it (a hosted clip): the edit's output
    /// follows it, about 0.4 s shorter and fractional (ComfyUI's router docs) [INFERRED: the exact shortening].
    var editSourceSeconds: Double?

    /// These extras for a final video made from a draft with `draft` extras: the draft's references, search and task
    /// type, this request's priority and safety identifier, and its output format unless it gave none.
    func reusing(_ draft: Seedance2Extras?) -> Seedance2Extras {
        guard let draft else { return self }
        var final = self
        final.references = draft.references
        final.webSearch = draft.webSearch
        final.taskType = draft.taskType
        final.editSourceSeconds = draft.editSourceSeconds
        final.outputFormat = outputFormat ?? draft.outputFormat
        return final
    }
}

/// The reference media of a Seedance 2.x create (URLs, data URLs or `asset://` ids).
struct ContentArrayReferences: Codable, Sendable, Hashable {
    var images: [String] = []
    var videos: [String] = []
    var audio: [String] = []

    var isEmpty: Bool { images.isEmpty && videos.isEmpty && audio.isEmpty }
}
