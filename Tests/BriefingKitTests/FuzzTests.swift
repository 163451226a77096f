import Foundation
import Testing
@testable import BriefingKit

/// A seeded random-mutation fuzzer: valid content is mutated (bytes, lines, YAML keys and values,
/// Markdown link syntax, invalid UTF-8, deep nesting) and built in memory through the whole
/// pipeline. Nothing may crash, and every diagnostic must point into `Content/` at line and
/// column >= 1. Each iteration has its own seed, derived from the run's seed, so one failure
/// replays alone:
///
///     FUZZ_SEED=<seed> FUZZ_ITERATION=<n> swift test --filter FuzzTests
///
/// `FUZZ_ITERATIONS` (default 300) and `FUZZ_SECONDS` (default 20) bound a run, whichever ends first;
/// `FUZZ_SEED` defaults to a fixed value so `make test` is deterministic (`make fuzz` picks a new one).
/// Before each iteration its input is written to `FuzzTests.capturePath`, so a crash that kills the
/// process leaves the input behind: copy it to `Fixtures/fuzz-regressions/` to keep it as a test.
@Suite struct FuzzTests {
    // MARK: Configuration

    static let environment = ProcessInfo.processInfo.environment
    static let seed = environment["FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_241_105
    static let iterations = environment["FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 300
    static let seconds = environment["FUZZ_SECONDS"].flatMap { Double($0) } ?? 20
    static let onlyIteration = environment["FUZZ_ITERATION"].flatMap { Int($0) }
    static let capturePath = environment["FUZZ_CAPTURE"]
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("briefing-fuzz-current.input").path

    /// Kept inputs, one `.input` file each (the format of `FuzzInput`).
    static let regressionsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    // MARK: The valid starting point

    static let seedFiles: [String: String] = [
        "site.yaml": """
            title: "Fuzz Site"
            baseURL: "https://fuzz.example.org/"
            description: "A site for fuzzing."
            language: en
            autolink: first-in-section
            paginate: 2
            unsafeHTML: false

            """,
        "sources.yaml": """
            dod-2024:
              title: "Pentagon briefing"
              authors: ["Sabrina Singh", "Pat Ryder"]
              publisher: "US Department of Defense"
              date: 2024-10-23
              url: "https://example.org/dod"
              archived: "https://archive.example.org/dod"
              accessed: 2024-11-20
              note: "Transcript; see [the treaty](term:alpha-treaty) and [the other](cite:nis-2024)."
            nis-2024:
              title: "NIS statement"
              date: 2024-10

            """,
        "glossary/alpha-treaty.md": """
            ---
            name: "Alpha Treaty"
            kind: treaty
            aliases: ["the Alpha pact", "Alpha"]
            summary: "A treaty between North Korea and others."
            parties: [north-korea]
            related: [north-korea]
            dates: {signed: 2024-06-19, in-force: 2024-12-04}
            sources: [dod-2024]
            ---
            The Alpha Treaty binds North Korea. See [the briefing](briefing:main#claim-troops).

            """,
        "glossary/north-korea.md": """
            ---
            name: "North Korea"
            kind: state
            aliases: ["DPRK", "Pyongyang"]
            summary: "A state in East Asia."
            ---
            North Korea signed the Alpha Treaty.

            """,
        "briefings/main.md": """
            ---
            title: "North Korea's gambit"
            date: 2024-11-05
            updated: 2024-11-20
            authors: ["A. Writer", "B. Editor"]
            summary: "One or two sentences."
            tags: [security, sanctions]
            draft: false
            claims:
              troops:
                status: supported
                confidence: high
                sources: [dod-2024, nis-2024]
                note: "As [the Pentagon](cite:dod-2024) says; see [the pact](term:alpha-treaty)."
              estimate:
                status: incorrect
                confidence: low
                sources: [nis-2024]
                correction: "About *10,000* in total, per [other](briefing:other)."
              view:
                status: opinion
            timeline:
              - date: 2024-06-19
                text: "The [pact](term:alpha-treaty) is signed"
                term: alpha-treaty
              - date: 2024-10
                text: "Troops *move*"
                claim: troops
            ---
            # North Korea in Ukraine

            The United States said that [about 3,000 North Korean soldiers had moved to
            eastern Russia](claim:troops), and Pyongyang denied it. [Ten thousand](claim:estimate) more
            came; [it is bad](claim:view). As [one analysis puts it](cite:dod-2024), the
            [treaty](term:alpha-treaty) obliges DPRK (see [the other briefing](briefing:other#background)).

            ## Background

            > The Alpha pact, **North Korea** and `code` and [a link](https://example.org/x "title").
            > - nested [mark](claim:troops) item

            1. First with ![Map of the front](assets/map.png)
            2. Second <https://example.org/auto>

            ```table
            | Name | Value |
            |---|---|
            | Alpha Treaty | [cited](cite:nis-2024) |
            | North Korea | 2 |
            ```

            | Plain | pipe | table |
            |:---|:---:|---:|
            | North Korea | ~~struck~~ | [cited](cite:dod-2024)[^1] |

            Hard break\\
            next line. Footnote-like [x][ref], a real one[^1] and another[^note], ~~struck *text*~~.

            ![Map of the front](assets/map.png "The front")

            [ref]: https://example.org/ref

            [^1]: Ibid.

            [^note]: A note on [the pact](term:alpha-treaty), see [above](#background).

            """,
        "briefings/other.md": """
            ---
            title: "Other briefing"
            date: 2024-10-01
            tags: [security]
            draft: true
            ---
            ## Background

            Nothing but North Korea here.

            """,
    ]

    static let seedAssets: [String: [UInt8]] = [
        // A PNG header (signature, IHDR of 320 × 200), enough for the page to read its size.
        "assets/map.png": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
                           0, 0, 0x01, 0x40, 0, 0, 0, 0xC8],
    ]

    static var seedInput: [String: [UInt8]] {
        var files = seedAssets
        for (path, text) in seedFiles { files[path] = Array(text.utf8) }
        return files
    }

    // MARK: Running one input

    /// Paths relative to `Content/` → bytes, built in memory with the repository's templates.
    static func build(_ content: [String: [UInt8]], options: BuildOptions = BuildOptions()) -> (BuildReport, [String]) {
        var files: [String: [UInt8]] = [:]
        for (path, text) in TestSite.templates { files[path] = Array(text.utf8) }
        for (path, bytes) in content { files["Content/" + path] = bytes }
        let written = Locked<[String]>([])
        let report = SiteBuilder(fileSystem: byteFileSystem(files)).run(BuildRequest(options: options)) { file in
            written.withLock { $0.append(file.path) }
        }
        return (report, written.current.sorted())
    }

    /// An in-memory file system over raw bytes (so invalid UTF-8 reaches the loader as it is).
    static func byteFileSystem(_ files: [String: [UInt8]]) -> FileSystem {
        var directories: Set<String> = []
        for path in files.keys {
            var components = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            while !components.isEmpty {
                directories.insert(components.joined(separator: "/"))
                components = components.dropLast()
            }
        }
        let folders = directories
        return FileSystem(
            kind: { path in
                if files[path] != nil { return .file }
                return folders.contains(path) ? .directory : .missing
            },
            read: { path in
                guard let bytes = files[path] else { throw FileSystem.Failure(description: "no such file: \(path)") }
                return bytes
            },
            list: { path in
                let prefix = path + "/"
                var names: Set<String> = []
                for key in files.keys where key.hasPrefix(prefix) {
                    if let name = key.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false).first {
                        names.insert(String(name))
                    }
                }
                return names.sorted()
            }
        )
    }

