import Foundation
import Seedance

/// `status`, `wait`, `download`, `cancel` and `list`: commands about tasks that already exist.
struct TaskCommands {
    var context: CommandContext
    var interrupt: InterruptSignal

    private var console: Console { context.console }

    /// `seedance status <id>`: one status request.
    func status(_ arguments: ParsedArguments) async throws -> ExitCode {
        let connection = try context.connect(arguments)
        let snapshot = try await connection.client.status(of: taskID(arguments))
        if arguments.isOn("json") {
            console.line(CommandJSON.render(connection.marked(CommandJSON.snapshot(snapshot))))
        } else {
            console.line(
                ProgressLine.describe(snapshot, elapsed: .zero).components(separatedBy: " · ").filter { !$0.hasPrefix("0:00") }.joined(separator: " · "))
            if let url = snapshot.videoURL { console.line("video: \(url.absoluteString)") }
            if let failure = snapshot.failure { console.line("failure: \(failure.message)\(failure.code.map { " (code \($0.rawValue))" } ?? "")") }
        }
        return .success
    }

    /// `seedance wait <id>`: watch until it ends; download with `--download` or `--out`.
    func wait(_ arguments: ParsedArguments) async throws -> ExitCode {
        let timeout =
            try arguments.value("timeout").map { text throws(UsageError) in try RequestOptions.seconds(text, option: "timeout", command: arguments.command) }
            ?? CommandCatalog.defaultTimeout
        let connection = try context.connect(arguments)
        let json = arguments.isOn("json")
        let watcher = TaskWatcher(
            connection: connection, console: console, interrupt: interrupt, timeout: timeout,
            cancelOnInterrupt: arguments.isOn("cancel-on-interrupt"), showsProgress: !json)
        guard case .succeeded(let snapshot) = try await watcher.watch(taskID(arguments)) else { return .interrupted }
        var object = CommandJSON.snapshot(snapshot).objectValue ?? [:]
        if arguments.isOn("download") || arguments.value("out") != nil {
            let saved = try await Downloads.save(snapshot, arguments: arguments, client: connection.client, console: console, quiet: json)
            object["file"] = .string(saved.video.path)
        } else if !json, let url = snapshot.videoURL {
            console.line("video: \(url.absoluteString)")
        }
        if json { console.line(CommandJSON.render(connection.marked(.object(object)))) }
        return .success
    }

    /// `seedance download <id>`: fetch the finished task's video.
    func download(_ arguments: ParsedArguments) async throws -> ExitCode {
        let connection = try context.connect(arguments)
        let snapshot = try await connection.client.status(of: taskID(arguments))
        let saved = try await Downloads.save(snapshot, arguments: arguments, client: connection.client, console: console, quiet: arguments.isOn("json"))
        if arguments.isOn("json") {
            console.line(CommandJSON.render(connection.marked(["task_id": .string(snapshot.id.rawValue), "file": .string(saved.video.path)])))
        }
        return .success
    }

    /// `seedance cancel <id>`: cancels a queued task; a finished or running one is left untouched and the command
    /// says so (exit 3, nothing sent but the status request).
    func cancel(_ arguments: ParsedArguments) async throws -> ExitCode {
        let connection = try context.connect(arguments)
        let id = try taskID(arguments)
        let outcome = try await connection.client.cancel(id)
        let cancelled: Bool = if case .cancelled = outcome { true } else { false }
        if arguments.isOn("json") {
            console.line(
                CommandJSON.render(
                    connection.marked([
                        "task_id": .string(id.rawValue), "cancelled": .bool(cancelled), "status": .string(outcome.snapshot.rawStatus),
                        "message": .string(outcome.summary),
                    ])))
        } else {
            console.line(cancelled ? "Cancelled task \(id.rawValue) (it was queued)." : "Not cancelled: \(outcome.summary).")
        }
        return cancelled ? .success : .invalidRequest
    }

    /// `seedance list`: recent tasks, newest first, paged for you.
    func list(_ arguments: ParsedArguments) async throws -> ExitCode {
        let connection = try context.connect(arguments)
        let limit =
            try arguments.value("limit").map { text throws(UsageError) in try RequestOptions.integer(text, option: "limit", command: arguments.command) } ?? 20
        guard limit > 0 else { throw UsageError(message: "--limit needs a positive number, got \(limit)", command: arguments.command) }
        var query = TaskListQuery(pageSize: min(limit, 100))
        if let status = arguments.value("status") { query.status = try Self.status(named: status, command: arguments.command) }
        var rows: [JSONValue] = []
        var count = 0
        for try await snapshot in try connection.client.list(query) {
            if arguments.isOn("json") {
                rows.append(CommandJSON.snapshot(snapshot))
            } else {
                console.line("\(snapshot.id.rawValue)  \(snapshot.status)\(snapshot.videoURL.map { "  \($0.absoluteString)" } ?? "")")
            }
            count += 1
            if count >= limit { break }
        }
        if arguments.isOn("json") { console.line(CommandJSON.render(connection.marked(.array(rows)))) }
        return .success
    }

    private func taskID(_ arguments: ParsedArguments) throws(UsageError) -> TaskID {
        let text = arguments.positionals.first ?? ""
        guard !text.isEmpty else { throw UsageError(message: "'\(arguments.command)' needs a non-empty <task-id>", command: arguments.command) }
        return TaskID(rawValue: text)
    }

    static func status(named name: String, command: String) throws(UsageError) -> TaskStatus {
        switch name.lowercased() {
        case "queued": return .queued
        case "running": return .running
        case "succeeded": return .succeeded
        case "failed": return .failed
        case "cancelled": return .cancelled
        case "expired": return .expired
        default: throw UsageError(message: "--status must be one of queued, running, succeeded, failed, cancelled, expired; got '\(name)'", command: command)
        }
    }
}
