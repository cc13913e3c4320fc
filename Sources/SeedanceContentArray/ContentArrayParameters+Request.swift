import Foundation
import SeedanceCore

extension ContentArrayParameters {
    /// The parameters for a (validated) neutral request.
    ///
    /// Content order is text, first frame, last frame, reference images, reference videos, reference audio clips
    /// (each list in its own order, so "Image 1" in the prompt is the first reference image); a draft task id gives
    /// a single `draft_task` item. Images always carry their role (`first_frame`, `last_frame`, `reference_image`).
    /// ``VideoRequest/webSearch`` `true` becomes `tools: [{"type": "web_search"}]`; `false` sends nothing. Durations map
    /// as `.seconds(n)` → `duration: n`, `.auto` → `duration: -1`, `.frames(n)` → `frames: n`. A blank prompt is
    /// not sent.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) when a medium cannot be encoded (an unprepared `.file`, bytes
    ///   that are not an image or audio clip, inline video).
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
            for (index, image) in request.referenceImages.enumerated() {
                let url = try image.wireString(kind: .image, field: "referenceImages[\(index)]", provider: provider)
                content.append(.image(url: url, role: .referenceImage))
            }
            for (index, video) in request.referenceVideos.enumerated() {
                content.append(.video(url: try video.wireString(kind: .video, field: "referenceVideos[\(index)]", provider: provider)))
            }
            for (index, audio) in request.referenceAudios.enumerated() {
                content.append(.audio(url: try audio.wireString(kind: .audio, field: "referenceAudios[\(index)]", provider: provider)))
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
            duration: duration, frames: frames, priority: request.priority, safetyIdentifier: request.safetyIdentifier,
            webSearch: request.webSearch, taskType: request.taskType, outputFormat: request.outputFormat)
    }

    /// ``jsonObject`` with `extra` members added (``VideoRequest/extraFields``). Validation has already refused
    /// extra keys that collide with modelled ones; should one slip through, the modelled value wins.
    package func jsonObject(adding extra: [String: JSONValue]) -> [String: JSONValue] {
        jsonObject.merging(extra) { modelled, _ in modelled }
    }
}
