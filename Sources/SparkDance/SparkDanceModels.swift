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
}

/// The spark_dance model ids and the Seedance 1.x model each one serves.
package enum SparkDanceModels {
    /// Every model this dialect accepts, in the order the capability matrix shows them. (`spark_dance_v2_0` and
    /// `_v2_0_fast` exist on Vtrix with another parameter set and are not covered.)
    package static let known: [(id: ModelID, model: Seedance1Model)] = [
        (.vtrixSeedance1_5Pro, .v1_5Pro),
        (.vtrixSeedance1_0Pro, .v1_0Pro),
        (.vtrixSeedance1_0ProFast, .v1_0ProFast),
        (.vtrixSeedance1_0LiteT2V, .v1_0LiteT2V),
    ]

    /// The Seedance 1.x model behind `id`, or `nil` when the id is not known.
    package static func variant(of id: ModelID) -> Seedance1Model? {
        known.first { $0.id == id }?.model
    }
}
