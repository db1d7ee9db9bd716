//! A two-hour stereo telephone recording decodes in bounded memory: the file is read and
//! resampled block by block, so the peak is the 16 kHz result (64 kB per channel-second)
//! plus a small constant, never a second copy of the call. Alone in its own test binary so
//! the process's peak resident memory is this test's.

use std::io::{BufWriter, Write};

use calltone::audio::{self, DecodeOptions};

const HOURS: u32 = 2;
const RATE_HZ: u32 = 8_000;

/// Peak resident memory of this process so far (VmHWM), in bytes.
fn peak_rss_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("Linux /proc");
    let line = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .expect("VmHWM");
    line.split_whitespace()
        .nth(1)
        .unwrap()
        .parse::<u64>()
        .unwrap()
        * 1024
}

#[test]
fn a_two_hour_stereo_call_decodes_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("two_hours.wav");
    let frames = HOURS * 3600 * RATE_HZ;
    {
        // G.711 µ-law stereo, as a recorder writes it: a 1 kHz beep on the agent's channel
        // for the first 10 ms of every second, the customer's channel quiet.
        let mut out = BufWriter::new(std::fs::File::create(&path).unwrap());
        let data_bytes = frames * 2;
        out.write_all(b"RIFF").unwrap();
        out.write_all(&(4 + 8 + 16 + 8 + data_bytes).to_le_bytes())
            .unwrap();
        out.write_all(b"WAVEfmt ").unwrap();
        out.write_all(&16u32.to_le_bytes()).unwrap();
        for v in [7u16, 2] {
            out.write_all(&v.to_le_bytes()).unwrap();
        }
        out.write_all(&RATE_HZ.to_le_bytes()).unwrap();
        out.write_all(&(RATE_HZ * 2).to_le_bytes()).unwrap();
        for v in [2u16, 8] {
            out.write_all(&v.to_le_bytes()).unwrap();
        }
        out.write_all(b"data").unwrap();
        out.write_all(&data_bytes.to_le_bytes()).unwrap();
        let beep = [0x80u8 ^ 0x7F, 0xFF]; // loud, then µ-law zero
        let mut second = Vec::with_capacity(RATE_HZ as usize * 2);
        for n in 0..RATE_HZ {
            let agent = if n < 80 {
                beep[(n % 8 < 4) as usize]
            } else {
                0xFF
            };
            second.extend([agent, 0xFF]);
        }
        for _ in 0..HOURS * 3600 {
            out.write_all(&second).unwrap();
        }
    }

    let before = peak_rss_bytes();
    let recording = audio::load(&path, &DecodeOptions::default()).unwrap();
    let peak = peak_rss_bytes();

    assert_eq!(recording.duration_ms(), HOURS as u64 * 3_600_000);
    assert_eq!(recording.channels.len(), 2);
    let result_bytes = (recording.frames() * 2 * std::mem::size_of::<f32>()) as u64;
    let overhead = peak.saturating_sub(before).saturating_sub(result_bytes);
    println!(
        "2 h stereo: result {} MB, peak RSS {} MB (before {} MB), overhead beyond the result {} MB",
        result_bytes >> 20,
        peak >> 20,
        before >> 20,
        overhead >> 20
    );
    // Vec growth can leave up to one doubling's slack; anything more would mean a copy.
    assert!(
        overhead < result_bytes / 2 + (64 << 20),
        "decoding used {} MB beyond its result",
        overhead >> 20
    );
}
