import Foundation
import SeedanceContentArray
import SeedanceCore
import SimulatorTestSupport
import Testing

/// The shared content-array encoding (SeedanceCore/ContentArray), used by the Vtrix and official Ark dialects.
@Suite struct ContentArrayTests {
    @Test func itemsHaveTheirWireForms() {
        #expect(ContentItem.text("hi").jsonValue == ["type": "text", "text": "hi"])
        #expect(ContentItem.image(url: "https://e.com/a.png", role: nil).jsonValue == ["type": "image_url", "image_url": ["url": "https://e.com/a.png"]])
        #expect(
            ContentItem.image(url: "https://e.com/b.png", role: .lastFrame).jsonValue
                == ["type": "image_url", "image_url": ["url": "https://e.com/b.png"], "role": "last_frame"])
        #expect(ContentItem.draftTask(id: "d-1").jsonValue == ["type": "draft_task", "draft_task": ["id": "d-1"]])
    }

    @Test func unsetParametersAreOmittedAndDurationsMap() throws {
        #expect(ContentArrayParameters(content: []).jsonObject == ["content": []])
        let auto = try ContentArrayParameters(VideoRequest(prompt: "p", duration: .auto), provider: "test")
        #expect(auto.duration == -1 && auto.frames == nil)
        let frames = try ContentArrayParameters(VideoRequest(prompt: "p", duration: .frames(57)), provider: "test")
        #expect(frames.jsonObject == ["content": [["type": "text", "text": "p"]], "frames": 57])
    }

    @Test func aBlankPromptBesideAnImageIsNotSent() throws {
        let parameters = try ContentArrayParameters(
            VideoRequest(prompt: "  ", firstFrame: .url(URL(string: "https://e.com/a.png")!)), provider: "test")
        #expect(parameters.content == [.image(url: "https://e.com/a.png", role: .firstFrame)])
    }

    @Test func aDraftTaskIsTheOnlyContentItem() throws {
        let parameters = try ContentArrayParameters(VideoRequest(resolution: .p1080, draftTaskID: "d-9"), provider: "test")
        #expect(parameters.jsonObject == ["content": [["type": "draft_task", "draft_task": ["id": "d-9"]]], "resolution": "1080p"])
    }

    @Test func modelledValuesWinOverExtraFields() {
        let merged = ContentArrayParameters(content: [], seed: 1).jsonObject(adding: ["seed": 2, "tools": []])
        #expect(merged == ["content": [], "seed": 1, "tools": []])
    }

    @Test func anUnreadFileCannotBeEncoded() {
        #expect {
            try ContentArrayParameters(VideoRequest(firstFrame: .file(URL(fileURLWithPath: "/tmp/a.png"))), provider: "test")
        } throws: { error in
            (error as? SeedanceError)?.field == "firstFrame"
        }
    }

    @Test func generationTimeEstimates() {
        let request = VideoRequest(resolution: .p720, duration: .seconds(5))
        #expect(Seedance1GenerationTime.expected(.v1_5Pro, request: request) == .seconds(60))
        #expect(Seedance1GenerationTime.expected(.v1_5Pro, request: VideoRequest(draft: true)) == .seconds(30))
        #expect(Seedance1GenerationTime.expected(.v1_0Pro, request: VideoRequest()) == .seconds(100))
        #expect(Seedance1GenerationTime.expected(.v1_5Pro, request: VideoRequest(duration: .auto)) == .seconds(96))
        #expect(Seedance1GenerationTime.expected(.v1_0Pro, request: VideoRequest(resolution: .p480, duration: .frames(48))) == .seconds(10))
        #expect(Seedance1GenerationTime.expected(.v1_5Pro, request: VideoRequest(serviceTier: .flex)) == nil)
    }
}
