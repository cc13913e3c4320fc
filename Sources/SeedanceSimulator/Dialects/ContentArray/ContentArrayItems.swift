import SeedanceCore

/// Walks the `content` array of a content-array create for both content readers (1.x and 2.x): the array itself,
/// each item's object and `type`, `text` items and `draft_task` items.
enum ContentArrayItems {
    /// Each item of `fields["content"]` with its index and type. Throws ``SimulatedError`` (field `content`) when
    /// `content` is absent, not an array or empty, or an item is not an object or has no `type`.
    static func read(_ fields: JSONFields, codebook: ContentArrayCodebook) throws -> [(index: Int, type: String, item: JSONFields)] {
        guard fields.has("content") else { throw refusal(.contentMissing, "content is required.", codebook) }
        guard let items = fields.object["content"]?.arrayValue else {
            throw refusal(.contentMalformed, "content must be an array of content items.", codebook)
        }
        guard !items.isEmpty else { throw refusal(.contentEmpty, "content must not be empty.", codebook) }
        return try items.enumerated().map { index, item in
            guard let object = item.objectValue else { throw refusal(.contentMalformed, "content[\(index)] must be an object.", codebook) }
            let item = JSONFields(object, path: "content[\(index)].")
            guard let type = try item.string("type", code: codebook(.contentMalformed)), !type.isEmpty else {
                throw refusal(.contentTypeMissing, "content[\(index)].type is required.", codebook)
            }
            return (index, type, item)
        }
    }

    /// The text of the `text` item at `index`. Throws when the content already had a text item (`prompt`) or this
    /// one has no text.
    static func text(_ item: JSONFields, index: Int, after prompt: String?, codebook: ContentArrayCodebook) throws -> String {
        guard prompt == nil else { throw refusal(.contentMalformed, "content may hold only one text item.", codebook) }
        guard let text = try item.string("text", code: codebook(.textMissing)), !text.isEmpty else {
            throw refusal(.textMissing, "content[\(index)].text is required in a text item.", codebook)
        }
        return text
    }

    /// The task id of the `draft_task` item at `index`. Throws when the content already had one (`draftTaskID`) or
    /// this one has no `draft_task.id`.
    static func draftTaskID(_ item: JSONFields, index: Int, after draftTaskID: String?, codebook: ContentArrayCodebook) throws -> String {
        guard draftTaskID == nil else { throw refusal(.draftTask, "content may hold only one draft_task item.", codebook) }
        guard let task = try item.object("draft_task", code: codebook(.draftTask)), let id = try task.string("id", code: codebook(.draftTask)), !id.isEmpty
        else { throw refusal(.draftTask, "content[\(index)].draft_task.id is required in a draft_task item.", codebook) }
        return id
    }

    private static func refusal(_ violation: ContentArrayViolation, _ message: String, _ codebook: ContentArrayCodebook) -> SimulatedError {
        SimulatedError.invalidParameter("content", message, code: codebook(violation))
    }
}
