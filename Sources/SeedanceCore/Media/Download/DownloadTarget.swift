import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a download lands: a temporary file beside the destination (same directory, so same file system), renamed
/// over the destination only once the body has been checked. The destination is never opened for writing.
struct DownloadTarget: Sendable {
    /// The final file.
    let destination: URL
    /// The directory that holds it and the temporary files.
    let directory: URL

    /// Checks that `destination` is a file path in an existing directory and is not itself a directory.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`, field `destination`).
    init(destination: URL, provider: ProviderID?) throws {
        func refuse(_ reason: String, allowed: String) -> SeedanceError {
            SeedanceError(
                category: .invalidRequest, provider: provider, message: "destination \(destination.path) \(reason); allowed: \(allowed)",
                field: "destination", value: destination.path, allowed: allowed)
        }
        guard destination.isFileURL, !destination.lastPathComponent.isEmpty, destination.lastPathComponent != "/" else {
            throw refuse("is not a file path", allowed: "a file URL such as file:///videos/result.mp4")
        }
        let file = destination.standardizedFileURL
        let directory = file.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw refuse("is in a directory that does not exist", allowed: "a path in an existing directory")
        }
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw refuse("is a directory", allowed: "a file path (an existing file is replaced)")
        }
        self.destination = file
        self.directory = directory
    }

    /// A fresh hidden temporary path beside the destination (`.<name>.<uuid>.part`); nothing is created yet.
    func temporaryFile() -> URL {
        directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).part")
    }

    /// Renames `temporary` over the destination in one step (an existing file is replaced).
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`, field `destination`) when the rename fails.
    func commit(_ temporary: URL, provider: ProviderID?) throws {
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw SeedanceError(
                category: .invalidRequest, provider: provider,
                message: "the download could not be moved to \(destination.path): \(reason)", field: "destination", value: destination.path)
        }
    }

    /// The error for a download that filled the disk (its partial file is removed by the caller).
    func diskFull(taskID: TaskID, provider: ProviderID?) -> SeedanceError {
        SeedanceError(
            category: .invalidRequest, provider: provider,
            message: "no space left on the device holding \(directory.path): the download of task \(taskID.rawValue) stopped and its partial file was removed",
            field: "destination", value: destination.path, allowed: "a destination with room for the whole download", taskID: taskID)
    }

    /// Removes `temporary` if it exists; errors are ignored (there is nothing better to do with them).
    func discard(_ temporary: URL) {
        _ = unlink(temporary.path)
    }
}
