import Foundation
import SeedanceCore
import Testing

@Suite("File task journal")
struct FileTaskJournalTests {
    private func task(_ n: Int) -> SubmittedTask {
        SubmittedTask(
            id: TaskID(rawValue: "task-\(n)"), provider: "fakeprovider", model: "fake-model",
            submittedAt: Date(timeIntervalSince1970: 1_767_225_600 + Double(n)), request: VideoRequest(prompt: "video \(n)", duration: .seconds(5)))
    }

    @Test func aCrashMidWriteLosesOnlyTheTornLineAndLaterRecordsStayReadable() async throws {
        let url = try ServerRig.journalURL()
        defer { ServerRig.cleanUp(url) }
        do {
            let journal = try FileTaskJournal(url: url)
            for n in 0..<3 { try await journal.recordSubmitted(task(n)) }
            try await journal.recordFinished(task(1))
        }
        // The process dies in the middle of appending task-3's record: half a line, no newline.
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"submitted":{"id":"task-3","model":"fake-mo"#.utf8))
        try handle.close()

        let recovered = try FileTaskJournal(url: url)
        #expect(recovered.skippedLines == 1)
        #expect(try await recovered.unfinished().map(\.id) == ["task-0", "task-2"])
        #expect(try await recovered.unfinished().first == task(0))
        // The next record starts on a clean line: it is not glued to the torn bytes.
        try await recovered.recordSubmitted(task(4))
        let reopened = try FileTaskJournal(url: url)
        #expect(reopened.skippedLines == 0)
        #expect(try await reopened.unfinished().map(\.id) == ["task-0", "task-2", "task-4"])
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(!text.contains("fake-mo\""))
        #expect(text.hasSuffix("\n"))
    }

    @Test func finishedRecordsAreCompactedAway() async throws {
        let url = try ServerRig.journalURL()
        defer { ServerRig.cleanUp(url) }
        let journal = try FileTaskJournal(url: url, compactionThreshold: 16)
        for n in 0..<40 {
            try await journal.recordSubmitted(task(n))
            if n % 20 != 0 { try await journal.recordFinished(task(n)) }
        }
        #expect(journal.lineCount <= 16)
        #expect(try await journal.unfinished().map(\.id) == ["task-0", "task-20"])
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == journal.lineCount)
        #expect(!FileManager.default.fileExists(atPath: url.appendingPathExtension("compacting").path))
        let reopened = try FileTaskJournal(url: url, compactionThreshold: 16)
        #expect(try await reopened.unfinished() == [task(0), task(20)])
    }

    @Test func theFileIsPrivateToItsOwner() throws {
        let url = try ServerRig.journalURL()
        defer { ServerRig.cleanUp(url) }
        _ = try FileTaskJournal(url: url)
        let permissions = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func anUnwritablePathIsATypedError() {
        let error = #expect(throws: SeedanceError.self) { try FileTaskJournal(url: URL(fileURLWithPath: "/nonexistent-dir/tasks.jsonl")) }
        #expect(error?.field == "url")
        #expect(error?.message.contains("/nonexistent-dir/tasks.jsonl") == true)
    }
}
