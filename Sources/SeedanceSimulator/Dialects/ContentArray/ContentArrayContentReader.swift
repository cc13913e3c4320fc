import Foundation
import SeedanceCore

/// Reads the `content` array of a content-array create (the "content" parameter of Vtrix's spark_dance pages): one
/// `text` item; up to two `image_url` items (a lone image is the first frame, with `role` empty or `first_frame`; two
/// images need the roles `first_frame` and `last_frame`); or, for 1.5 Pro, one `draft_task` item on its own.
struct ContentArrayContentReader {
    let profile: ContentArrayProfile
    let codebook: ContentArrayCodebook

    /// The prompt, images and draft reference of `fields["content"]`. Throws ``SimulatedError`` for the first
    /// rule broken.
    func read(_ fields: JSONFields) throws -> ContentArrayInput {
        let items = try ContentArrayItems.read(fields, codebook: codebook)
        var input = ContentArrayInput()
        var others = 0
        for (index, type, item) in items {
            guard profile.contentTypes.contains(type) else {
                let allowed = profile.contentTypes.sorted().joined(separator: ", ")
                throw refusal(.contentMalformed, "content[\(index)].type must be one of \(allowed) for \(profile.modelName); got \"\(type)\".")
            }
            switch type {
            case "text":
                input.prompt = try ContentArrayItems.text(item, index: index, after: input.prompt, codebook: codebook)
            case "image_url":
                input.images.append(try readImage(item, index: index))
            case "draft_task":
                input.draftTaskID = try ContentArrayItems.draftTaskID(item, index: index, after: input.draftTaskID, codebook: codebook)
            default:
                others += 1
            }
        }
        try checkCombination(input, itemCount: items.count - others)
        return input
    }

    private func readImage(_ item: JSONFields, index: Int) throws -> ContentArrayImage {
        guard item.has("image_url") else { throw refusal(.imageURLMissing, "content[\(index)].image_url is required in an image_url item.") }
        guard let image = item.object["image_url"]?.objectValue else {
            throw refusal(.imageURLStructure, "content[\(index)].image_url must be an object {\"url\": …}.")
        }
        guard let urlValue = image["url"], !urlValue.isNull else {
            throw refusal(.imageURLMissing, "content[\(index)].image_url.url is required.")
        }
        guard let url = urlValue.stringValue, !url.isEmpty else {
            throw refusal(.imageURLStructure, "content[\(index)].image_url.url must be a non-empty string.")
        }
        let role = try item.string("role", code: codebook(.imageRole)).flatMap { $0.isEmpty ? nil : $0 }
        if let role, !["first_frame", "last_frame"].contains(role) {
            throw refusal(.imageRole, "content[\(index)].role must be first_frame or last_frame; got \"\(role)\".")
        }
        try ContentArrayImageCheck(profile: profile, codebook: codebook).check(url, field: "content[\(index)].image_url.url")
        return ContentArrayImage(url: url, role: role)
    }

    private func checkCombination(_ input: ContentArrayInput, itemCount: Int) throws {
        if input.draftTaskID != nil {
            guard itemCount == 1 else { throw refusal(.draftTask, "a draft_task item must be the only item of content.") }
            return
        }
        let images = input.images
        guard images.count <= 2 else {
            throw refusal(.imageCount, "content may hold at most 2 images (first and last frame); got \(images.count).")
        }
        if images.count == 1, images[0].role == "last_frame" {
            throw refusal(.imageRole, "a last_frame image needs a first_frame image.")
        }
        if images.count == 2 {
            let roles = Set(images.compactMap(\.role))
            guard images.allSatisfy({ $0.role != nil }), roles == ["first_frame", "last_frame"] else {
                throw refusal(.imageRole, "two images need the roles first_frame and last_frame, one each.")
            }
        }
        if images.isEmpty, input.prompt == nil, itemCount > 0 {
            throw refusal(.textMissing, "text-to-video needs a text item in content.")
        }
    }

    private func refusal(_ violation: ContentArrayViolation, _ message: String) -> SimulatedError {
        SimulatedError.invalidParameter("content", message, code: codebook(violation))
    }
}
