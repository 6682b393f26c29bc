import Crypto

/// SHA-256 of bytes as lower-case hexadecimal (swift-crypto).
public enum SHA256Digest {
    /// The digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
