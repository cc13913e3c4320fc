import Foundation
import Testing
@testable import SeedanceCommand
import Seedance
import SeedanceSimulator

/// Ctrl-C in every command and phase: the simulator holds one request of `route` for two minutes, the test fires
/// the interrupt once that request has arrived, and the command must stop at once with exit code 130.
@Suite("Ctrl-C stops every command", .timeLimit(.minutes(3)))
struct InterruptTests {
    /// Runs `arguments`, interrupting it once a request of `route` is held by the simulator.
    static func interrupted(_ arguments: [String], context: CommandContext, holding route: RouteKind) async throws -> Int32 {
        let simulator = try #require(context.simulator)
        let before = simulator.counters.requestsByRoute[route, default: 0]
        simulator.injectNext(.slowAnswer(delay: .seconds(120)), on: [route])
        let interrupt = InterruptSignal()
        let running = Task { await SeedanceCommand.run(arguments, context: context, interrupt: interrupt) }
        for _ in 0..<2000 where simulator.counters.requestsByRoute[route, default: 0] == before { try await Task.sleep(for: .milliseconds(10)) }
        #expect(simulator.counters.requestsByRoute[route, default: 0] > before, "no \(route) request was sent")
        interrupt.fire()
        return await running.value
    }

    /// A succeeded task on `context`'s simulator.
    static func finishedTask(_ context: CommandContext) async throws -> String {
        #expect(await SeedanceCommand.run(["submit", "A fox in the snow"], context: context) == 0)
        let id = try #require(context.console.output.split(separator: "\n").last.map(String.init))
        #expect(await SeedanceCommand.run(["wait", id], context: context) == 0)
        return id
    }

    @Test(arguments: ["submit", "generate"])
    func whileSubmitting(command: String) async throws {
        let context = CommandRunTests.context()
        let code = try await Self.interrupted([command, "A fox in the snow"], context: context, holding: .create)
        #expect(code == ExitCode.interrupted.rawValue)
        #expect(context.console.errors.contains("seedance: interrupted while submitting; the provider may have created a task: check 'seedance list'"))
    }

    @Test func status() async throws {
        let context = CommandRunTests.context()
        let code = try await Self.interrupted(["status", "task-123"], context: context, holding: .status)
        #expect(code == ExitCode.interrupted.rawValue)
        #expect(context.console.errors.contains("seedance: interrupted; task task-123 is unaffected."))
    }

    @Test func list() async throws {
        let context = CommandRunTests.context()
        let code = try await Self.interrupted(["list", "--provider", "byteplus"], context: context, holding: .list)
        #expect(code == ExitCode.interrupted.rawValue)
        #expect(context.console.errors.hasSuffix("seedance: interrupted\n") || context.console.errors.hasSuffix("seedance: interrupted"))
    }

    @Test func cancel() async throws {
        // Queued for 20% of the 10 minutes, so still cancellable however loaded the machine is.
        let context = CommandRunTests.context(completion: .seconds(600))
        #expect(await SeedanceCommand.run(["submit", "A slow sunset", "--provider", "byteplus"], context: context) == 0)
        let id = try #require(context.console.output.split(separator: "\n").last.map(String.init))
        let code = try await Self.interrupted(["cancel", id, "--provider", "byteplus"], context: context, holding: .delete)
        #expect(code == ExitCode.interrupted.rawValue)
        #expect(
            context.console.errors.contains(
                "seedance: interrupted; task \(id): the cancel request may have reached the provider: check with 'seedance status \(id) --provider byteplus'."))
    }

    @Test func download() async throws {
        let directory = try CommandRunTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let context = CommandRunTests.context()
        let id = try await Self.finishedTask(context)
        let out = directory.appendingPathComponent("fox.mp4")
        let code = try await Self.interrupted(["download", id, "--out", out.path], context: context, holding: .download)
        #expect(code == ExitCode.interrupted.rawValue)
        #expect(context.console.errors.contains("seedance: interrupted; task \(id): no partial file was left; download again with 'seedance download \(id)'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
    }

    @Test func generateWhileDownloading() async throws {
        let directory = try CommandRunTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let context = CommandRunTests.context()
        let out = directory.appendingPathComponent("fox.mp4")
        let code = try await Self.interrupted(["generate", "A fox in the snow", "--out", out.path], context: context, holding: .download)
        #expect(code == ExitCode.interrupted.rawValue)
        let id = try #require(context.console.output.firstMatch(of: /Submitted task (\S+) to/)?.1)
        #expect(
            context.console.errors.contains(
                "seedance: interrupted; task \(id): no partial file was left; resume with 'seedance wait \(id) --provider vtrix --download'."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
    }

    @Test func generateWhileWaiting() async throws {
        let context = CommandRunTests.context(completion: .seconds(4))
        let code = try await Self.interrupted(["generate", "A slow sunset"], context: context, holding: .status)
        #expect(code == ExitCode.interrupted.rawValue)
        let id = try #require(context.console.output.firstMatch(of: /Submitted task (\S+) to/)?.1)
        #expect(context.console.errors.contains("Interrupted. Task \(id) keeps running on vtrix; resume with: seedance wait \(id) --provider vtrix"))
    }
}