    /// The problems with one input's build: diagnostics outside Content/ or without a position,
    /// or output paths that would climb out of the output folder.
    static func problems(_ content: [String: [UInt8]], options: BuildOptions = BuildOptions()) -> [String] {
        let (report, written) = build(content, options: options)
        var problems: [String] = []
        for diagnostic in report.diagnostics.items {
            let location = diagnostic.location
            if location.line < 1 || location.column < 1 {
                problems.append("position below 1: \(diagnostic)")
            }
            if !(location.file == "Content" || location.file.hasPrefix("Content/")) {
                problems.append("file outside Content/: \(diagnostic)")
            }
            let relative = location.file.hasPrefix("Content/") ? String(location.file.dropFirst("Content/".count)) : nil
            if let relative, let bytes = content[relative], diagnostic.message != "invalid UTF-8" {
                let lines = bytes.count { $0 == 0x0A } + 1
                if location.line > lines + 1 { problems.append("line past the end of the file (\(lines) lines): \(diagnostic)") }
            }
        }
        for path in written {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            if path.hasPrefix("/") || parts.contains(where: { $0.isEmpty || $0 == ".." || $0 == "." }) {
                problems.append("output path climbs out: \(path)")
            }
        }
        if report.outcome == .success && report.diagnostics.hasErrors { problems.append("success with errors") }
        return problems
    }

