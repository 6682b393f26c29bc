/// The RSA public-key operation `s^e mod n` on big-endian bytes, with Montgomery multiplication over
/// 64-bit limbs.
///
/// swift-crypto checks RSA-PSS only with a salt as long as the hash, while OpenSSL and pyHanko
/// sign with the longest salt the key allows; the PSS encoding is therefore checked by ``RSAPSS``
/// on the value this returns. Public data only (signature, modulus, exponent): no secret is handled,
/// so constant time is not needed.
struct RSAPublicKeyOperation {
    /// The modulus, little-endian limbs.
    private let modulus: [UInt64]
    /// `-modulus⁻¹ mod 2⁶⁴`.
    private let inverse: UInt64
    /// The exponent, big-endian bytes without leading zeros.
    private let exponent: [UInt8]
    /// Length of the modulus in bytes and in bits.
    let byteCount: Int, bitCount: Int

    /// `nil` for an even, tiny (< 512 bits) or huge (> 16384 bits) modulus or a zero exponent.
    init?(modulus: [UInt8], exponent: [UInt8]) {
        let n = Array(modulus.drop { $0 == 0 })
        let e = Array(exponent.drop { $0 == 0 })
        guard let last = n.last, last & 1 == 1, n.count >= 64, n.count <= 2048, !e.isEmpty, e.count <= 8 else { return nil }
        self.modulus = Self.limbs(n, count: (n.count + 7) / 8)
        self.exponent = e
        byteCount = n.count
        bitCount = n.count * 8 - n[0].leadingZeroBitCount
        var value: UInt64 = 1
        for _ in 0..<6 { value = value &* (2 &- self.modulus[0] &* value) }
        inverse = 0 &- value
    }

    /// `signature^e mod n` as `byteCount` big-endian bytes; `nil` when the signature is not shorter than the modulus.
    func apply(_ signature: [UInt8]) -> [UInt8]? {
        let count = modulus.count
        let digits = Array(signature.drop { $0 == 0 })
        guard digits.count <= byteCount else { return nil }
        let value = Self.limbs(digits, count: count)
        guard Self.compare(value, modulus) < 0 else { return nil }
        // R² mod n by doubling 1 (2·64·count times), each step reduced.
        var r2 = [UInt64](repeating: 0, count: count)
        r2[0] = 1
        for _ in 0..<(2 * 64 * count) { r2 = doubled(r2) }
        let base = multiply(value, r2)
        var result = base
        var started = false
        for byte in exponent {
            for bit in (0..<8).reversed() {
                if started { result = multiply(result, result) }
                if byte >> bit & 1 == 1 {
                    result = started ? multiply(result, base) : base
                    started = true
                }
            }
        }
        var one = [UInt64](repeating: 0, count: count)
        one[0] = 1
        let plain = multiply(result, one)
        var bytes: [UInt8] = []
        for limb in plain.reversed() {
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: limb >> UInt64(shift))) }
        }
        return Array(bytes.suffix(byteCount))
    }

    /// `2x mod n` for `x < n`.
    private func doubled(_ x: [UInt64]) -> [UInt64] {
        var result = x
        var carry: UInt64 = 0
        for index in result.indices {
            let next = result[index] >> 63
            result[index] = result[index] << 1 | carry
            carry = next
        }
        if carry == 1 || Self.compare(result, modulus) >= 0 { result = subtractModulus(result) }
        return result
    }

    private func subtractModulus(_ x: [UInt64]) -> [UInt64] {
        var result = x
        var borrow = false
        for index in result.indices {
            let (first, overflow1) = result[index].subtractingReportingOverflow(modulus[index])
            let (second, overflow2) = first.subtractingReportingOverflow(borrow ? 1 : 0)
            result[index] = second
            borrow = overflow1 || overflow2
        }
        return result
    }

    /// Montgomery product `a·b·R⁻¹ mod n` (CIOS).
    private func multiply(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let count = modulus.count
        var t = [UInt64](repeating: 0, count: count + 2)
        for i in 0..<count {
            var carry: UInt64 = 0
            for j in 0..<count { (t[j], carry) = Self.multiplyAdd(a[j], b[i], t[j], carry) }
            var (sum, overflow) = t[count].addingReportingOverflow(carry)
            t[count] = sum
            t[count + 1] = overflow ? 1 : 0
            let m = t[0] &* inverse
            (_, carry) = Self.multiplyAdd(m, modulus[0], t[0], 0)
            for j in 1..<count { (t[j - 1], carry) = Self.multiplyAdd(m, modulus[j], t[j], carry) }
            (sum, overflow) = t[count].addingReportingOverflow(carry)
            t[count - 1] = sum
            t[count] = t[count + 1] &+ (overflow ? 1 : 0)
        }
        var result = Array(t[0..<count])
        if t[count] != 0 || Self.compare(result, modulus) >= 0 { result = subtractModulus(result) }
        return result
    }

    /// `x·y + z + carry` as (low, high) limbs; never overflows 128 bits.
    private static func multiplyAdd(_ x: UInt64, _ y: UInt64, _ z: UInt64, _ carry: UInt64) -> (UInt64, UInt64) {
        var (high, low) = x.multipliedFullWidth(by: y)
        var overflow: Bool
        (low, overflow) = low.addingReportingOverflow(z)
        high &+= overflow ? 1 : 0
        (low, overflow) = low.addingReportingOverflow(carry)
        high &+= overflow ? 1 : 0
        return (low, high)
    }

    private static func limbs(_ bytes: [UInt8], count: Int) -> [UInt64] {
        var limbs = [UInt64](repeating: 0, count: count)
        for (index, byte) in bytes.reversed().enumerated() where index / 8 < count {
            limbs[index / 8] |= UInt64(byte) << UInt64(8 * (index % 8))
        }
        return limbs
    }

    private static func compare(_ a: [UInt64], _ b: [UInt64]) -> Int {
        for index in a.indices.reversed() where a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
        return 0
    }
}
