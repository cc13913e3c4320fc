import SeedanceContentArray
import SeedanceCore

extension ModelID {
    /// `spark_dance_v1_5_pro`: Seedance 1.5 Pro on Vtrix (https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v1-5-pro).
    public static let vtrixSeedance1_5Pro: ModelID = "spark_dance_v1_5_pro"
    /// `spark_dance_v1_0_pro`: Seedance 1.0 Pro on Vtrix (https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v1-0-pro).
    public static let vtrixSeedance1_0Pro: ModelID = "spark_dance_v1_0_pro"
    /// `spark_dance_v1_0_pro_fast`: Seedance 1.0 Pro Fast on Vtrix (docs/dialects/sparkdance.md; limits as 1.0 Pro).
    public static let vtrixSeedance1_0ProFast: ModelID = "spark_dance_v1_0_pro_fast"
    /// `spark_dance_v1_0_lite_t2v`: Seedance 1.0 Lite text-to-video on Vtrix (docs/dialects/sparkdance.md).
    public static let vtrixSeedance1_0LiteT2V: ModelID = "spark_dance_v1_0_lite_t2v"
    /// `spark_dance_v2_0`: Seedance 2.0 on Vtrix (https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v2-0), the default.
    public static let vtrixSeedance2_0: ModelID = "spark_dance_v2_0"
    /// `spark_dance_v2_0_fast`: Seedance 2.0 fast on Vtrix (https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v2-0-fast).
    public static let vtrixSeedance2_0Fast: ModelID = "spark_dance_v2_0_fast"
}

/// The spark_dance model ids and the Seedance model each one serves.
package enum SparkDanceModels {
    /// Every model this dialect accepts, in the order the capability matrix shows them. The 2.x models take the
    /// official API's 2.0-family limits (Vtrix's 2.0 pages list the content array and no limits of their own);
    /// Vtrix serves no 2.0 mini and no 2.5 (no page, code or CLI alias names one).
    package static let known: [(id: ModelID, model: ContentArrayModel)] = [
        (.vtrixSeedance2_0, .seedance2(.v2_0)),
        (.vtrixSeedance2_0Fast, .seedance2(.v2_0Fast)),
        (.vtrixSeedance1_5Pro, .seedance1(.v1_5Pro)),
        (.vtrixSeedance1_0Pro, .seedance1(.v1_0Pro)),
        (.vtrixSeedance1_0ProFast, .seedance1(.v1_0ProFast)),
        (.vtrixSeedance1_0LiteT2V, .seedance1(.v1_0LiteT2V)),
    ]

    /// The model behind `id`, or `nil` when the id is not known.
    package static func model(of id: ModelID) -> ContentArrayModel? {
        known.first { $0.id == id }?.model
    }

    /// Why `id` is refused: it names a Seedance 2.x model Vtrix does not serve (2.0 mini, 2.5, an official id), or it
    /// is not a spark_dance model at all.
    package static func refusalReason(for id: ModelID) -> String {
        let name = id.rawValue.lowercased()
        let served = known.filter { if case .seedance2 = $0.model { true } else { false } }.map(\.id.rawValue).joined(separator: " and ")
        if name.hasPrefix("spark_dance_v2") || Seedance2Model.recognise(id) != nil {
            return "is not served by Vtrix: its Seedance 2.x models are \(served) (no 2.0 mini, no 2.5)"
        }
        return "is not a spark_dance model this SDK knows"
    }
}
