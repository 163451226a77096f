import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for the external link checks: plain
/// sockets, a thread per connection, `Connection: close`. It records every request it gets.
///
/// Routes: `/ok` 200; `/missing` 404; `/error` 500; `/no-head` 405 to HEAD and 200 to GET;
/// `/moved` 301 to `/ok`; `/loop` 302 to itself; `/slow` answers 200 after 5 s (or when stopped);
/// anything else 404.
final class LocalHTTPServer: @unchecked Sendable {
    struct Request: Hashable {
        var method: String
        var path: String
        var userAgent: String?
    }

    let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var received: [Request] = []
    private var stopped = false

    init() throws {
        listener = try Self.boundSocket()
        port = try Self.port(of: listener)
        guard listen(listener, 64) == 0 else {
            close(listener)
            throw ServerError.system("listen", errno)
        }
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Every request so far, in the order they arrived.
    var requests: [Request] { lock.withLock { received } }

    func stop() {
        let first = lock.withLock { () -> Bool in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// A port nothing listens on: bound once to find a free one, then closed.
    static func closedPort() throws -> UInt16 {
        let socket = try boundSocket()
        defer { close(socket) }
        return try port(of: socket)
    }

    enum ServerError: Error { case system(String, Int32) }

    private static func boundSocket() throws -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ServerError.system("socket", errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        #if canImport(Darwin)
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else {
            let code = errno
            close(fd)
            throw ServerError.system("bind", code)
        }
        return fd
    }

    private static func port(of fd: Int32) throws -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard result == 0 else { throw ServerError.system("getsockname", errno) }
        return UInt16(bigEndian: address.sin_port)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if isStopped { return }
                continue
            }
            let thread = Thread { [self] in handle(connection) }
            thread.start()
        }
    }

    private func handle(_ connection: Int32) {
        defer { close(connection) }
        guard let head = readHead(connection) else { return }
        let lines = head.components(separatedBy: "\r\n")
        let parts = (lines.first ?? "").split(separator: " ")
        guard parts.count >= 2 else { return }
        let method = String(parts[0])
        let path = String(parts[1])
        let userAgent = lines.dropFirst().first { $0.lowercased().hasPrefix("user-agent:") }
            .map { String($0.dropFirst("user-agent:".count)).trimmingCharacters(in: .whitespaces) }
        lock.withLock { received.append(Request(method: method, path: path, userAgent: userAgent)) }

        switch (method, path) {
        case (_, "/ok"): respond(connection, method, 200, "OK")
        case (_, "/missing"): respond(connection, method, 404, "Not Found")
        case (_, "/error"): respond(connection, method, 500, "Internal Server Error")
        case ("HEAD", "/no-head"): respond(connection, method, 405, "Method Not Allowed", headers: ["Allow: GET"])
        case (_, "/no-head"): respond(connection, method, 200, "OK")
        case (_, "/moved"): respond(connection, method, 301, "Moved Permanently", headers: ["Location: \(url("/ok"))"])
        case (_, "/loop"): respond(connection, method, 302, "Found", headers: ["Location: /loop"])
        case (_, "/slow"):
            for _ in 0..<50 where !isStopped { usleep(100_000) }
            respond(connection, method, 200, "OK")
        default: respond(connection, method, 404, "Not Found")
        }
    }

    /// The request line and headers, up to the blank line.
    private func readHead(_ connection: Int32) -> String? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end: [UInt8] = Array("\r\n\r\n".utf8)
        while bytes.count < 65_536 {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count >= 4, bytes.indices.dropLast(3).contains(where: { Array(bytes[$0..<$0 + 4]) == end }) {
                return String(decoding: bytes, as: UTF8.self)
            }
        }
        return nil
    }

    private func respond(_ connection: Int32, _ method: String, _ status: Int, _ reason: String,
                         headers: [String] = []) {
        let body = "\(status) \(reason)\n"
        var text = "HTTP/1.1 \(status) \(reason)\r\n"
        for header in headers + ["Content-Type: text/plain", "Content-Length: \(body.utf8.count)", "Connection: close"] {
            text += header + "\r\n"
        }
        text += "\r\n"
        if method != "HEAD" { text += body }
        let bytes = Array(text.utf8)
        var sent = 0
        #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL)
        #else
        let flags: Int32 = 0
        #endif
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, flags) }
            guard count > 0 else { return }
            sent += count
        }
    }
}
