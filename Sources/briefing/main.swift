import ArgumentParser
import Foundation

// Exit status: 0 success, 1 content errors, 2 usage or environment errors (DESIGN §4).
do {
    var command = try BriefingCommand.parseAsRoot()
    try command.run()
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
