import Foundation

/// Loads a fuzz corpus: the response documents of a fixture folder.
package enum FuzzCorpus {
    /// The files of `directory` that hold responses, sorted by name: every `.json` file except requests
    /// (`*.request.json`). An unreadable folder gives an empty list.
    package static func responseFixtures(in directory: URL) -> [(name: String, data: Data)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".request.json") }.sorted().compactMap { name in
            (try? Data(contentsOf: directory.appendingPathComponent(name))).map { (name, $0) }
        }
    }
}
