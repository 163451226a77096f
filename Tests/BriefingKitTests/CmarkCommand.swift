import Foundation

/// The reference `cmark` command that `briefing render` is compared against.
enum CmarkCommand {
    /// Debian's `/usr/bin/cmark` first, else the first `cmark` on PATH; nil when none is installed.
    static let url: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = ["/usr/bin"] + path.split(separator: ":").map(String.init)
        return candidates.map { URL(fileURLWithPath: $0).appendingPathComponent("cmark") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()
}
