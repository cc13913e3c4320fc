import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// Seedance 2.5 draft → final on the simulated Ark server: a 480p draft, then a `draft_task` final that reuses the
/// draft's inputs and renders at 1080p (2.5) or 4K (2.5 Premium), refusing any other final resolution.
@Suite("Simulated Ark: Seedance 2.5 draft and final", .timeLimit(.minutes(3)))
struct SimulatedArk2DraftTests {
    typealias B = Seedance2Body

    /// A succeeded 480p draft of `model`, 12 s at 16:9 with seed 42.
    static func draft(_ model: String, rig: Seedance2Rig) async throws -> String {
        let id = try await rig.arkCreate(B.ark(model, [B.text], ["draft": true, "resolution": "480p", "duration": 12, "ratio": "16:9", "seed": 42]))
        rig.clock.advance(by: .seconds(101))
        return id
    }

    @Test("a 2.5 draft renders 480p; its final reuses duration, ratio and seed, echoes draft_task_id and renders 1080p by default")
    func finalAt1080p() async throws {
        let rig = Seedance2Rig()
        let draftID = try await Self.draft(B.v25, rig: rig)
        let draft = try await rig.arkTask(draftID)
        #expect(draft["draft"] == true && draft["resolution"] == "480p" && draft["status"] == "succeeded")
        let finalID = try await rig.arkCreate(B.ark(B.v25, [B.draftTask(draftID)], ["watermark": false]))
        let final = try await rig.arkTask(finalID)
        #expect(final["draft_task_id"] == .string(draftID) && final["draft"] == false)
        #expect(final["resolution"] == "1080p" && final["duration"] == 12 && final["ratio"] == "16:9" && final["seed"] == 42)
    }

    @Test("a 2.5 Premium final renders 4K by default, takes 4K in capitals, and refuses 1080p with InvalidResolutionParameter")
    func premium() async throws {
        let rig = Seedance2Rig()
        let draftID = try await Self.draft(B.v25Premium, rig: rig)
        let byDefault = try await rig.arkTask(try await rig.arkCreate(B.ark(B.v25Premium, [B.draftTask(draftID)])))
        #expect(byDefault["resolution"] == "4k")
        let capitals = try await rig.arkTask(try await rig.arkCreate(B.ark(B.v25Premium, [B.draftTask(draftID)], ["resolution": "4K"])))
        #expect(capitals["resolution"] == "4k")
        rig.simulator.resetCounters()
        let refused = try await rig.ark(B.ark(B.v25Premium, [B.draftTask(draftID)], ["resolution": "1080p"]))
        #expect(refused.status == 400)
        #expect(refused.json["error"]?["code"] == "InvalidResolutionParameter" && refused.json["error"]?["param"] == "resolution")
        #expect(refused.json["error"]?["message"]?.stringValue?.contains("renders at 4k; got resolution \"1080p\"") == true)
        #expect(rig.simulator.counters.createsCommitted == 0)
    }

    @Test("finals refused: 720p on 2.5, a running draft, a task that is no draft, a draft of another model, draft: true with draft_task")
    func refusedFinals() async throws {
        let rig = Seedance2Rig()
        let draftID = try await Self.draft(B.v25, rig: rig)
        let premiumDraft = try await Self.draft(B.v25Premium, rig: rig)
        let notDraft = try await rig.arkCreate(B.ark(B.v25, [B.text]))
        let running = try await rig.arkCreate(B.ark(B.v25, [B.text], ["draft": true]))
        let cases: [([String: JSONValue], String, String)] = [
            (B.ark(B.v25, [B.draftTask(draftID)], ["resolution": "720p"]), "InvalidResolutionParameter", "renders at 1080p"),
            (B.ark(B.v25, [B.draftTask(running)]), "InvalidParameter", "has not succeeded"),
            (B.ark(B.v25, [B.draftTask(notDraft)]), "InvalidParameter", "is not a draft task"),
            (B.ark(B.v25, [B.draftTask(premiumDraft)]), "InvalidParameter", "is a draft of model \(B.v25Premium)"),
            (B.ark(B.v25, [B.draftTask(draftID)], ["draft": true]), "InvalidParameter", "cannot be combined with draft: true"),
        ]
        rig.simulator.resetCounters()
        for (body, code, message) in cases {
            let answer = try await rig.ark(body)
            #expect(answer.status == 400 && answer.json["error"]?["code"] == .string(code), "\(answer.json)")
            #expect(answer.json["error"]?["message"]?.stringValue?.contains(message) == true, "\(answer.json)")
        }
        #expect(rig.simulator.counters.createsCommitted == 0)
    }
}