    // MARK: The fuzzer

    @Test func mutatedContentNeverCrashes() throws {
        let started = Date()
        let range = Self.onlyIteration.map { $0..<($0 + 1) } ?? 0..<Self.iterations
        var completed = 0
        print("FuzzTests: seed \(Self.seed), up to \(Self.iterations) iterations / \(Self.seconds) s; "
              + "each input is written to \(Self.capturePath) before it runs")
        for iteration in range {
            if Self.onlyIteration == nil, Date().timeIntervalSince(started) > Self.seconds { break }
            var generator = SplitMix64(seed: Self.seed &+ UInt64(iteration) &* 0x9E37_79B9_7F4A_7C15)
            let input = Mutator.mutate(Self.seedInput, using: &generator)
            let options = BuildOptions(includeDrafts: generator.next() % 2 == 0, portable: generator.next() % 4 == 0)
            try FuzzInput(content: input, options: options, note: "seed \(Self.seed) iteration \(iteration)")
                .write(to: Self.capturePath)
            let problems = Self.problems(input, options: options)
            if !problems.isEmpty {
                let kept = FileManager.default.temporaryDirectory
                    .appendingPathComponent("briefing-fuzz-failure-\(Self.seed)-\(iteration).input").path
                try? FuzzInput(content: input, options: options, note: "seed \(Self.seed) iteration \(iteration)").write(to: kept)
                Issue.record("""
                    fuzz failure at FUZZ_SEED=\(Self.seed) FUZZ_ITERATION=\(iteration) (input kept at \(kept)):
                    \(problems.prefix(10).joined(separator: "\n"))
                    """)
            }
            completed += 1
        }
        print("FuzzTests: \(completed) iterations in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        #expect(completed > 0)
    }

    /// Every input a fuzz run ever found a problem with, replayed.
    @Test func regressionsReplay() throws {
        let folder = Self.regressionsFolder
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".input") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let input = try FuzzInput.read(from: folder.appendingPathComponent(name).path)
            let problems = Self.problems(input.content, options: input.options)
            if name.hasPrefix("known-") {
                // A bug found and not fixed yet: reported as a known issue until it is (then rename the file).
                withKnownIssue("\(name) is an open bug") {
                    #expect(problems.isEmpty, "\(name): \(problems.joined(separator: "\n"))")
                }
            } else {
                #expect(problems.isEmpty, "\(name): \(problems.joined(separator: "\n"))")
            }
        }
    }

    /// Replays one captured input: `FUZZ_REPLAY=/path/to/file.input swift test --filter FuzzTests/replay`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["FUZZ_REPLAY"] != nil))
    func replay() throws {
        let path = try #require(Self.environment["FUZZ_REPLAY"])
        let input = try FuzzInput.read(from: path)
        let problems = Self.problems(input.content, options: input.options)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// Found by the fuzzer (seed 2878523305, iteration 1073): a `briefing:` link inside a heading was
    /// freed with the heading when it got its id, then changed when briefing links were resolved
    /// (use after free, SIGSEGV). It must now resolve like any other link.
    @Test func briefingLinkInsideAHeadingResolves() {
        let result = TestSite([
            "briefings/main.md": Content.briefing("# See [the other](briefing:other#background)\n\nText.\n"),
            "briefings/other.md": Content.briefing("## Background\n\nMore.\n", title: "Other"),
            "glossary/alpha.md": Content.term("Alpha", body: "Alpha and [main](briefing:main)\n---\n"),
        ]).build()
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(TestSite.body(result.output["briefings/main/index.html"]).contains(
            "<h1 id=\"see-the-other\">See <a href=\"../../briefings/other/#background\">the other</a><a class=\"heading-anchor\""))
        #expect((result.output["glossary/alpha/index.html"] ?? "").contains("<a href=\"../../briefings/main/\">main</a>"))
    }

    @Test func seedContentIsValid() {
        let (report, written) = Self.build(Self.seedInput, options: BuildOptions(includeDrafts: true))
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.items)")
        #expect(written.contains("briefings/main/index.html"))
    }

    @Test func inputFilesRoundTrip() throws {
        var generator = SplitMix64(seed: 7)
        let input = FuzzInput(content: Mutator.mutate(Self.seedInput, using: &generator),
                              options: BuildOptions(includeDrafts: true, portable: true), note: "round trip")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-fuzz-\(UUID()).input").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try input.write(to: path)
        let back = try FuzzInput.read(from: path)
        #expect(back.content == input.content)
        #expect(back.options.includeDrafts && back.options.portable)
    }
}

