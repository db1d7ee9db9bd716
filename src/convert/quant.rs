//! ggml tensor element types and the reference quantizers whisper.cpp's own
//! `quantize` tool uses (`quantize_row_q8_0_ref`, `quantize_row_q5_1_ref`),
//! reimplemented bit for bit, plus the matching dequantizers (for tests and
//! for reading files back).

use half::f16;

/// Values per quantization block for q8_0 and q5_1.
pub const QK: usize = 32;
/// Bytes of one q8_0 block: f16 scale + 32 × i8.
pub const Q8_0_BLOCK_BYTES: usize = 2 + QK;
/// Bytes of one q5_1 block: f16 scale, f16 min, u32 high bits, 16 bytes of nibbles.
pub const Q5_1_BLOCK_BYTES: usize = 2 + 2 + 4 + QK / 2;

/// A ggml tensor element type, with its on-disk id (`ggml_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GgmlType {
    /// 32-bit float, id 0.
    F32,
    /// IEEE half, id 1.
    F16,
    /// 5-bit with per-block scale and minimum, id 7.
    Q5_1,
    /// 8-bit with per-block scale, id 8.
    Q8_0,
}

impl GgmlType {
    /// The `ggml_type` id written in tensor headers.
    pub fn id(self) -> i32 {
        match self {
            GgmlType::F32 => 0,
            GgmlType::F16 => 1,
            GgmlType::Q5_1 => 7,
            GgmlType::Q8_0 => 8,
        }
    }

    /// Inverse of [`GgmlType::id`]; `None` for types this module does not handle.
    pub fn from_id(id: i32) -> Option<Self> {
        Some(match id {
            0 => GgmlType::F32,
            1 => GgmlType::F16,
            7 => GgmlType::Q5_1,
            8 => GgmlType::Q8_0,
            _ => return None,
        })
    }

    /// Elements per block (1 for the float types).
    pub fn block_size(self) -> usize {
        match self {
            GgmlType::F32 | GgmlType::F16 => 1,
            GgmlType::Q5_1 | GgmlType::Q8_0 => QK,
        }
    }

    /// Bytes per block.
    pub fn block_bytes(self) -> usize {
        match self {
            GgmlType::F32 => 4,
            GgmlType::F16 => 2,
            GgmlType::Q5_1 => Q5_1_BLOCK_BYTES,
            GgmlType::Q8_0 => Q8_0_BLOCK_BYTES,
        }
    }

    /// Bytes needed for `n` elements, or `None` if `n` is not a whole number of blocks.
    pub fn nbytes(self, n: usize) -> Option<usize> {
        n.is_multiple_of(self.block_size())
            .then(|| n / self.block_size() * self.block_bytes())
    }

    /// Encode `x` (row-major, a whole number of blocks for quantized types).
    ///
    /// # Panics
    /// If `x.len()` is not a multiple of [`GgmlType::block_size`].
    pub fn encode(self, x: &[f32]) -> Vec<u8> {
        match self {
            GgmlType::F32 => x.iter().flat_map(|v| v.to_le_bytes()).collect(),
            GgmlType::F16 => x
                .iter()
                .flat_map(|v| f16::from_f32(*v).to_bits().to_le_bytes())
                .collect(),
            GgmlType::Q8_0 => quantize_q8_0(x),
            GgmlType::Q5_1 => quantize_q5_1(x),
        }
    }

    /// Decode bytes of this type back to f32.
    ///
    /// # Panics
    /// If `data.len()` is not a whole number of blocks.
    pub fn decode(self, data: &[u8]) -> Vec<f32> {
        match self {
            GgmlType::F32 => data
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect(),
            GgmlType::F16 => f16_bytes_to_f32(data),
            GgmlType::Q8_0 => dequantize_q8_0(data),
            GgmlType::Q5_1 => dequantize_q5_1(data),
        }
    }
}

impl std::fmt::Display for GgmlType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            GgmlType::F32 => "f32",
            GgmlType::F16 => "f16",
            GgmlType::Q5_1 => "q5_1",
            GgmlType::Q8_0 => "q8_0",
        })
    }
}

/// Little-endian IEEE half bytes to f32 (exact).
pub fn f16_bytes_to_f32(data: &[u8]) -> Vec<f32> {
    assert!(
        data.len().is_multiple_of(2),
        "f16 data has an odd byte count"
    );
    data.chunks_exact(2)
        .map(|b| f16::from_bits(u16::from_le_bytes([b[0], b[1]])).to_f32())
        .collect()
}

fn f16_le(v: f32) -> [u8; 2] {
    // Round to nearest, ties to even: the same as GGML_FP32_TO_FP16.
    f16::from_f32(v).to_bits().to_le_bytes()
}

fn f16_at(b: &[u8]) -> f32 {
    f16::from_bits(u16::from_le_bytes([b[0], b[1]])).to_f32()
}

