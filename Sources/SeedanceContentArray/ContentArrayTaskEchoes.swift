import SeedanceCore

/// The Seedance 2.x members of a content-array task object, read the same way by every dialect that echoes them
/// (docs/dialects/modelark.md, "Seedance 2.x responses"): `draft` (a 2.5 draft), `draft_task_id` (a final made from a
/// draft), `output_format` (`mp4` or `mov`, 2.5), and `usage.tool_usage.web_search` (how many web searches ran; the
/// top-level `tools` echo appears only when a tool was used and stays in the snapshot's `raw`). `priority` and
/// `safety_identifier` are echoed too and stay in `raw`. Every member is optional and read leniently.
package struct ContentArrayTaskEchoes: Decodable, Sendable {
    /// `draft`: a boolean, or the text `"true"` / `"false"`.
    package var draft: JSONValue?
    /// `draft_task_id`.
    package var draftTaskID: LenientString?
    /// `output_format`.
    package var outputFormat: LenientString?
    /// `usage.tool_usage`.
    package var usage: UsageEchoes?

    enum CodingKeys: String, CodingKey {
        case draft, usage
        case draftTaskID = "draft_task_id"
        case outputFormat = "output_format"
    }

    /// Reads each member on its own; a member of an unexpected shape is left `nil` rather than failing the task
    /// (these echoes are informative; the dialect's own task reading decides what is an error). Never throws for an
    /// object; throws `DecodingError` when the value is not an object.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        draft = try? container.decodeIfPresent(JSONValue.self, forKey: .draft)
        draftTaskID = try? container.decodeIfPresent(LenientString.self, forKey: .draftTaskID)
        outputFormat = try? container.decodeIfPresent(LenientString.self, forKey: .outputFormat)
        usage = try? container.decodeIfPresent(UsageEchoes.self, forKey: .usage)
    }

    /// `usage`, for its `tool_usage` member only.
    package struct UsageEchoes: Decodable, Sendable {
        /// `tool_usage`.
        package var toolUsage: ToolUsage?

        enum CodingKeys: String, CodingKey {
            case toolUsage = "tool_usage"
        }

        /// Reads `tool_usage`, leaving it `nil` when its shape is unexpected.
        package init(from decoder: any Decoder) throws {
            toolUsage = try? decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(ToolUsage.self, forKey: .toolUsage)
        }
    }

    /// `tool_usage`: `web_search`, the number of searches (0: none); a number, a string or a fraction (rounded).
    package struct ToolUsage: Decodable, Sendable {
        /// `web_search`.
        package var webSearch: LenientDouble?

        enum CodingKeys: String, CodingKey {
            case webSearch = "web_search"
        }
    }

    /// Whether the task is a draft, when said.
    package var isDraft: Bool? {
        draft?.boolValue ?? draft?.stringValue.flatMap { Bool($0.lowercased()) }
    }

    /// The draft a final was made from, when echoed and not empty.
    package var draftTask: TaskID? {
        draftTaskID.flatMap { $0.value.isEmpty ? nil : TaskID(rawValue: $0.value) }
    }

    /// The output container, when echoed and not empty.
    package var format: MediaFormat? {
        outputFormat.flatMap { $0.value.isEmpty ? nil : MediaFormat(rawValue: $0.value) }
    }

    /// The number of web searches, when reported (a fraction rounds to the nearest whole number).
    package var webSearchCount: Int? {
        usage?.toolUsage?.webSearch.map { Self.whole($0.value) }
    }

    /// `value` rounded to the nearest whole number (halves away from zero), clamped to `Int`'s range: token counts
    /// and search counts are sometimes sent as fractions or strings.
    package static func whole(_ value: Double) -> Int {
        let rounded = value.rounded()
        if rounded >= Double(Int.max) { return Int.max }
        if rounded <= Double(Int.min) { return Int.min }
        return Int(rounded)
    }
}

/// A dialect's task object together with its Seedance 2.x echoes, both decoded from the same JSON object.
package struct EchoedTask<Task: Decodable>: Decodable {
    /// The dialect's own reading of the object.
    package var task: Task
    /// The 2.x members of the same object.
    package var echoes: ContentArrayTaskEchoes

    /// Decodes both readings from one object. Throws what either throws.
    package init(from decoder: any Decoder) throws {
        task = try Task(from: decoder)
        echoes = try ContentArrayTaskEchoes(from: decoder)
    }
}
