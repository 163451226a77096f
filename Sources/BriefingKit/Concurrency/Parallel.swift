import Dispatch
import Foundation

/// Runs independent pieces of work on every core. Results keep the input order, so output
/// stays deterministic whatever the scheduling.
enum Parallel {
    /// `transform` applied to every item, spread over the cores; `transform` must not share mutable state
    /// (it is `@Sendable`, so the compiler checks what it captures).
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<Result>(count: items.count)
        items.withUnsafeBufferPointer { buffer in
            let input = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                results.store(transform(input.value[index]), at: index)
            }
        }
        return results.collect()
    }

    /// Runs `body` for every item on every core, for work whose results go elsewhere (files written).
    static func forEach<Item: Sendable>(_ items: [Item], _ body: @Sendable (Item) -> Void) {
        _ = map(items, body)
    }
}

/// The items' buffer handed to worker threads: a pointer is not `Sendable`, but the workers only
/// read the immutable array it points into, which outlives them.
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// One slot per item, each written by exactly one worker.
private final class ResultSlots<Result>: @unchecked Sendable {
    private var slots: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ result: Result, at index: Int) { slots[index] = result }

    func collect() -> [Result] { slots.compactMap { $0 } }
}

/// A value made on another thread while the caller goes on (one file parsed by one thread, beside
/// work spread over the cores); `value` waits for it.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once, before `done` is left; read only after waiting for it.
    private var result: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async { [self] in
            result = make()
            done.leave()
        }
    }

    var value: Value {
        done.wait()
        return result!
    }
}

/// A value handed to one worker and back without a copy: a copy left with the giver would share
/// its storage, so the worker's first change would copy it whole (and the old one be freed later).
/// One owner at a time: the giver does not touch it until the worker is done.
public final class HandOff<Value>: @unchecked Sendable {
    public var value: Value

    public init(_ value: consuming Value) { self.value = value }
}

/// Shared state that workers add to under a lock (diagnostics, generated paths).
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    var current: Value { withLock { $0 } }
}
