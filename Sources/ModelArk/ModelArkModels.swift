import SeedanceContentArray
import SeedanceCore

extension ModelID {
    /// `seedance-1-5-pro-251215`: Seedance 1.5 Pro on BytePlus ModelArk.
    public static let byteplusSeedance1_5Pro: ModelID = "seedance-1-5-pro-251215"
    /// `doubao-seedance-1-5-pro-251215`: Seedance 1.5 Pro on Volcengine Ark.
    public static let volcengineSeedance1_5Pro: ModelID = "doubao-seedance-1-5-pro-251215"
}

/// Recognises Seedance 1.x models in official model ids, whatever their date suffix or region prefix.
///
/// Sources disagree on suffixes (`seedance-1-0-pro-250528` vs `-250428`, docs/dialects/modelark.md), so an id is
/// matched by its name: optional `doubao-`, then `seedance-1-5-pro`, `seedance-1-0-pro-fast`, `seedance-1-0-pro`,
/// `seedance-1-0-lite-t2v` or `seedance-1-0-lite-i2v`, then anything. Endpoint ids (`ep-…`) and other models are
/// not recognised and get the generic rules (`Seedance1Model.unknownModel(id:)`).
package enum ModelArkModels {
    private static let prefixes: [(String, Seedance1Model)] = [
        ("seedance-1-5-pro", .v1_5Pro), ("seedance-1-0-pro-fast", .v1_0ProFast), ("seedance-1-0-pro", .v1_0Pro),
        ("seedance-1-0-lite-t2v", .v1_0LiteT2V), ("seedance-1-0-lite-i2v", .v1_0LiteI2V),
    ]

    /// The Seedance 1.x model `id` names, or `nil` for an endpoint id or another model.
    package static func variant(of id: ModelID) -> Seedance1Model? {
        var name = id.rawValue.lowercased()
        if name.hasPrefix("doubao-") { name.removeFirst("doubao-".count) }
        return prefixes.first { name == $0.0 || name.hasPrefix($0.0 + "-") }?.1
    }

    /// The limits for `id`: its Seedance 1.x model's, else the generic rules.
    package static func capabilities(for id: ModelID) -> ModelCapabilities {
        variant(of: id)?.capabilities(id: id) ?? Seedance1Model.unknownModel(id: id)
    }
}