// MARK: - Inputs on disk

/// One fuzz input as a single file: a header line per content file with its length, then its raw bytes.
///
///     briefing-fuzz-input 1
///     note: seed 1 iteration 2
///     options: drafts portable
///     file: briefings/main.md 1234
///     <1234 bytes>
struct FuzzInput {
    var content: [String: [UInt8]]
    var options: BuildOptions
    var note: String

    struct Malformed: Error, CustomStringConvertible { var description: String }

    func serialized() -> [UInt8] {
        var flags: [String] = []
        if options.includeDrafts { flags.append("drafts") }
        if options.portable { flags.append("portable") }
        var bytes = Array("briefing-fuzz-input 1\nnote: \(note)\noptions: \(flags.joined(separator: " "))\n".utf8)
        for path in content.keys.sorted() {
            let file = content[path] ?? []
            bytes += Array("file: \(path) \(file.count)\n".utf8)
            bytes += file
            bytes.append(0x0A)
        }
        return bytes
    }

    func write(to path: String) throws {
        try Data(serialized()).write(to: URL(fileURLWithPath: path))
    }

    static func read(from path: String) throws -> FuzzInput {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var index = 0
        func line() -> String? {
            guard index < bytes.count else { return nil }
            let end = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
            defer { index = end + 1 }
            return String(decoding: bytes[index..<end], as: UTF8.self)
        }
        guard line() == "briefing-fuzz-input 1", let note = line(), let options = line(), options.hasPrefix("options:") else {
            throw Malformed(description: "\(path): not a fuzz input")
        }
        let flags = options.split(separator: " ")
        var input = FuzzInput(content: [:], options: BuildOptions(includeDrafts: flags.contains("drafts"),
                                                                  portable: flags.contains("portable")),
                              note: String(note.dropFirst("note: ".count)))
        while let header = line() {
            let parts = header.split(separator: " ")
            guard parts.count == 3, parts[0] == "file:", let length = Int(parts[2]), index + length <= bytes.count else {
                throw Malformed(description: "\(path): bad header '\(header)'")
            }
            input.content[String(parts[1])] = Array(bytes[index..<(index + length)])
            index += length + 1
        }
        return input
    }
}

// MARK: - Randomness and mutations