/// q8_0: per block of 32, `d = max|x| / 127` stored as f16, `q = round(x / d)`
/// as i8 with ties rounded away from zero (C `roundf`, Rust `f32::round`).
///
/// # Panics
/// If `x.len()` is not a multiple of 32.
pub fn quantize_q8_0(x: &[f32]) -> Vec<u8> {
    assert!(
        x.len().is_multiple_of(QK),
        "q8_0 needs a multiple of {QK} values"
    );
    let mut out = Vec::with_capacity(x.len() / QK * Q8_0_BLOCK_BYTES);
    for block in x.chunks_exact(QK) {
        let amax = block.iter().fold(0.0f32, |m, v| m.max(v.abs()));
        let d = amax / 127.0;
        let id = if d != 0.0 { 1.0 / d } else { 0.0 };
        out.extend_from_slice(&f16_le(d));
        // `as i8` saturates, like the C conversion does for in-range values.
        out.extend(block.iter().map(|v| (v * id).round() as i8 as u8));
    }
    out
}

/// Inverse of [`quantize_q8_0`]: `x = d * q`.
pub fn dequantize_q8_0(data: &[u8]) -> Vec<f32> {
    assert!(
        data.len().is_multiple_of(Q8_0_BLOCK_BYTES),
        "truncated q8_0 data"
    );
    let mut out = Vec::with_capacity(data.len() / Q8_0_BLOCK_BYTES * QK);
    for block in data.chunks_exact(Q8_0_BLOCK_BYTES) {
        let d = f16_at(block);
        out.extend(block[2..].iter().map(|&q| d * f32::from(q as i8)));
    }
    out
}

/// q5_1: per block of 32, `d = (max - min) / 31`, `m = min` (both f16),
/// `q = trunc((x - min) / d + 0.5)` in 0..=31; the low nibbles of values
/// `j` and `j + 16` share byte `j`, the fifth bits go to a u32 (bit `j`).
///
/// # Panics
/// If `x.len()` is not a multiple of 32.
pub fn quantize_q5_1(x: &[f32]) -> Vec<u8> {
    assert!(
        x.len().is_multiple_of(QK),
        "q5_1 needs a multiple of {QK} values"
    );
    let mut out = Vec::with_capacity(x.len() / QK * Q5_1_BLOCK_BYTES);
    for block in x.chunks_exact(QK) {
        let mut min = f32::MAX;
        let mut max = -f32::MAX;
        for &v in block {
            if v < min {
                min = v;
            }
            if v > max {
                max = v;
            }
        }
        let d = (max - min) / 31.0;
        let id = if d != 0.0 { 1.0 / d } else { 0.0 };
        out.extend_from_slice(&f16_le(d));
        out.extend_from_slice(&f16_le(min));
        let mut qh: u32 = 0;
        let mut qs = [0u8; QK / 2];
        for j in 0..QK / 2 {
            // C: (uint8_t)(x + 0.5f), truncation toward zero.
            let x0 = ((block[j] - min) * id + 0.5) as u8;
            let x1 = ((block[j + QK / 2] - min) * id + 0.5) as u8;
            qs[j] = (x0 & 0x0F) | ((x1 & 0x0F) << 4);
            qh |= u32::from((x0 & 0x10) >> 4) << j;
            qh |= u32::from((x1 & 0x10) >> 4) << (j + QK / 2);
        }
        out.extend_from_slice(&qh.to_le_bytes());
        out.extend_from_slice(&qs);
    }
    out
}

