import SeedanceContentArray
import SeedanceCore

extension ModelID {
    /// `seedance-1-5-pro-251215`: Seedance 1.5 Pro on BytePlus ModelArk (reported deprecated in autumn 2026; no longer
    /// the default).
    public static let byteplusSeedance1_5Pro: ModelID = "seedance-1-5-pro-251215"
    /// `doubao-seedance-1-5-pro-251215`: Seedance 1.5 Pro on Volcengine Ark (no longer the default).
    public static let volcengineSeedance1_5Pro: ModelID = "doubao-seedance-1-5-pro-251215"

    /// `dreamina-seedance-2-0-260128`: Seedance 2.0 on BytePlus ModelArk, the BytePlus default.
    public static let byteplusSeedance2_0: ModelID = "dreamina-seedance-2-0-260128"
    /// `dreamina-seedance-2-0-fast-260128`: Seedance 2.0 fast on BytePlus ModelArk.
    public static let byteplusSeedance2_0Fast: ModelID = "dreamina-seedance-2-0-fast-260128"
    /// `dreamina-seedance-2-0-mini-260615`: Seedance 2.0 mini on BytePlus ModelArk.
    public static let byteplusSeedance2_0Mini: ModelID = "dreamina-seedance-2-0-mini-260615"
    /// `dreamina-seedance-2-5-260628`: Seedance 2.5 on BytePlus ModelArk.
    public static let byteplusSeedance2_5: ModelID = "dreamina-seedance-2-5-260628"
    /// `dreamina-seedance-2-5-premium-260915`: Seedance 2.5 Premium (4K; whitelist only) on BytePlus ModelArk.
    public static let byteplusSeedance2_5Premium: ModelID = "dreamina-seedance-2-5-premium-260915"

    /// `doubao-seedance-2-0-260128`: Seedance 2.0 on Volcengine Ark (and PPIO's Ark-compatible host), the default there.
    public static let volcengineSeedance2_0: ModelID = "doubao-seedance-2-0-260128"
    /// `doubao-seedance-2-0-fast-260128`: Seedance 2.0 fast on Volcengine Ark.
    public static let volcengineSeedance2_0Fast: ModelID = "doubao-seedance-2-0-fast-260128"
    /// `doubao-seedance-2-0-mini-260615`: Seedance 2.0 mini on Volcengine Ark.
    public static let volcengineSeedance2_0Mini: ModelID = "doubao-seedance-2-0-mini-260615"
    /// `doubao-seedance-2-5-260628`: Seedance 2.5 on Volcengine Ark.
    public static let volcengineSeedance2_5: ModelID = "doubao-seedance-2-5-260628"
}

/// Recognises Seedance models in official model ids, whatever their date suffix or region prefix.
///
/// Sources disagree on suffixes (`seedance-1-0-pro-250528` vs `-250428`, docs/dialects/modelark.md), so an id is
/// matched by its name (`ContentArrayModel.recognise(_:)`): an optional `dreamina-` or `doubao-` prefix, a Seedance
/// 1.x or 2.x model name, then anything. Endpoint ids (`ep-…`) and other models are not recognised and get the
/// generic rules (`ContentArrayModel.unknownModel(id:)`: the union of 1.x and 2.x fields and values).
package enum ModelArkModels {
    /// The Seedance 1.x model `id` names, or `nil` for a 2.x model, an endpoint id or another model.
    package static func variant(of id: ModelID) -> Seedance1Model? {
        guard case .seedance1(let model) = ContentArrayModel.recognise(id) else { return nil }
        return model
    }

    /// The limits for `id`: its model's, else the generic rules.
    package static func capabilities(for id: ModelID) -> ModelCapabilities {
        ContentArrayModel.recognise(id)?.capabilities(id: id) ?? ContentArrayModel.unknownModel(id: id)
    }

    /// BytePlus serves the Seedance 2.x family under `dreamina-` ids only; the bare and `doubao-` spellings answer
    /// 404 there (https://github.com/TanStack/ai, `packages/ai-byteplus`, live-probed). Returns the `dreamina-` id
    /// to use instead of `id`, or `nil` when `id` is fine on BytePlus.
    package static func byteplusSpelling(of id: ModelID) -> ModelID? {
        guard Seedance2Model.recognise(id) != nil else { return nil }
        let name = id.rawValue.lowercased()
        guard !name.hasPrefix("dreamina-") else { return nil }
        let bare = name.hasPrefix("doubao-") ? String(name.dropFirst("doubao-".count)) : name
        return ModelID(rawValue: "dreamina-" + bare)
    }
}
