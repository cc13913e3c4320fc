import Seedance

/// The Seedance 2.x request options besides the references: task type, output container, web search, priority and
/// safety identifier. Values are checked for their type only (a priority must be a number) and otherwise passed
/// through as given (lowercased where the type does): whether the model takes a field, and which values, is checked
/// by the dialect before anything is sent, and its error names what the model allows (an unknown `--task-type` on
/// Seedance 2.5 is refused listing `auto, reference, edit, extend`; a priority outside 0…9 names the range).
enum Seedance2Options {
    /// Sets the 2.x fields `arguments` gives on `request`.
    ///
    /// - Throws: ``UsageError`` when `--priority` is not a whole number.
    static func apply(_ arguments: ParsedArguments, to request: inout VideoRequest) throws(UsageError) {
        request.taskType = arguments.value("task-type").map(ReferenceTaskType.init(rawValue:))
        request.outputFormat = arguments.value("output-format").map(MediaFormat.init(rawValue:))
        request.webSearch = arguments.flag("web-search")
        request.safetyIdentifier = arguments.value("safety-identifier")
        request.priority = try arguments.value("priority").map { value throws(UsageError) in
            try RequestOptions.integer(value, option: "priority", command: arguments.command)
        }
    }
}
