import Foundation
import SeedanceSimulator

/// The simulator's loopback server in a child process (`seedance-bench _serve`), so that the parent measures the
/// client's own CPU time and memory, not the server's.
final class SimulatorProcess: @unchecked Sendable {
    let process: Process
    let port: Int
    private let input: Pipe

    /// Starts `seedance-bench _serve <completion seconds>` and reads the port it prints.
    ///
    /// - Throws: when the child cannot start or does not report a port.
    convenience init(completionSeconds: Double) throws {
        try self.init(arguments: ["_serve", String(completionSeconds)])
    }

    /// Starts `seedance-bench <arguments>` (a `_serve…` mode) and reads the port it prints.
    init(arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = arguments
        let output = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        let line = SimulatorProcess.readLine(output.fileHandleForReading)
        guard let port = line.split(separator: " ").last.flatMap({ Int($0) }), line.hasPrefix("PORT ") else {
            process.terminate()
            throw NSError(domain: "seedance-bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "the simulator process said '\(line)'"])
        }
        self.process = process
        self.port = port
        self.input = input
    }

    /// Stops the child (closing its standard input ends it).
    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    private static func readLine(_ handle: FileHandle) -> String {
        var bytes = Data()
        while let byte = try? handle.read(upToCount: 1), let first = byte.first, first != UInt8(ascii: "\n") { bytes.append(first) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The child's side: serve every task in `completionSeconds`, print `PORT <n>`, run until standard input closes.
    static func serve(completionSeconds: Double) async -> Int32 {
        let simulator = Simulator(
            dialects: [SimulatedJieKou()],
            configuration: SimulatorConfiguration(completionTime: .fixed(.seconds(completionSeconds)), queuedFraction: 0.2))
        return await serveUntilInputCloses {
            let server = try await simulator.startServer()
            return (server.port, server.stop)
        }
    }

    /// The child's side of any `_serve…` mode: starts the server `start` returns, prints `PORT <n>`, and stops it
    /// when standard input closes (the parent's ``stop()``).
    static func serveUntilInputCloses(_ start: () async throws -> (port: Int, stop: () -> Void)) async -> Int32 {
        do {
            let server = try await start()
            FileHandle.standardOutput.write(Data("PORT \(server.port)\n".utf8))
            _ = FileHandle.standardInput.readDataToEndOfFile()
            server.stop()
            return 0
        } catch {
            print("ERROR \(error)")
            return 1
        }
    }
}
