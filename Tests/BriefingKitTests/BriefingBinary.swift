import Foundation
import Testing

/// The built `briefing` executable, run as a child process the way a user runs it.
struct BriefingBinary {
    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    let url: URL

    /// The binary `swift build --build-tests` put next to the test bundle, or nil when there is none.
    static func locate() -> BriefingBinary? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ].map { $0.appendingPathComponent("briefing") }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return BriefingBinary(url: candidate)
        }
        return nil
    }

    /// The located binary; records an issue (so the calling test fails) when it is missing.
    static func required(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BriefingBinary {
        guard let binary = locate() else {
            let bundle = CommandLine.arguments[0]
            Issue.record("no 'briefing' executable next to the test bundle (\(bundle)); build with `swift build --build-tests`",
                         sourceLocation: sourceLocation)
            throw MissingBinary()
        }
        return binary
    }

    struct MissingBinary: Error {}

    /// Runs the binary in `directory` and waits for it. Output goes through files, so a large
    /// output cannot fill a pipe and deadlock the run.
    func run(_ arguments: [String], in directory: URL, stdin: Data? = nil) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("briefing-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        let inURL = scratch.appendingPathComponent("stdin")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: inURL.path, contents: stdin ?? Data())

        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        defer {
            try? out.close()
            try? err.close()
            try? input.close()
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        process.waitUntilExit()

        let outData = (try? Data(contentsOf: outURL)) ?? Data()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        // A crash is reported like a shell does (128 + signal), so it never passes for an exit code.
        let status = process.terminationReason == .uncaughtSignal
            ? 128 + process.terminationStatus : process.terminationStatus
        return Result(status: status,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self),
                      stdoutData: outData)
    }
}
