import Foundation
import JieKou
import SeedanceCore
import Testing

/// ``JieKouModels``: Seedance 1.5 Pro as the JieKou family offers it, with each host's resolutions.
@Suite("JieKou model limits", .timeLimit(.minutes(3)))
struct JieKouModelsTests {
    @Test("Seedance 1.5 Pro: its id, 4…12 s, 24 fps, seeds and tiers; the fields the API takes and none it lacks")
    func seedance15Pro() {
        let model = JieKouModels.seedance15Pro(resolutions: [.p480, .p720])
        #expect(model.id == .jiekouSeedance1_5Pro && model.id.rawValue == "seedance-v1.5-pro")
        #expect(model.resolutions == [.p480, .p720] && model.defaultResolution == .p720 && model.defaultAspectRatio == .adaptive)
        #expect(model.durations == .range(4...12) && model.framesPerSecond == [24] && model.seedRange == -1...4_294_967_295)
        #expect(model.supportedFields == JieKouModels.supportedFields)
        #expect(JieKouModels.supportedFields.isDisjoint(with: [.callbackURL, .returnLastFrame, .draft, .draftTask, .frames]))
        #expect(JieKouModels.supportedFields.isSuperset(of: [.prompt, .firstFrame, .lastFrame, .framesPerSecond, .generateAudio]))
    }

    @Test("each host offers the model with its own resolutions: 1080p on JieKou, refused on Novita and PPIO")
    func perHost() throws {
        #expect(JieKouHost.jiekou.capabilities.models.first?.resolutions == [.p480, .p720, .p1080])
        #expect(JieKouHost.novita.capabilities.models.first?.resolutions == JieKouModels.seedance15Pro(resolutions: [.p480, .p720]).resolutions)
        let request = VideoRequest(prompt: "p", resolution: .p1080)
        try JieKou(host: .jiekou).validate(request)
        for host in [JieKouHost.novita, .ppio] {
            let error = #expect(throws: SeedanceError.self) { try JieKou(host: host).validate(request) }
            #expect(error?.field == "resolution" && error?.value == "1080p", "\(host.provider)")
        }
    }
}
