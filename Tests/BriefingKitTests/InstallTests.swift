import Foundation
import Testing

/// `make install` puts a self-contained `briefing` in a prefix, and a newsroom starts its own site with it
/// in a folder of its own, outside the repository, without a Templates/ folder.
@Suite(.serialized) struct InstallTests {
    private func make(_ arguments: [String]) throws -> BriefingBinary.Result {
        try BriefingBinary(url: URL(fileURLWithPath: "/usr/bin/env"))
            .run(["make", "--no-print-directory"] + arguments, in: TemporaryFolder.repositoryRoot)
    }

    private func describe(_ result: BriefingBinary.Result) -> String {
        "exit \(result.status)\nstdout:\n\(result.stdout)\nstderr:\n\(result.stderr)"
    }

    @Test(.enabled(if: ReleaseBinary.shouldRun, "needs the release binary: run `make test` (it sets BRIEFING_RELEASE_BINARY)"),
          .timeLimit(.minutes(10)))
    func installedBinaryStartsBuildsAndServesNothingFromTheRepository() throws {
        let release = try ReleaseBinary.required()
        let prefix = try TemporaryFolder()
        let work = try TemporaryFolder()
        defer {
            prefix.remove()
            work.remove()
        }
        #expect(!work.url.path.hasPrefix(TemporaryFolder.repositoryRoot.path + "/"))

        // make install PREFIX=… (the release build is up to date: make test built it).
        let install = try make(["install", "PREFIX=\(prefix.url.path)"])
        try #require(install.status == 0, "make install failed: \(describe(install))")
        let installed = prefix.path("bin/briefing")
        #expect(FileManager.default.isExecutableFile(atPath: installed))
        #expect(FileManager.default.contentsEqual(atPath: installed, andPath: release.path),
                "the installed binary is not the release build make test made")

        // No Swift runtime library (nor libcmark, linked statically) among the shared libraries it needs.
        let ldd = try BriefingBinary(url: URL(fileURLWithPath: "/usr/bin/env")).run(["ldd", installed], in: work.url)
        #expect(ldd.status == 0, "\(describe(ldd))")
        let libraries = ldd.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(!libraries.isEmpty)
        for line in libraries {
            for name in ["libswift", "libFoundation", "lib_Foundation", "libdispatch", "libBlocksRuntime", "libcmark"] {
                #expect(!line.contains(name), "the installed binary links \(name) dynamically: \(line)")
            }
            #expect(!line.contains("not found"), "\(line)")
        }

        // --version, with a bare environment.
        let version = try ReleaseBinary.runBare(installed, ["--version"], in: work.url)
        #expect(version.status == 0 && version.stdout.hasPrefix("briefing ") && version.stdout.contains("(cmark 0."),
                "\(describe(version))")

        // briefing new site, then build, in a folder outside the repository.
        let created = try ReleaseBinary.runBare(installed, ["new", "site", "newsroom"], in: work.url)
        try #require(created.status == 0, "briefing new site failed: \(describe(created))")
        let site = work.url.appendingPathComponent("newsroom")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Templates").path))
        let check = try ReleaseBinary.runBare(installed, ["check", "--warnings-as-errors"], in: site)
        #expect(check.status == 0, "the new site has problems: \(describe(check))")
        let build = try ReleaseBinary.runBare(installed, ["build"], in: site)
        try #require(build.status == 0, "briefing build failed: \(describe(build))")
        for page in ["index.html", "briefings/example-briefing/index.html", "glossary/index.html",
                     "glossary/united-nations/index.html", "sources/index.html", "claims/index.html",
                     "feed.xml", "sitemap.xml", "404.html", "assets/style.css", "assets/briefing.js", "assets/icon.svg"] {
            #expect(work.exists("newsroom/Public/" + page), "Public/\(page) was not built")
        }
        let briefing = work.read("newsroom/Public/briefings/example-briefing/index.html") ?? ""
        #expect(briefing.contains("id=\"claim-charter-signed\""))
        #expect(briefing.contains("glossary/united-nations/"))
        #expect(briefing.contains("sources/#source-un-charter"))
        let icon = try Data(contentsOf: site.appendingPathComponent("Public/assets/icon.svg"))
        let repositoryIcon = TemporaryFolder.repositoryRoot.appendingPathComponent("Templates/assets/icon.svg")
        #expect(icon == (try Data(contentsOf: repositoryIcon)), "the built-in icon did not survive byte for byte")

        // make uninstall removes it.
        let uninstall = try make(["uninstall", "PREFIX=\(prefix.url.path)"])
        #expect(uninstall.status == 0, "\(describe(uninstall))")
        #expect(!FileManager.default.fileExists(atPath: installed))
    }
}
