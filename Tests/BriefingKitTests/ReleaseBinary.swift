import Foundation
import Testing

/// The statically linked release binary that `make test` builds once (`make release`) and names in
/// `BRIEFING_RELEASE_BINARY`, for the tests that install it or inspect how it links.
enum ReleaseBinary {
    static let variable = "BRIEFING_RELEASE_BINARY"

    static var path: String? { ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 } }
    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether the tests that need the binary run: always in CI (where a missing binary then fails them),
    /// otherwise only when `make test` provided it.
    static var shouldRun: Bool { path != nil || inCI }

    /// The binary; records an issue (so the calling test fails) when it was not provided or is not there.
    static func required(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> URL {
        guard let path else {
            Issue.record("\(variable) is not set: run the tests with `make test`, which builds the release binary",
                         sourceLocation: sourceLocation)
            throw BriefingBinary.MissingBinary()
        }
        guard FileManager.default.isExecutableFile(atPath: path) else {
            Issue.record("\(variable)=\(path) is not an executable file", sourceLocation: sourceLocation)
            throw BriefingBinary.MissingBinary()
        }
        return URL(fileURLWithPath: path)
    }

    /// Runs `executable` with `arguments` in `directory` with a bare environment (no LD_LIBRARY_PATH, no
    /// toolchain on PATH), as on a machine without Swift.
    static func runBare(_ executable: String, _ arguments: [String], in directory: URL) throws -> BriefingBinary.Result {
        try BriefingBinary(url: URL(fileURLWithPath: "/usr/bin/env"))
            .run(["-i", "PATH=/usr/bin:/bin", "HOME=\(directory.path)", "LANG=C.UTF-8", executable] + arguments, in: directory)
    }
}
