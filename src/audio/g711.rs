//! G.711 companding (ITU-T G.711): one byte per sample in, linear 16-bit PCM out.
//!
//! Telephone recorders write µ-law (North America, Japan) or A-law (elsewhere) at 8 kHz.
//! The decoders follow the standard's expansion tables exactly; the tests pin the table
//! values at the segment edges.

/// Expands one µ-law byte to a linear sample in the 14-bit range scaled to i16 (±32124).
pub const fn mulaw_to_linear(byte: u8) -> i16 {
    let u = !byte;
    let exponent = (u >> 4) & 0x07;
    let mantissa = (u & 0x0F) as i32;
    let magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84;
    if u & 0x80 != 0 {
        -magnitude as i16
    } else {
        magnitude as i16
    }
}

/// Expands one A-law byte to a linear sample in the 13-bit range scaled to i16 (±32256).
pub const fn alaw_to_linear(byte: u8) -> i16 {
    let a = byte ^ 0x55;
    let exponent = (a >> 4) & 0x07;
    let mantissa = (a & 0x0F) as i32;
    let magnitude = if exponent == 0 {
        (mantissa << 4) + 8
    } else {
        ((mantissa << 4) + 0x108) << (exponent - 1)
    };
    if a & 0x80 != 0 {
        magnitude as i16
    } else {
        -magnitude as i16
    }
}

macro_rules! table {
    ($expand:ident) => {{
        let mut out = [0.0f32; 256];
        let mut i = 0;
        while i < 256 {
            out[i] = $expand(i as u8) as f32 / 32768.0;
            i += 1;
        }
        out
    }};
}

/// µ-law byte → sample in [-1, 1).
pub static MULAW_TO_F32: [f32; 256] = table!(mulaw_to_linear);
/// A-law byte → sample in [-1, 1).
pub static ALAW_TO_F32: [f32; 256] = table!(alaw_to_linear);

#[cfg(test)]
mod tests {
    use super::*;

    // Values from the G.711 expansion tables (and the reference `ulaw2linear`/`alaw2linear`
    // of Sun's g711.c, which every telephony stack copies).
    #[test]
    fn mulaw_matches_the_standard_table() {
        assert_eq!(mulaw_to_linear(0x00), -32124);
        assert_eq!(mulaw_to_linear(0x80), 32124);
        assert_eq!(mulaw_to_linear(0xFF), 0);
        assert_eq!(mulaw_to_linear(0x7F), 0);
        assert_eq!(mulaw_to_linear(0xFE), 8); // smallest step away from zero
        assert_eq!(mulaw_to_linear(0x7E), -8);
        assert_eq!(mulaw_to_linear(0xEF), 132); // first value of segment 1
        assert_eq!(mulaw_to_linear(0x70), -120); // last value of segment 0
        assert_eq!(mulaw_to_linear(0x0F), -16764); // bottom of segment 7
        assert_eq!(mulaw_to_linear(0x8F), 16764);
    }

    #[test]
    fn alaw_matches_the_standard_table() {
        assert_eq!(alaw_to_linear(0xD5), 8);
        assert_eq!(alaw_to_linear(0x55), -8);
        assert_eq!(alaw_to_linear(0xAA), 32256);
        assert_eq!(alaw_to_linear(0x2A), -32256);
        assert_eq!(alaw_to_linear(0xD4), 24);
        assert_eq!(alaw_to_linear(0xC5), 264); // first value of segment 1
        assert_eq!(alaw_to_linear(0xB5), 8448); // first value of segment 6
    }

    #[test]
    fn companding_is_odd_symmetric_and_monotonic() {
        // Flipping the sign bit negates the value, and within one sign the magnitude grows
        // with the code, for both laws.
        for code in 0u8..=0x7F {
            assert_eq!(mulaw_to_linear(code), -mulaw_to_linear(code | 0x80));
            assert_eq!(alaw_to_linear(code), -alaw_to_linear(code | 0x80));
        }
        let mut mu: Vec<i16> = (0x80u8..=0xFF).map(mulaw_to_linear).collect();
        mu.reverse();
        assert!(mu.windows(2).all(|w| w[0] < w[1]), "µ-law not monotonic");
        let mut a: Vec<(u8, i16)> = (0x80u8..=0xFF)
            .map(|c| (c ^ 0x55, alaw_to_linear(c)))
            .collect();
        a.sort();
        assert!(a.windows(2).all(|w| w[0].1 < w[1].1), "A-law not monotonic");
    }
}
