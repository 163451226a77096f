import ArgumentParser
import BriefingKit

/// `--now`: the date publishing is judged at (build, check, serve), so that output does not depend
/// on the clock when a test or a reproducible build asks.
struct NowOption: ParsableArguments {
    @Option(help: "Today's date for publishing (YYYY-MM-DD; default: today's UTC date). A briefing dated after it is scheduled.")
    var now: String?

    func validate() throws {
        if let now, PartialDate(fullDate: now) == nil {
            throw ValidationError("--now must be a date YYYY-MM-DD, not '\(now)'")
        }
    }

    /// The given date, else nil (today, decided by the caller).
    var date: PartialDate? { now.flatMap { PartialDate(fullDate: $0) } }
}

/// `--since`: the last published `anchors.json`, which the new site must keep.
struct SinceOption: ParsableArguments {
    @Option(help: "The last published anchors.json, or the folder holding it (the deployed Public/): every page or citable id in it that this site lacks is an error.")
    var since: String?

    /// The check to run, nil without `--since`; an unreadable file exits 2 (a usage problem).
    func check(publishing: BuildOptions) throws -> SinceCheck? {
        guard let since else { return nil }
        switch PublishedAnchors.read(since) {
        case .success(let published):
            return SinceCheck(published: published, publishing: publishing)
        case .failure(let problem):
            Terminal.error("error: --since: \(problem)")
            throw ExitCode(2)
        }
    }
}
