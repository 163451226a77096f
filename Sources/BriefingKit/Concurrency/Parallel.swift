import Dispatch
import Foundation

/// Runs independent pieces of work on every core. Results keep the input order, so output
/// stays deterministic whatever the scheduling.
enum Parallel {
    /// `transform` applied to every item, spread over the cores; `transform` must not share mutable state.
    static func map<Item, Result>(_ items: [Item], _ transform: (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<Result>(count: items.count)
        withoutActuallyEscaping(transform) { transform in
            items.withUnsafeBufferPointer { buffer in
                let input = UnsafeSendable(buffer)
                let work = UnsafeSendable(transform)
                DispatchQueue.concurrentPerform(iterations: items.count) { index in
                    results.store(work.value(input.value[index]), at: index)
                }
            }
        }
        return results.collect()
    }

    /// Runs `body` for every item on every core, for work whose results go elsewhere (files written).
    static func forEach<Item>(_ items: [Item], _ body: (Item) -> Void) {
        _ = map(items, body)
    }
}

/// A value handed to worker threads that the type system cannot prove safe; each use here reads
/// an immutable buffer or calls a closure that touches only its own item.
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
