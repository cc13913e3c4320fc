import Foundation
import SeedanceCore

/// Reads the `content` array of a Seedance 2.x create: `text` (one), `image_url` (role `first_frame`, `last_frame`,
/// `reference_image`, or none for a lone first frame), `video_url` (role `reference_video`), `audio_url` (role
/// `reference_audio`) and `draft_task` (2.5 and 2.5 Premium, alone). Exactly one mode: text only, first frame,
/// first + last frame, multimodal reference, or a draft's final. Frames and reference media never mix; reference
/// counts per model; reference audio alone only on 2.5. Media URLs are checked by ``Seedance2MediaCheck``.
struct Seedance2ContentReader {
    let model: Seedance2Model
    let profile: ContentArrayProfile
    let codebook: ContentArrayCodebook
    let media: Seedance2MediaCheck

    /// The mode a content array asks for.
    enum Mode: Sendable, Hashable {
        case text, firstFrame, firstAndLastFrame, reference, draftFinal
    }

    /// The prompt, frames, references and draft reference of `fields["content"]`, and the mode. Throws
    /// ``SimulatedError`` for the first rule broken.
    func read(_ fields: JSONFields) throws -> (input: ContentArrayInput, mode: Mode) {
        let items = try ContentArrayItems.read(fields, codebook: codebook)
        var input = ContentArrayInput()
        var references = ContentArrayReferences()
        for (index, type, item) in items {
            switch type {
            case "text":
                input.prompt = try ContentArrayItems.text(item, index: index, after: input.prompt, codebook: codebook)
            case "image_url":
                let url = try mediaURL(item, key: "image_url", index: index, missing: .imageURLMissing, structure: .imageURLStructure)
                let role = try item.string("role", code: codebook(.imageRole)).flatMap { $0.isEmpty ? nil : $0 }
                switch role {
                case nil, "first_frame", "last_frame":
                    try media.checkImage(url, field: "content[\(index)].image_url.url")
                    input.images.append(ContentArrayImage(url: url, role: role))
                case "reference_image":
                    try media.checkImage(url, field: "content[\(index)].image_url.url")
                    references.images.append(url)
                case let role?:
                    throw refusal(
                        .imageRole, "invalid role specified for image content: content[\(index)].role must be first_frame, last_frame or reference_image; got \"\(role)\".")
                }
            case "video_url":
                let url = try mediaURL(item, key: "video_url", index: index, missing: .referenceMedia, structure: .referenceMedia)
                try requireRole(item, "reference_video", index: index, kind: "video")
                try media.checkVideoURL(url, field: "content[\(index)].video_url.url")
                references.videos.append(url)
            case "audio_url":
                let url = try mediaURL(item, key: "audio_url", index: index, missing: .referenceMedia, structure: .referenceMedia)
                try requireRole(item, "reference_audio", index: index, kind: "audio")
                try media.checkAudioURL(url, field: "content[\(index)].audio_url.url")
                references.audio.append(url)
            case "draft_task":
                guard model.allowsDraft else {
                    throw refusal(.draftTask, "content[\(index)]: draft_task items are not supported for model \(model.id); only Seedance 2.5 makes drafts.")
                }
                input.draftTaskID = try ContentArrayItems.draftTaskID(item, index: index, after: input.draftTaskID, codebook: codebook)
            default:
                throw refusal(
                    .contentMalformed, "content[\(index)].type must be one of text, image_url, video_url, audio_url, draft_task; got \"\(type)\".")
            }
        }
        input.extras = Seedance2Extras(references: references.isEmpty ? nil : references)
        return (input, try mode(of: input, references: references, itemCount: items.count))
    }

    private func mode(of input: ContentArrayInput, references: ContentArrayReferences, itemCount: Int) throws -> Mode {
        if input.draftTaskID != nil {
            guard itemCount == 1 else { throw refusal(.draftTask, "a draft_task item must be the only item of content.") }
            return .draftFinal
        }
        let frames = input.images
        if !frames.isEmpty, !references.isEmpty {
            throw refusal(.referenceMix, "first/last frame content cannot be mixed with reference media content.")
        }
        if !references.isEmpty {
            try media.checkCounts(references)
            return .reference
        }
        guard frames.count <= 2 else {
            throw refusal(.imageCount, "content may hold at most 2 frame images (first and last frame); got \(frames.count).")
        }
        if frames.count == 1 {
            guard frames[0].role != "last_frame" else {
                throw refusal(.imageRole, "a last_frame image needs a first_frame image.")
            }
            return .firstFrame
        }
        if frames.count == 2 {
            let roles = Set(frames.compactMap(\.role))
            guard frames.allSatisfy({ $0.role != nil }), roles == ["first_frame", "last_frame"] else {
                throw refusal(.imageRole, "two frame images need the roles first_frame and last_frame, one each.")
            }
            return .firstAndLastFrame
        }
        guard input.prompt != nil else { throw refusal(.textMissing, "text-to-video needs a text item in content.") }
        return .text
    }

    private func mediaURL(
        _ item: JSONFields, key: String, index: Int, missing: ContentArrayViolation, structure: ContentArrayViolation
    ) throws -> String {
        guard item.has(key) else { throw refusal(missing, "content[\(index)].\(key) is required in a \(key) item.") }
        guard let object = item.object[key]?.objectValue else {
            throw refusal(structure, "content[\(index)].\(key) must be an object {\"url\": …}.")
        }
        guard let value = object["url"], !value.isNull else { throw refusal(missing, "content[\(index)].\(key).url is required.") }
        guard let url = value.stringValue, !url.isEmpty else { throw refusal(structure, "content[\(index)].\(key).url must be a non-empty string.") }
        return url
    }

    private func requireRole(_ item: JSONFields, _ expected: String, index: Int, kind: String) throws {
        let role = try item.string("role", code: codebook(.referenceMix))
        guard role == expected else {
            throw refusal(
                .referenceMix,
                "reference media mode requires \(kind) role to be \(expected): content[\(index)].role is \(role.map { "\"\($0)\"" } ?? "missing").")
        }
    }

    private func refusal(_ violation: ContentArrayViolation, _ message: String) -> SimulatedError {
        SimulatedError.invalidParameter("content", message, code: codebook(violation))
    }
}
