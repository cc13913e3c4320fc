import Seedance

/// Ctrl-C stopped a command after the task it works on existed: the message names the task and how to go on.
struct CommandInterrupted: Error {
    /// The task the command was working on.
    var taskID: TaskID
    /// What to do next, in one sentence.
    var advice: String
}

/// What `seedance` prints when Ctrl-C stops a command (exit code 130). Every command is interruptible in every
/// phase: the work runs in a task that the interrupt cancels, and downloads remove their temporary file.
enum Interruption {
    /// The line for a command stopped by Ctrl-C, naming the task when there is one.
    static func message(command: String, arguments: ParsedArguments, interrupted: CommandInterrupted?) -> String {
        let provider = arguments.value("provider").map { " --provider \($0)" } ?? ""
        if let interrupted { return "seedance: interrupted; task \(interrupted.taskID.rawValue): \(interrupted.advice)" }
        let id = arguments.positionals.first.flatMap { $0.isEmpty ? nil : $0 }
        switch (command, id) {
        case ("submit", _), ("generate", _):
            return "seedance: interrupted while submitting; the provider may have created a task: check 'seedance list\(provider)' before submitting again."
        case ("cancel", let id?):
            return "seedance: interrupted; task \(id): the cancel request may have reached the provider: check with 'seedance status \(id)\(provider)'."
        case ("download", let id?):
            return "seedance: interrupted; task \(id): no partial file was left; download again with 'seedance download \(id)\(provider)'."
        case (_, let id?) where ["status", "wait"].contains(command):
            return "seedance: interrupted; task \(id) is unaffected."
        default:
            return "seedance: interrupted"
        }
    }
}
