import Foundation
import Testing
@testable import BriefingKit

/// The build's output on a small generated corpus, checked file by file against checksums recorded
/// with the build as it was before the performance work (swift-mustache, one thread, one parse per
/// page), rendering today's templates. Optimisations must not change a byte. Assets are left out (they
/// are copied, not rendered), and sitemap.xml is compared as its sorted lines: pages are now rendered
/// in parallel and the sitemap lists them sorted. Re-record (`bench/record-checksums`) only when a
/// template or the content format changes on purpose.
@Suite struct CorpusChecksumTests {
    static let root = TestSite.repositoryRoot

    /// The corpus `bench/gen_corpus.py --briefings 12 --terms 40 --sources 60 --paragraphs 4 --seed 7` writes.
    static func generatedContent() throws -> [String: String] {
        let folder = try TemporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("bench/gen_corpus.py").path, folder.url.path,
                             "--briefings", "12", "--terms", "40", "--sources", "60", "--paragraphs", "4", "--seed", "7"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "gen_corpus.py failed")
        let content = folder.url.appendingPathComponent("Content")
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            files[String(url.path.dropFirst(content.path.count + 1))] = text
        }
        return files
    }

    /// 64-bit FNV-1a, the same as the recording script's.
    static func checksum(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test func outputMatchesTheChecksumsRecordedBeforeTheOptimisations() throws {
        let content = try Self.generatedContent()
        #expect(content.count > 50)
        let result = TestSite(content).build()
        #expect(result.errors.isEmpty, "\(result.errors.prefix(3))")
        var actual: [String] = []
        for (path, text) in result.output where !path.hasPrefix("assets/") {
            var bytes = Array(text.utf8)
            if path == "sitemap.xml" {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).sorted()
                bytes = Array(lines.joined(separator: "\n").utf8)
            }
            actual.append("\(path) \(Self.checksum(bytes))")
        }
        let recorded = try String(contentsOf: Self.root.appendingPathComponent(
            "Tests/BriefingKitTests/Fixtures/corpus-checksums.txt"), encoding: .utf8)
        let expected = recorded.split(separator: "\n").map(String.init)
        #expect(actual.sorted() == expected)
    }
}