/// Inverse of [`quantize_q5_1`]: `x = d * q + m`.
pub fn dequantize_q5_1(data: &[u8]) -> Vec<f32> {
    assert!(
        data.len().is_multiple_of(Q5_1_BLOCK_BYTES),
        "truncated q5_1 data"
    );
    let mut out = Vec::with_capacity(data.len() / Q5_1_BLOCK_BYTES * QK);
    for block in data.chunks_exact(Q5_1_BLOCK_BYTES) {
        let d = f16_at(&block[0..2]);
        let m = f16_at(&block[2..4]);
        let qh = u32::from_le_bytes([block[4], block[5], block[6], block[7]]);
        let qs = &block[8..];
        let mut vals = [0f32; QK];
        for j in 0..QK / 2 {
            let lo = (qs[j] & 0x0F) | ((((qh >> j) & 1) as u8) << 4);
            let hi = (qs[j] >> 4) | ((((qh >> (j + QK / 2)) & 1) as u8) << 4);
            vals[j] = d * f32::from(lo) + m;
            vals[j + QK / 2] = d * f32::from(hi) + m;
        }
        out.extend_from_slice(&vals);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn q8_0_known_block_rounds_half_away_from_zero() {
        // amax = 127 makes d = 1.0 exactly, so x / d is x and the .5 cases are exact ties.
        let mut x = [0f32; 32];
        x[0] = 127.0;
        x[1] = -127.0;
        x[2] = 2.5; // tie: away from zero → 3 (half-to-even would give 2)
        x[3] = -2.5; // → -3
        x[4] = 0.5; // → 1 (half-to-even would give 0)
        x[5] = -0.5; // → -1
        x[6] = 1.49; // → 1
        x[7] = 3.5; // → 4 (even under both rules)
        x[8] = -126.6; // → -127
        let q = quantize_q8_0(&x);
        assert_eq!(q.len(), 34);
        assert_eq!(&q[0..2], &0x3C00u16.to_le_bytes(), "d = 1.0 as f16");
        let qs: Vec<i8> = q[2..].iter().map(|&b| b as i8).collect();
        assert_eq!(&qs[..9], &[127, -127, 3, -3, 1, -1, 1, 4, -127]);
        assert!(qs[9..].iter().all(|&v| v == 0));
        let back = dequantize_q8_0(&q);
        assert_eq!(back[2], 3.0);
        assert_eq!(back[3], -3.0);
    }

    #[test]
    fn q8_0_zero_block_and_scale_rounding() {
        let q = quantize_q8_0(&[0.0; 32]);
        assert_eq!(q, vec![0u8; 34]);

        // amax = 0.5: d = 0.5 / 127 rounded to f16, quants use the f32 d.
        let mut x = [0f32; 32];
        x[0] = 0.5;
        x[31] = -0.25;
        let q = quantize_q8_0(&x);
        let d = 0.5f32 / 127.0;
        assert_eq!(&q[0..2], &f16::from_f32(d).to_bits().to_le_bytes());
        assert_eq!(q[2] as i8, 127);
        assert_eq!(q[33] as i8, (-0.25f32 * (1.0 / d)).round() as i8);
        assert_eq!(q[33] as i8, -64); // -63.5 rounds away from zero
        let back = dequantize_q8_0(&q);
        for (a, b) in x.iter().zip(&back) {
            assert!((a - b).abs() <= d * 0.5 + 1e-6, "{a} vs {b}");
        }
    }

    #[test]
    fn q5_1_known_block() {
        let x: Vec<f32> = (0..32).map(|i| i as f32).collect();
        let q = quantize_q5_1(&x);
        assert_eq!(q.len(), Q5_1_BLOCK_BYTES);
        assert_eq!(&q[0..2], &0x3C00u16.to_le_bytes(), "d = 31 / 31 = 1");
        assert_eq!(&q[2..4], &[0, 0], "m = 0");
        assert_eq!(
            u32::from_le_bytes([q[4], q[5], q[6], q[7]]),
            0xFFFF_0000,
            "values 16..31 have the fifth bit"
        );
        for j in 0..16 {
            assert_eq!(q[8 + j], (j as u8) | ((j as u8) << 4));
        }
        assert_eq!(dequantize_q5_1(&q), x);
    }

    #[test]
    fn q5_1_error_within_half_step() {
        let x: Vec<f32> = (0..64)
            .map(|i| ((i * 37 % 23) as f32 - 11.0) * 0.013)
            .collect();
        let q = quantize_q5_1(&x);
        let back = dequantize_q5_1(&q);
        for (blk, bblk) in x.chunks(32).zip(back.chunks(32)) {
            let min = blk.iter().cloned().fold(f32::MAX, f32::min);
            let max = blk.iter().cloned().fold(f32::MIN, f32::max);
            let step = (max - min) / 31.0;
            for (a, b) in blk.iter().zip(bblk) {
                // half a step plus the f16 rounding of d and m
                assert!((a - b).abs() <= step * 0.5 + 0.002, "{a} vs {b}");
            }
        }
    }

    #[test]
    fn f16_encoding_is_exact_and_rounds_to_even() {
        let x = [1.0f32, -2.0, 0.5, 65504.0, 1.0 + 1.0 / 2048.0];
        let b = GgmlType::F16.encode(&x);
        let bits: Vec<u16> = b
            .chunks(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        // 1 + 2^-11 is halfway between 1.0 and 1 + 2^-10: ties to even → 1.0.
        assert_eq!(bits, vec![0x3C00, 0xC000, 0x3800, 0x7BFF, 0x3C00]);
        assert_eq!(GgmlType::F16.decode(&b), vec![1.0, -2.0, 0.5, 65504.0, 1.0]);
        let f = GgmlType::F32.encode(&x);
        assert_eq!(GgmlType::F32.decode(&f), x.to_vec());
    }

    #[test]
    fn nbytes_and_ids() {
        assert_eq!(GgmlType::Q8_0.nbytes(64), Some(68));
        assert_eq!(GgmlType::Q8_0.nbytes(33), None);
        assert_eq!(GgmlType::Q5_1.nbytes(32), Some(24));
        assert_eq!(GgmlType::F16.nbytes(3), Some(6));
        for t in [GgmlType::F32, GgmlType::F16, GgmlType::Q5_1, GgmlType::Q8_0] {
            assert_eq!(GgmlType::from_id(t.id()), Some(t));
        }
    }
}
