/// Builds a ``DiffValue`` straight from a model's `Encodable` conformance, skipping the subtrees the
/// coverage says the specific rules state (and the metadata keys), so comparing a whole policy only
/// visits the few fields no rule covers.
struct DiffValueEncoder {
    /// The tree of `value` outside `coverage` (`nil` when nothing is left or encoding fails).
    static func tree<T: Encodable>(of value: T, coverage: DiffCoverage) -> DiffValue? {
        let root = DiffStorage()
        do {
            try value.encode(to: TreeEncoder(storage: root, coverage: coverage))
        } catch {
            return nil
        }
        return root.value
    }
}

/// A node under construction (containers hand children to nested encoders by reference).
final class DiffStorage {
    enum Content {
        case empty
        case scalar(String)
        case list([DiffStorage])
        case record([String: DiffStorage])
    }

    var content: Content = .empty

    var value: DiffValue? {
        switch content {
        case .empty: return nil
        case .scalar(let text): return .scalar(text)
        case .list(let items): return .list(items.compactMap(\.value))
        case .record(let fields): return .record(fields.compactMapValues(\.value))
        }
    }

    func set(_ key: String, _ child: DiffStorage) {
        var fields: [String: DiffStorage] = [:]
        if case .record(let existing) = content { fields = existing }
        fields[key] = child
        content = .record(fields)
    }

    func append(_ child: DiffStorage) {
        var items: [DiffStorage] = []
        if case .list(let existing) = content { items = existing }
        items.append(child)
        content = .list(items)
    }

    /// Numbers as the documents print them: `7.112.808`, `54,9`.
    static func words(_ value: Double) -> String {
        // Within ±1e15 a Double holds every whole number exactly and the Chilean formatter is safe;
        // beyond it the plain spelling is shown rather than a rounded one.
        guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }
        return ChileanNumber.compact(value, maximumDecimals: 6)
    }

    static func words<I: BinaryInteger>(_ value: I) -> String {
        let digits = Array(String(value.magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(".") }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }
}

private struct TreeEncoder: Encoder {
    let storage: DiffStorage
    let coverage: DiffCoverage
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .empty = storage.content { storage.content = .record([:]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(storage: storage, coverage: coverage, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .empty = storage.content { storage.content = .list([]) }
        return UnkeyedContainer(storage: storage, coverage: coverage, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(storage: storage, coverage: coverage, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: DiffStorage
    let coverage: DiffCoverage
    var codingPath: [any CodingKey]

    private func skipped(_ key: Key) -> Bool {
        if DiffCoverage.metadataKeys.contains(key.stringValue) { return true }
        if case .covered = coverage.child(key.stringValue) { return true }
        return false
    }

    private func scalar(_ text: String, _ key: Key) {
        guard !skipped(key) else { return }
        let child = DiffStorage()
        child.content = .scalar(text)
        storage.set(key.stringValue, child)
    }

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode(_ value: Bool, forKey key: Key) throws { scalar(value ? "sí" : "no", key) }
    mutating func encode(_ value: String, forKey key: Key) throws { scalar(value, key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { scalar(DiffStorage.words(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { scalar(DiffStorage.words(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { scalar(DiffStorage.words(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { scalar(DiffStorage.words(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { scalar(DiffStorage.words(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { scalar(DiffStorage.words(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { scalar(DiffStorage.words(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { scalar(DiffStorage.words(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { scalar(DiffStorage.words(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { scalar(DiffStorage.words(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { scalar(DiffStorage.words(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { scalar(DiffStorage.words(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        guard !skipped(key) else { return }
        let child = DiffStorage()
        try value.encode(to: TreeEncoder(storage: child, coverage: coverage.child(key.stringValue), codingPath: codingPath + [key]))
        storage.set(key.stringValue, child)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = DiffStorage()
        child.content = .record([:])
        // A skipped key still needs a container to write into; it is simply never attached.
        if !skipped(key) { storage.set(key.stringValue, child) }
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(storage: child, coverage: coverage.child(key.stringValue), codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = DiffStorage()
        child.content = .list([])
        if !skipped(key) { storage.set(key.stringValue, child) }
        return UnkeyedContainer(storage: child, coverage: coverage.child(key.stringValue), codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(storage: storage, coverage: coverage, codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = DiffStorage()
        if !skipped(key) { storage.set(key.stringValue, child) }
        return TreeEncoder(storage: child, coverage: coverage.child(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer, ScalarEncoding {
    let storage: DiffStorage
    let coverage: DiffCoverage
    var codingPath: [any CodingKey]
    var count: Int {
        if case .list(let items) = storage.content { return items.count }
        return 0
    }

    func scalar(_ text: String) {
        let child = DiffStorage()
        child.content = .scalar(text)
        storage.append(child)
    }

    mutating func encodeNil() throws {}


    mutating func encode<T: Encodable>(_ value: T) throws {
        let child = DiffStorage()
        try value.encode(to: TreeEncoder(storage: child, coverage: coverage, codingPath: codingPath))
        storage.append(child)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = DiffStorage()
        child.content = .record([:])
        storage.append(child)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(storage: child, coverage: coverage, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = DiffStorage()
        child.content = .list([])
        storage.append(child)
        return UnkeyedContainer(storage: child, coverage: coverage, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let child = DiffStorage()
        storage.append(child)
        return TreeEncoder(storage: child, coverage: coverage, codingPath: codingPath)
    }
}

private struct SingleContainer: SingleValueEncodingContainer, ScalarEncoding {
    let storage: DiffStorage
    let coverage: DiffCoverage
    var codingPath: [any CodingKey]

    func scalar(_ text: String) { storage.content = .scalar(text) }

    mutating func encodeNil() throws { storage.content = .empty }


    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: TreeEncoder(storage: storage, coverage: coverage, codingPath: codingPath))
    }
}

/// The primitive encodings shared by the unkeyed and single-value containers (their requirements have
/// the same signatures): every primitive becomes a scalar in the words a person reads.
private protocol ScalarEncoding {
    func scalar(_ text: String)
}

extension ScalarEncoding {
    mutating func encode(_ value: Bool) throws { scalar(value ? "sí" : "no") }
    mutating func encode(_ value: String) throws { scalar(value) }
    mutating func encode(_ value: Double) throws { scalar(DiffStorage.words(value)) }
    mutating func encode(_ value: Float) throws { scalar(DiffStorage.words(Double(value))) }
    mutating func encode(_ value: Int) throws { scalar(DiffStorage.words(value)) }
    mutating func encode(_ value: Int8) throws { scalar(DiffStorage.words(value)) }
    mutating func encode(_ value: Int16) throws { scalar(DiffStorage.words(value)) }
    mutating func encode(_ value: Int32) throws { scalar(DiffStorage.words(value)) }
    mutating func encode(_ value: Int64) throws { scalar(DiffStorage.words(value)) }
    mutating func encode(_ value: UInt) throws { scalar(DiffStorage.words(value)) }
    mutating func encode(_ value: UInt8) throws { scalar(DiffStorage.words(value)) }
    mutating func encode(_ value: UInt16) throws { scalar(DiffStorage.words(value)) }
    mutating func encode(_ value: UInt32) throws { scalar(DiffStorage.words(value)) }
    mutating func encode(_ value: UInt64) throws { scalar(DiffStorage.words(value)) }
}
