import Foundation
import JieKou
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport

/// A host preset on both sides: the adapter's ``JieKouHost`` and the simulator's independent reading of it.
enum HostPreset: String, CaseIterable, Sendable {
    case jiekou, novita, ppio

    var adapterHost: JieKouHost {
        switch self {
        case .jiekou: .jiekou
        case .novita: .novita
        case .ppio: .ppio
        }
    }

    var simulatedHost: SimulatedJieKou.Host {
        switch self {
        case .jiekou: .jiekou
        case .novita: .novita
        case .ppio: .ppio
        }
    }
}

/// The JieKou adapter against a simulated host: the generic ``AdapterRig``.
typealias EndToEndJieKouRig = AdapterRig<JieKou>

extension AdapterRig where D == JieKou {
    /// An in-process rig for `preset` (simulator and adapter configured for the same host).
    init(_ preset: HostPreset, configure: (inout SimulatorConfiguration) -> Void = { _ in }) {
        let clock = VirtualTestClock()
        let simulator = SimulatedJieKouHarness.simulator(SimulatedJieKou(host: preset.simulatedHost), clock: clock, configure)
        self.init(simulator: simulator, clock: clock, face: preset.rawValue) { base, _ in JieKou(host: preset.adapterHost, baseURL: base) }
    }
}
