import Foundation
import Testing
@testable import BriefingKit

/// The preview folder's writes: over the old bytes (the same file, shorter or longer), a new file
/// for a new path, a file a hard link shares left as it is for the other name, and a reader under
/// the gate that sees the old bytes or the new, never a mix.
@Suite struct OutputSyncTests {
    func inode(_ path: String) -> UInt64 {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    @Test func filesAreRewrittenInPlaceAndNewOnesCreated() throws {
        let folder = try TemporaryFolder()
        try folder.write("out/a/index.html", "a long old page")
        let sync = OutputSync(outputDirectory: folder.path("out"), digests: [:], gate: OutputGate())
        let before = inode(folder.path("out/a/index.html"))
        #expect(try sync.write("a/index.html", bytes: Array("short".utf8)))
        #expect(folder.read("out/a/index.html") == "short")
        #expect(inode(folder.path("out/a/index.html")) == before)
        #expect(try sync.write("a/index.html", bytes: Array("a page longer than before".utf8)))
        #expect(folder.read("out/a/index.html") == "a page longer than before")
        // The same bytes again: nothing written.
        #expect(try !sync.write("a/index.html", bytes: Array("a page longer than before".utf8)))
        #expect(try sync.write("b/c/index.html", bytes: Array("new".utf8)))
        #expect(folder.read("out/b/c/index.html") == "new")
    }

    @Test func aFileAHardLinkSharesIsReplacedNotOverwritten() throws {
        let folder = try TemporaryFolder()
        try folder.write("old/page.html", "last build")
        try FileManager.default.createDirectory(atPath: folder.path("out"), withIntermediateDirectories: true)
        #expect(link(folder.path("old/page.html"), folder.path("out/page.html")) == 0)
        let sync = OutputSync(outputDirectory: folder.path("out"), digests: [:])
        #expect(try sync.write("page.html", bytes: Array("this build".utf8)))
        #expect(folder.read("out/page.html") == "this build")
        #expect(folder.read("old/page.html") == "last build")
    }

    @Test func aReaderUnderTheGateSeesOneVersionWhole() async throws {
        let folder = try TemporaryFolder()
        // Of two lengths: between the write and the truncation, an ungated reader would see the
        // short version's bytes with the long one's tail.
        let versions = [[UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20), [UInt8](repeating: UInt8(ascii: "b"), count: 1 << 19)]
        try folder.write("out/big.html", String(decoding: versions[0], as: UTF8.self))
        let gate = OutputGate()
        let sync = OutputSync(outputDirectory: folder.path("out"), digests: [:], gate: gate)
        let path = folder.path("out/big.html")
        let writer = Task.detached {
            for round in 1...200 { _ = try sync.write("big.html", bytes: versions[round % 2]) }
        }
        var reads = 0
        while reads < 400 {
            let data = gate.reading { FileManager.default.contents(atPath: path) }
            let bytes = [UInt8](data ?? Data())
            #expect(bytes == versions[0] || bytes == versions[1], "a torn read: \(bytes.count) bytes of \(Set(bytes))")
            reads += 1
        }
        try await writer.value
    }
}
