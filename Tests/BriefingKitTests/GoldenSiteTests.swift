import Foundation
import Testing
@testable import BriefingKit

/// The fixture sites rendered and compared file by file with their baselines: `Fixtures/golden-site`
/// with `Fixtures/golden/`, `Fixtures/trust-site` (every DESIGN §7 trust key) with `Fixtures/golden-trust/`, and
/// `Fixtures/languages-site` (the golden site with a French translation, DESIGN §8) with `Fixtures/golden-languages/`.
/// A missing baseline, or `RECORD_SNAPSHOTS=1`, writes the baseline and fails, so a new one never passes silently.
@Suite struct GoldenSiteTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The fixture content as `relative path → text`.
    static func fixtureContent(_ name: String = "golden-site") -> [String: String] {
        let root = fixtures.appendingPathComponent(name)
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            files[String(url.path.dropFirst(root.path.count + 1))] = text
        }
        return files
    }

    @Test(arguments: [("golden-site", "golden"), ("trust-site", "golden-trust"), ("languages-site", "golden-languages")])
    func renderedSiteMatchesTheBaselines(fixture: String, baselineFolder: String) throws {
        // A fixed publishing date: the baselines must not change with the clock.
        let result = TestSite(Self.fixtureContent(fixture), options: BuildOptions(now: PartialDate(year: 2025, month: 6, day: 1))).build()
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let generated = result.output.filter { !$0.key.hasPrefix("assets/") }
        let baselines = Self.fixtures.appendingPathComponent(baselineFolder)
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        var expectedPaths: Set<String> = []
        if let enumerator = FileManager.default.enumerator(at: baselines, includingPropertiesForKeys: nil) {
            while let url = enumerator.nextObject() as? URL {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                    expectedPaths.insert(String(url.path.dropFirst(baselines.path.count + 1)))
                }
            }
        }
        for path in generated.keys.sorted() {
            let text = generated[path] ?? ""
            let baseline = baselines.appendingPathComponent(path)
            guard !record, let expected = try? String(contentsOf: baseline, encoding: .utf8) else {
                try FileManager.default.createDirectory(at: baseline.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: baseline, atomically: true, encoding: .utf8)
                Issue.record("recorded a new baseline for \(path); check it and run the tests again")
                continue
            }
            if text != expected {
                Issue.record("\(path) differs from its baseline:\n\(Self.lineDiff(expected, text))")
            }
        }
        let unexpected = expectedPaths.subtracting(generated.keys).sorted()
        #expect(unexpected.isEmpty, "baselines with no generated file: \(unexpected)")
    }

    /// The first differing lines, numbered, for a readable failure.
    static func lineDiff(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for index in 0..<max(a.count, b.count) where report.count < 12 {
            let left = index < a.count ? String(a[index]) : "<none>"
            let right = index < b.count ? String(b[index]) : "<none>"
            if left != right { report.append("line \(index + 1):\n- \(left)\n+ \(right)") }
        }
        return report.joined(separator: "\n")
    }
}
