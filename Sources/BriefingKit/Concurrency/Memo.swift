/// A value a later stage derives from an annotated value, made once and kept with it: a briefing
/// a preview rebuild takes from its cache keeps what was derived from it, one annotated anew
/// starts empty. Keyed by the one option such values depend on (`--portable` links).
final class Memo<Value: Sendable>: Sendable {
    private let stored = Locked<(portable: Bool, value: Value)?>(nil)

    init() {}

    /// The value made for `portable`, made now by `make` if there is none yet.
    func value(for portable: Bool, _ make: () -> Value) -> Value {
        if let known = stored.current, known.portable == portable { return known.value }
        let value = make()
        stored.withLock { $0 = (portable, value) }
        return value
    }
}
