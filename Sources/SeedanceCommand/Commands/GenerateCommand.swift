import Foundation
import Seedance

/// `seedance generate <prompt>`: submit, watch, download.
struct GenerateCommand {
    var context: CommandContext
    var interrupt: InterruptSignal

    func run(_ arguments: ParsedArguments) async throws -> ExitCode {
        let request = try RequestOptions.videoRequest(from: arguments)
        let timeout =
            try arguments.value("timeout").map { text throws(UsageError) in try RequestOptions.seconds(text, option: "timeout", command: arguments.command) }
            ?? CommandCatalog.defaultTimeout
        let connection = try context.connect(arguments, model: request.model)
        let console = context.console
        let json = arguments.isOn("json")
        let task = try await connection.client.submit(request)
        if !json { console.line("Submitted task \(task.id.rawValue) to \(task.provider.rawValue)\(task.model.map { " (\($0.rawValue))" } ?? "").") }
        do {
            return try await watchAndSave(task, request: request, timeout: timeout, connection: connection, arguments: arguments)
        } catch is CancellationError {
            let provider = " --provider \(connection.entry.name)"
            throw CommandInterrupted(
                taskID: task.id, advice: "no partial file was left; resume with 'seedance wait \(task.id.rawValue)\(provider) --download'.")
        }
    }

    private func watchAndSave(
        _ task: SubmittedTask, request: VideoRequest, timeout: Duration, connection: Connection, arguments: ParsedArguments
    ) async throws -> ExitCode {
        let console = context.console
        let json = arguments.isOn("json")
        let watcher = TaskWatcher(
            connection: connection, console: console, interrupt: interrupt, timeout: timeout,
            cancelOnInterrupt: arguments.isOn("cancel-on-interrupt"), showsProgress: !json)
        guard case .succeeded(let snapshot) = try await watcher.watch(task.id, hints: request) else {
            if json { console.line(CommandJSON.render(connection.marked(["task_id": .string(task.id.rawValue), "status": "interrupted"]))) }
            return .interrupted
        }
        let saved = try await Downloads.save(snapshot, arguments: arguments, client: connection.client, console: console, quiet: json)
        if json {
            var object = CommandJSON.snapshot(snapshot).objectValue ?? [:]
            object["provider"] = .string(task.provider.rawValue)
            object["simulated"] = .bool(connection.simulated)
            object["file"] = .string(saved.video.path)
            if let frame = saved.lastFrame { object["last_frame_file"] = .string(frame.path) }
            console.line(CommandJSON.render(.object(object)))
        }
        return .success
    }
}

/// `seedance submit <prompt>`: submit and print the task id.
struct SubmitCommand {
    var context: CommandContext

    func run(_ arguments: ParsedArguments) async throws -> ExitCode {
        let request = try RequestOptions.videoRequest(from: arguments)
        let connection = try context.connect(arguments, model: request.model)
        let task = try await connection.client.submit(request)
        if arguments.isOn("json") {
            console(
                connection.marked([
                    "task_id": .string(task.id.rawValue), "provider": .string(task.provider.rawValue),
                    "model": task.model.map { .string($0.rawValue) } ?? .null,
                ]))
        } else {
            context.console.line(task.id.rawValue)
        }
        return .success
    }

    private func console(_ value: JSONValue) { context.console.line(CommandJSON.render(value)) }
}
