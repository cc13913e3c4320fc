import Foundation
import Testing
@testable import SeedanceCommand
import Seedance
import SeedanceSimulator

/// Seedance 2.0 on the resellers' own dialects from the command line, against the embedded simulator: every
/// provider and 2.0 model in text-only, first + last frame and reference-image modes (seedanceapi.org takes no frames:
/// its `images` are reference images, and it is tried with a reference image only).
@Suite("seedance generate: Seedance 2.0 on JieKou, Novita, PPIO, APIXO and seedanceapi.org", .timeLimit(.minutes(3)))
struct ResellerSeedance2CommandRunTests {
    static let image = "https://cdn.example.com/a.png"
    static let last = "https://cdn.example.com/b.png"

    static let providers: [(provider: String, model: String)] = [
        ("jiekou", "seedance-2.0"), ("jiekou", "seedance-2.0-fast"), ("novita", "seedance-2.0"), ("novita", "seedance-2.0-fast"),
        ("ppio", "seedance-2.0"), ("ppio", "seedance-2.0-fast"), ("apixo", "seedance-2-0"), ("apixo", "seedance-2-0-fast"),
        ("apixo", "seedance-2-0-mini"), ("seedanceapi", "seedance-2.0"), ("seedanceapi", "seedance-2.0-fast"), ("seedanceapi", "seedance-2-mini"),
    ]

    static let modes: [(name: String, options: [String])] = [
        ("text", []), ("first + last frame", ["--first-frame", image, "--last-frame", last]), ("reference image", ["--reference-image", image]),
    ]

    @Test(arguments: providers)
    func everyModeCompletes(provider: String, model: String) async throws {
        for mode in Self.modes where !(provider == "seedanceapi" && mode.name == "first + last frame") {
            let directory = try CommandRunTests.scratch()
            defer { try? FileManager.default.removeItem(at: directory) }
            let context = CommandRunTests.context()
            let out = directory.appendingPathComponent("v.mp4")
            let code = await SeedanceCommand.run(
                ["generate", "Image 1 waves at the camera", "--provider", provider, "--model", model, "--duration", "5", "--out", out.path, "--json"]
                    + mode.options, context: context)
            #expect(code == 0, "\(provider) \(model) \(mode.name): \(context.console.errors)")
            #expect(try Seedance2CommandRunTests.json(context.console.output)["status"] == "succeeded", "\(provider) \(model) \(mode.name)")
            #expect(try Seedance2CommandRunTests.isMP4(out), "\(provider) \(model) \(mode.name)")
            #expect(try #require(context.simulator).counters.creates == 1, "\(provider) \(model) \(mode.name)")
        }
    }

    /// seedanceapi.org's first and last frames are not documented for 2.0: refused before anything is sent.
    @Test func seedanceapiRefusesFramesOn2_0() async throws {
        let context = CommandRunTests.context()
        let code = await SeedanceCommand.run(
            ["submit", "p", "--provider", "seedanceapi", "--model", "seedance-2.0", "--first-frame", Self.image], context: context)
        #expect(code == ExitCode.invalidRequest.rawValue, "\(context.console.errors)")
        #expect(context.console.errors.contains("firstFrame"), "\(context.console.errors)")
        #expect(try #require(context.simulator).counters.creates == 0)
    }
}
