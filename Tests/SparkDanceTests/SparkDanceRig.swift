import Foundation
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport
import SparkDance

/// The SparkDance adapter against a simulated spark_dance server: the generic ``AdapterRig``.
typealias SparkDanceRig = AdapterRig<SparkDance>

extension AdapterRig where D == SparkDance {
    /// 2026-04-10T14:32:05Z, the `created_at` of the documented example.
    static var startDate: Date { Date(timeIntervalSince1970: 1_775_831_525) }

    /// A simulator (tasks take 100 s, 20 % of it queued) with `server` as its only dialect.
    init(_ server: SimulatedSparkDance = SimulatedSparkDance(), configure: (inout SimulatorConfiguration) -> Void = { _ in }) {
        self.init(server, completion: .seconds(100), startDate: Self.startDate, configure: configure) { base, model in
            SparkDance(model: model ?? .vtrixSeedance1_5Pro, baseURL: base)
        }
    }

    /// The create body of `model` with `params` inside `input[0].params`.
    static func body(_ params: [String: JSONValue], model: String = "spark_dance_v1_5_pro") -> JSONValue {
        ["model": .string(model), "input": [["params": .object(params)]]]
    }
}
