/// Words (byte strings) numbered in the order they were first added: an open-addressing hash table
/// over one byte arena, so that looking a word up or adding it allocates nothing per word (the index
/// meets every word of the site; a `String` and a `Dictionary` lookup each were most of its cost).
struct WordTable: Sendable {
    /// Every word's bytes, one after the other.
    private(set) var arena: [UInt8] = []
    /// Word `n` is `arena[starts[n]..<starts[n + 1]]`.
    private(set) var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    /// Word number + 1 per slot, 0 for an empty slot; the count is a power of two.
    private var slots: [Int32]

    init(capacity: Int = 64) {
        var size = 64
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
    }

    var count: Int { starts.count - 1 }

    /// The number of `word`, adding it if it is new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(word)
        var slot = Int(hash) & (slots.count - 1)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if hashes[entry - 1] == hash && matches(entry - 1, word) { return entry - 1 }
            slot = (slot + 1) & (slots.count - 1)
        }
        let number = count
        arena.append(contentsOf: word)
        starts.append(Int32(arena.count))
        hashes.append(hash)
        slots[slot] = Int32(number + 1)
        if count * 2 > slots.count { grow() }
        return number
    }

    mutating func intern(_ word: [UInt8]) -> Int {
        word.withUnsafeBufferPointer { intern($0) }
    }

    /// The bytes of word `number`.
    func bytes(_ number: Int) -> ArraySlice<UInt8> {
        arena[Int(starts[number])..<Int(starts[number + 1])]
    }

    func string(_ number: Int) -> String {
        String(decoding: bytes(number), as: UTF8.self)
    }

    /// Whether word `a` sorts before word `b` byte by byte (the dictionary's order).
    func precedes(_ a: Int, _ b: Int) -> Bool {
        bytes(a).lexicographicallyPrecedes(bytes(b))
    }

    private func matches(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[number]), end = Int(starts[number + 1])
        guard end - start == word.count else { return false }
        var index = 0
        while index < word.count {
            if arena[start + index] != word[index] { return false }
            index += 1
        }
        return true
    }

    private mutating func grow() {
        var grown = [Int32](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for number in 0..<count {
            var slot = Int(hashes[number]) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = Int32(number + 1)
        }
        slots = grown
    }

    /// FNV-1a: cheap on the short words of prose, and the same on every run.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
