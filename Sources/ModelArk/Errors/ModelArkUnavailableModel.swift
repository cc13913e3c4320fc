import Foundation
import SeedanceContentArray
import SeedanceCore

/// The answers that mean "this account cannot use this model": not activated (`ModelNotOpen`), no Seedance 2.x
/// resource pack, a retired model (Seedance 1.5 Pro was reported deprecated on the official API in autumn 2026), or a
/// missing endpoint. Their errors name the model, read from the provider's message, and say what to do.
enum ModelArkUnavailableModel {
    /// The codes that say the model (or endpoint) cannot be used by this account.
    static let codes: Set<String> = [
        "ModelNotOpen", "InvalidEndpointOrModel.NotFound", "InvalidEndpointOrModel.ModelIDAccessDisabled", "InvalidEndpoint.NotFound",
    ]

    /// `error` with its model set (when the provider's message names one: a Seedance id or an `ep-…` endpoint id)
    /// and its message saying which model is unavailable and what to use instead; other errors unchanged.
    static func explain(_ error: SeedanceError) -> SeedanceError {
        guard let code = error.providerCode?.rawValue, codes.contains(code) else { return error }
        var explained = error
        let model = modelNamed(in: error.message)
        explained.model = error.model ?? model
        let subject = explained.model.map { "model \($0.rawValue)" } ?? "the requested model"
        var advice = "check the id, activate the model in the console (Seedance 2.x needs a resource pack) or use a listed model"
        if let model = explained.model, case .seedance1? = ContentArrayModel.recognise(model) {
            advice = "Seedance 1.x is reported retired on the official API: use dreamina-seedance-2-0-260128 (BytePlus) or doubao-seedance-2-0-260128 (Volcengine)"
        }
        explained.message = "\(subject) is not available to this account (\(code): not activated, retired or unknown); \(advice): \(error.message)"
        return explained
    }

    /// The first word of `message` that is a Seedance model id or an `ep-…` endpoint id.
    static func modelNamed(in message: String) -> ModelID? {
        let words = message.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }
        for word in words {
            let text = String(word).trimmingCharacters(in: CharacterSet(charactersIn: "."))
            let id = ModelID(rawValue: text)
            if text.lowercased().hasPrefix("ep-") || ContentArrayModel.recognise(id) != nil { return id }
        }
        return nil
    }
}