/// A small, fast, seedable generator (SplitMix64), so a seed replays on any machine.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum Mutator {
    static let keys = ["title", "date", "updated", "authors", "summary", "tags", "draft", "claims", "status", "confidence",
                       "sources", "note", "correction", "name", "kind", "aliases", "parties", "related", "dates",
                       "timeline", "text", "claim", "term", "baseURL", "description", "language", "autolink",
                       "paginate", "unsafeHTML", "url", "archived",
                       "accessed", "publisher", "titel", "Title", "", "-", "? x", "<<", "troops", "dod-2024"]
    static let values = ["", "~", "null", "[]", "{}", "\"", "'", "[a, [b, {c: d}]]", "{a: 1}", "true", "yes", "-1", "0",
                         "99999999999999999999", "2024-02-30", "2024-13", "0000-01-01", "2024", "2024-1-1", "24:00",
                         "&anchor x", "*anchor", "!!binary aGk=", "!!str 1", "|\n  block", ">\n  folded", "\"\\x00\"",
                         "\"\\uD800\"", "javascript:alert(1)", "https://", "http://[::1", "ftp://x", "supported",
                         "disputed", "incorrect", "unverified", "opinion", "low", "moderate", "high", "treaty", "state",
                         "first", "all", "off", "[troops, estimate]", "[dod-2024, nope]", "[north-korea, alpha-treaty]",
                         "\"claim:troops\"", "[../../etc]", "\"<script>\"", "- x", "? y", "%TAG", "@", "`"]
    static let tokens: [[UInt8]] = [
        "[", "]", "](", ")", "](claim:", "](cite:", "](term:", "](briefing:", "claim:", "cite:dod-2024", "term:alpha-treaty",
        "briefing:main#", "briefing:other", "#claim-troops", "](assets/", "](assets/map.png)", "![", "<", ">", "&", "&#0;",
        "&amp;", "---", "---\n", "\n---\n", "```", "```table\n", "| a | b |\n", "|---|\n", "|", "\\", "\\\n", "*", "**",
        "_", "`", "> ", "- ", "1. ", "    ", "\t", "\n", "\n\n", "\r", "\r\n", "\u{FEFF}", "\u{2028}", "\u{0301}", "é",
        "ü", "’", "–", "“", "😀", "North Korea", "Alpha Treaty", "DPRK", "# ", "## ", "###### ", "<div>", "<script>",
        "<!--", "-->", "[x]: https://e.org\n", "troops", "claims:\n  x:\n    status: opinion\n", ": ", ":", "{", "}", ",",
        "'", "\"", "#", "!", "%", "[^1]", "[^note]", "[^1]: ", "\n[^note]: x\n", "[^", "~~", "~", "| --- | :-: |\n",
        "| x | y |\n|---|---|\n", "[a [b](term:alpha-treaty)](claim:troops)", "[[x](cite:dod-2024)](https://e.org)", "](#",
        "](/assets/map.png)", "](../glossary/alpha-treaty/)", " \"title\")",
    ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80],
                                 [0xE2, 0x80], [0x7F], [0x1B], [0x0B], [0x0C]]

    static func mutate(_ input: [String: [UInt8]], using random: inout SplitMix64) -> [String: [UInt8]] {
        var files = input
        let count = 1 + Int(random.next() % 4)
        for _ in 0..<count { mutateOnce(&files, using: &random) }
        return files
    }

    static func pick<T>(_ items: [T], _ random: inout SplitMix64) -> T { items[Int(random.next() % UInt64(items.count))] }

    static func position(in bytes: [UInt8], _ random: inout SplitMix64) -> Int {
        Int(random.next() % UInt64(bytes.count + 1))
    }

    static func mutateOnce(_ files: inout [String: [UInt8]], using random: inout SplitMix64) {
        // Whole-file changes, now and then.
        if random.next() % 20 == 0 {
            let paths = files.keys.sorted()
            let path = pick(paths, &random)
            switch random.next() % 5 {
            case 0: files[path] = nil
            case 1:
                let names = ["briefings/Bad Name.md", "briefings/..md", "briefings/x.txt", "glossary/-x.md", "briefings/a--b.md",
                             "briefings/new.md", "glossary/new.md", "static/feed.xml", "static/index.html", "assets/x/y.png",
                             "static/.well-known/x", "briefings/ünï.md", "glossary/north-korea.md.md"]
                files[pick(names, &random)] = files[path]
            case 2: files[path] = []
            case 3: files[path] = Array(files[path]?.prefix(Int(random.next() % 200)) ?? [])
            default:
                let other = pick(paths, &random)
                files[path] = files[other]
            }
            return
        }
        let textPaths = files.keys.filter { $0.hasSuffix(".md") || $0.hasSuffix(".yaml") }.sorted()
        guard !textPaths.isEmpty else { return }
        let path = pick(textPaths, &random)
        var bytes = files[path] ?? []
        switch random.next() % 16 {
        case 0 where !bytes.isEmpty:  // flip a bit
            let index = Int(random.next() % UInt64(bytes.count))
            bytes[index] ^= UInt8(1 << (random.next() % 8))
        case 1:  // insert a random byte
            bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position(in: bytes, &random))
        case 2 where !bytes.isEmpty:  // delete a range
            let start = Int(random.next() % UInt64(bytes.count))
            let length = 1 + Int(random.next() % 16)
            bytes.removeSubrange(start..<min(bytes.count, start + length))
        case 3, 4, 5:  // insert a token
            bytes.insert(contentsOf: pick(tokens, &random), at: position(in: bytes, &random))
        case 6, 7:  // line operations
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            guard !lines.isEmpty else { break }
            let a = Int(random.next() % UInt64(lines.count))
            let b = Int(random.next() % UInt64(lines.count))
            switch random.next() % 3 {
            case 0: lines.insert(lines[a], at: b)
            case 1: lines.remove(at: a)
            default: lines.swapAt(a, b)
            }
            bytes = Array(lines.joined(separator: [0x0A]))
        case 8, 9:  // change a YAML key or value
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            let candidates = lines.indices.filter { lines[$0].contains(UInt8(ascii: ":")) }
            guard !candidates.isEmpty else { break }
            let index = pick(candidates, &random)
            let line = lines[index]
            let colon = line.firstIndex(of: UInt8(ascii: ":")) ?? 0
            let indent = line.prefix { $0 == 0x20 }.count
            if random.next() % 2 == 0 {
                lines[index] = Array(line[..<indent]) + Array(pick(keys, &random).utf8) + Array(line[colon...])
            } else {
                lines[index] = Array(line[...colon]) + [0x20] + Array(pick(values, &random).utf8)
            }
            bytes = Array(lines.joined(separator: [0x0A]))
        case 10:  // deep nesting
            let unit = pick(["> ", "- ", "1. ", "[", "*", "**", "_", "`", "  - ", "> - ", "![", "](", "<", "\\["], &random)
            let depth = 1 + Int(random.next() % 300)
            let nesting = Array(String(repeating: unit, count: depth).utf8)
            let at = lineStart(in: bytes, position(in: bytes, &random))
            bytes.insert(contentsOf: nesting + Array("x".utf8), at: at)
        case 11:  // splice from another file
            let other = files[pick(textPaths, &random)] ?? []
            if !other.isEmpty {
                let start = Int(random.next() % UInt64(other.count))
                let length = 1 + Int(random.next() % 200)
                bytes.insert(contentsOf: other[start..<min(other.count, start + length)], at: position(in: bytes, &random))
            }
        case 12:  // invalid UTF-8 or a control character
            bytes.insert(contentsOf: pick(Array(tokens.suffix(12)), &random), at: position(in: bytes, &random))
        case 13:  // line endings and byte order marks
            if random.next() % 2 == 0 {
                bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
            } else {
                bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: random.next() % 4 == 0 ? position(in: bytes, &random) : 0)
            }
        case 14:  // a long line
            let unit = pick(tokens, &random)
            bytes.insert(contentsOf: Array(repeating: unit, count: 1 + Int(random.next() % 2_000)).joined(),
                         at: position(in: bytes, &random))
        default:  // replace a byte with a syntax character
            if !bytes.isEmpty {
                let index = Int(random.next() % UInt64(bytes.count))
                bytes[index] = pick(Array("[]()<>:!#*_`|-\n\t \\\"'{}&".utf8), &random)
            }
        }
        files[path] = bytes
    }

    static func lineStart(in bytes: [UInt8], _ position: Int) -> Int {
        var index = min(position, bytes.count)
        while index > 0, bytes[index - 1] != 0x0A { index -= 1 }
        return index
    }
}
