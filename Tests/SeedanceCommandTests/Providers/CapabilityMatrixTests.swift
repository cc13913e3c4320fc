import Foundation
import Testing
@testable import SeedanceCommand
import SeedanceTestSupport

@Suite struct CapabilityMatrixTests {
    /// The README's capability matrix is exactly what the adapters' `Capabilities` say (regenerate it with
    /// `swift run seedance providers --markdown` when an adapter changes).
    @Test func readmeMatrixMatchesCapabilities() throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = "<!-- capability-matrix:begin -->\n"
        let end = "\n<!-- capability-matrix:end -->"
        let start = try #require(readme.range(of: begin), "README.md has no capability matrix markers")
        let stop = try #require(readme.range(of: end, range: start.upperBound..<readme.endIndex))
        let inReadme = String(readme[start.upperBound..<stop.lowerBound])
        #expect(inReadme == CapabilityMatrix.markdown())
    }

    @Test func everyProviderHasRowsAndDistinctNames() {
        let names = ProviderCatalog.all.map(\.name)
        #expect(Set(names).count == names.count)
        let rows = CapabilityMatrix.rows()
        for name in names { #expect(rows.contains { $0[0] == name }, "no row for \(name)") }
        #expect(rows.allSatisfy { $0.count == CapabilityMatrix.header.count })
    }
}
