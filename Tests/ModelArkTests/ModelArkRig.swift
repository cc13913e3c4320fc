import Foundation
import ModelArk
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport

/// The ModelArk adapter (BytePlus) against a simulated Ark server: the generic ``AdapterRig``.
typealias ModelArkRig = AdapterRig<ModelArk>

extension AdapterRig where D == ModelArk {
    /// 2025-03-31T09:50:19Z, the `created_at` of the documented example.
    static var startDate: Date { Date(timeIntervalSince1970: 1_743_414_619) }

    /// A simulator (tasks take 100 s, the first 20 s queued) with the Ark server as its only dialect.
    init(configure: (inout SimulatorConfiguration) -> Void = { _ in }) {
        self.init(SimulatedModelArk(), completion: .seconds(100), startDate: Self.startDate, configure: configure) { base, model in
            ModelArk.byteplus(model: model ?? .byteplusSeedance1_5Pro, baseURL: base)
        }
    }

    /// Creates a task from a raw body and returns its id.
    func rawCreate(_ body: JSONValue) async throws -> String {
        let answer = try await raw(.post, "/contents/generations/tasks", body: body)
        guard let id = answer.json["id"]?.stringValue else { throw RigError.refused(answer.json) }
        return id
    }
}
