import Foundation
import SeedanceCore

extension ContentArrayParameters {
    /// The parameters for a (validated) neutral request.
    ///
    /// Content order is text, first frame, last frame; a draft task id gives a single `draft_task` item. Images
    /// always carry their role (`first_frame`, `last_frame`), which every Seedance 1.x mode accepts. Durations map
    /// as `.seconds(n)` → `duration: n`, `.auto` → `duration: -1`, `.frames(n)` → `frames: n`. A blank prompt is
    /// not sent.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) when an image cannot be encoded (an unread `.file`, bytes
    ///   that are not an image).
    package init(_ request: VideoRequest, provider: ProviderID) throws {
        var content: [ContentItem] = []
        if let draftTaskID = request.draftTaskID {
            content.append(.draftTask(id: draftTaskID))
        } else {
            if let prompt = request.prompt, !prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                content.append(.text(prompt))
            }
            if let first = request.firstFrame {
                content.append(.image(url: try first.wireString(field: "firstFrame", provider: provider), role: .firstFrame))
            }
            if let last = request.lastFrame {
                content.append(.image(url: try last.wireString(field: "lastFrame", provider: provider), role: .lastFrame))
            }
        }
        var duration: Int?
        var frames: Int?
        switch request.duration {
        case .seconds(let seconds): duration = seconds
        case .auto: duration = -1
        case .frames(let count): frames = count
        case nil: break
        }
        self.init(
            content: content, callbackURL: request.callbackURL, returnLastFrame: request.returnLastFrame,
            serviceTier: request.serviceTier, executionExpiresAfter: request.executionExpiresAfter,
            generateAudio: request.generateAudio, draft: request.draft, cameraFixed: request.cameraFixed,
            watermark: request.watermark, seed: request.seed, resolution: request.resolution, ratio: request.aspectRatio,
            duration: duration, frames: frames)
    }

    /// ``jsonObject`` with `extra` members added (``VideoRequest/extraFields``). Validation has already refused
    /// extra keys that collide with modelled ones; should one slip through, the modelled value wins.
    package func jsonObject(adding extra: [String: JSONValue]) -> [String: JSONValue] {
        jsonObject.merging(extra) { modelled, _ in modelled }
    }
}
