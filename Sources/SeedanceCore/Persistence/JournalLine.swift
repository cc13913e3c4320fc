import Foundation

/// One line of a ``FileTaskJournal``: a task submitted, or a task finished. JSON, one object per line.
struct JournalLine: Codable {
    /// A task was submitted.
    var submitted: SubmittedTask?
    /// A task needs no more attention.
    var finished: FinishedMark?

    struct FinishedMark: Codable {
        var provider: ProviderID
        var id: TaskID
    }

    static func submitted(_ task: SubmittedTask) -> JournalLine { JournalLine(submitted: task) }
    static func finished(_ task: SubmittedTask) -> JournalLine { JournalLine(finished: FinishedMark(provider: task.provider, id: task.id)) }

    /// The line's bytes, newline included.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads one line (without its newline); `nil` when it is not a journal line.
    static func decode(_ line: Data) -> JournalLine? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let line = try? decoder.decode(JournalLine.self, from: line), (line.submitted == nil) != (line.finished == nil) else { return nil }
        return line
    }
}
