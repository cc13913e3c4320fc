import Foundation
import Testing
@testable import SeedanceCommand
import SeedanceCore
import Seedance
import SeedanceCatalog

/// The capability matrix's columns for references, longest duration and highest resolution, from a model's
/// `ModelCapabilities` (the 2.x rows appear once the adapters list the 2.x models).
@Suite struct CapabilityMatrixColumnsTests {
    let ark = DialectOperations(of: ModelArk.byteplus())

    func cell(_ row: [String], _ column: String) -> String? {
        CapabilityMatrix.header.firstIndex(of: column).map { row[$0] }
    }

    @Test func seedance2_0Row() throws {
        let model = Seedance2Model.v2_0.capabilities(id: "dreamina-seedance-2-0-260128")
        let row = CapabilityMatrix.row(provider: "byteplus", model: model, operations: ark)
        #expect(row.count == CapabilityMatrix.header.count)
        #expect(cell(row, "model") == "`dreamina-seedance-2-0-260128`")
        #expect(cell(row, "highest resolution") == "4k")
        #expect(cell(row, "longest") == "15 s")
        #expect(cell(row, "durations") == "4…15 s, auto")
        #expect(cell(row, "ratios") == "standard, adaptive")
        #expect(cell(row, "references") == "9 img / 3 vid / 3 aud")
        #expect(cell(row, "draft") == "no")
        #expect(cell(row, "frames in") == "first + last")
    }

    @Test func seedance2_5AndFastRows() {
        let v25 = CapabilityMatrix.row(provider: "byteplus", model: Seedance2Model.v2_5.capabilities(id: "dreamina-seedance-2-5-260628"), operations: ark)
        #expect(cell(v25, "highest resolution") == "1080p")
        #expect(cell(v25, "longest") == "30 s")
        #expect(cell(v25, "references") == "30 img / 10 vid / 10 aud")
        #expect(cell(v25, "draft") == "yes")
        let fast = CapabilityMatrix.row(
            provider: "byteplus", model: Seedance2Model.v2_0Fast.capabilities(id: "dreamina-seedance-2-0-fast-260128"), operations: ark)
        #expect(cell(fast, "highest resolution") == "720p")
        let premium = Seedance2Model.v2_5Premium.capabilities(id: "dreamina-seedance-2-5-premium-260915")
        #expect(cell(CapabilityMatrix.row(provider: "byteplus", model: premium, operations: ark), "highest resolution") == "4k")
    }

    /// 1.x models: no references, frame counts and non-contiguous seconds in short form, extra ratios named.
    @Test func shortFormsOfOneXLimits() {
        #expect(CapabilityMatrix.references(nil) == "–")
        #expect(CapabilityMatrix.durations(.range(2...12, frames: .seedance1)) == "2…12 s, 29…289 frames")
        #expect(CapabilityMatrix.durations(DurationRule(seconds: [4, 8, 12])) == "4, 8, 12 s")
        #expect(CapabilityMatrix.ratios([.r1x1, .r16x9, .r9x16, .r4x3, .r3x4, .r21x9, AspectRatio(rawValue: "9:21")]) == "standard, 9:21")
        #expect(CapabilityMatrix.ratios([.r16x9, .r9x16]) == "16:9, 9:16")
        #expect(CapabilityMatrix.highestResolution([.p480, .p1080, .p720]) == "1080p")
        #expect(CapabilityMatrix.highestResolution([]) == "–")
    }

    /// `seedance providers` prints the new columns (text, Markdown and JSON).
    @Test func providersOutputHasTheNewColumns() async throws {
        let context = CommandRunTests.context()
        #expect(await SeedanceCommand.run(["providers"], context: context) == 0)
        #expect(context.console.output.contains("| provider | model | highest resolution | longest | durations | ratios | references |"))
        let json = CommandRunTests.context()
        #expect(await SeedanceCommand.run(["providers", "--json"], context: json) == 0)
        let rows = try JSONDecoder().decode([[String: String]].self, from: Data(json.console.output.utf8))
        let ark = try #require(rows.first { $0["model"] == "seedance-1-5-pro-251215" })
        #expect(ark["references"] == "–")
        #expect(ark["longest"] == "12 s")
        #expect(ark["highest resolution"] == "1080p")
    }
}
