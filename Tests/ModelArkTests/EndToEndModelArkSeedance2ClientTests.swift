import Foundation
import ModelArk
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// `SeedanceClient` with the default ModelArk dialect (Seedance 2.0 on BytePlus) against the simulated Ark server:
/// a reference-mode task and a 2.5 draft → final at 4K on Premium, submitted, waited for and downloaded.
@Suite("End to end: SeedanceClient × ModelArk Seedance 2.x × simulated Ark", .timeLimit(.minutes(3)))
struct EndToEndModelArkSeedance2ClientTests {
    static func rig() throws -> ClientRig {
        try ClientRig(server: SimulatedModelArk(), dialect: { ModelArk.byteplus(baseURL: $0) }, startDate: ModelArkRig.startDate)
    }

    @Test("2.0 by default: reference image and video, 15 s at 1080p, succeeds with an MP4")
    func referencesOnTheDefaultModel() async throws {
        let rig = try Self.rig()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("simark2-\(UUID().uuidString).mp4")
        defer { try? FileManager.default.removeItem(at: file) }
        let request = VideoRequest(
            prompt: "Image 1 walks through the street of Video 1.", referenceImages: [.url(URL(string: "https://example.com/hero.png")!)],
            referenceVideos: [.asset("asset-street")], resolution: .p1080, duration: .seconds(15))
        let outcome = await rig.run { client in
            let done = try await client.wait(for: try await client.submit(request).id)
            _ = try await client.download(done, to: file)
            return done
        }
        let done = try outcome.get()
        #expect(done.status == .succeeded && done.model == "dreamina-seedance-2-0-260128" && done.resolution == .p1080 && done.duration == 15)
        #expect(String(decoding: try Data(contentsOf: file)[4..<8], as: UTF8.self) == "ftyp")
    }

    @Test("2.5 Premium draft at 480p, then its final at 4k naming the draft")
    func draftThenFinal() async throws {
        let rig = try Self.rig()
        let premium = ModelID.byteplusSeedance2_5Premium
        let outcome = await rig.run { client in
            let draft = try await client.wait(
                for: try await client.submit(VideoRequest(prompt: "Two robots play chess.", model: premium, duration: .seconds(8), draft: true)).id)
            let final = try await client.wait(for: try await client.submit(VideoRequest(model: premium, resolution: .p4k, draftTaskID: draft.id)).id)
            return (draft, final)
        }
        let (draft, final) = try outcome.get()
        #expect(draft.status == .succeeded && draft.isDraft == true && draft.resolution == .p480)
        #expect(final.status == .succeeded && final.draftTaskID == draft.id && final.resolution == .p4k && final.duration == 8)
    }
}
