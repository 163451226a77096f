import ArgumentParser
import Foundation

// Exit status: 0 success, 1 content errors, 2 usage or environment errors (DESIGN §4).
/// Runs the parsed command, awaiting it when it is async (`check --external`). Inside an async
/// function, so that `run()` resolves to the async requirement.
func run(_ parsed: ParsableCommand) async throws {
    var command = parsed
    if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
    } else {
        try command.run()
    }
}

do {
    try await run(try BriefingCommand.parseAsRoot())
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    let code = BriefingCommand.exitCode(for: error)
    if code == .success {
        print(BriefingCommand.fullMessage(for: error))
        Foundation.exit(0)
    }
    FileHandle.standardError.write(Data((BriefingCommand.fullMessage(for: error) + "\n").utf8))
    Foundation.exit(2)
}
