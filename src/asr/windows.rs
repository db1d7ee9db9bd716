//! Packing speech into Whisper windows, and mapping times back to the call.
//!
//! In: one channel's speech segments (16 kHz sample spans). Out: windows of at most 30 s,
//! each a list of pieces of the call laid end to end with a short silence between them.
//! Whisper costs about the same per window however little speech it holds, so packing
//! speech tightly is where the speed comes from; and since only speech is packed, Whisper
//! never sees the long silences it likes to hallucinate on.
//!
//! `Window::to_call_time` maps a time inside a window back to call time, exactly for any
//! time inside a piece and clamped to the nearest piece for times in the gaps.

use std::collections::VecDeque;

use crate::timeline::SpeechSegment;

/// A stretch of the call placed in a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// Where the piece starts in the call (samples).
    pub call_start: usize,
    /// Where the piece starts in the window (samples).
    pub window_start: usize,
    pub len: usize,
}

impl Piece {
    pub fn window_end(&self) -> usize {
        self.window_start + self.len
    }
    pub fn call_end(&self) -> usize {
        self.call_start + self.len
    }
}

/// One Whisper input: pieces of the call separated by `gap` samples of silence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    pub pieces: Vec<Piece>,
    pub len: usize,
}

impl Window {
    /// Assembles the window's audio from the channel.
    pub fn audio(&self, channel: &[f32]) -> Vec<f32> {
        let mut out = vec![0.0; self.len];
        for p in &self.pieces {
            out[p.window_start..p.window_end()]
                .copy_from_slice(&channel[p.call_start..p.call_end()]);
        }
        out
    }

    /// The piece a word starting at window time `start` belongs to: the last piece that
    /// begins at or before it. A start in a gap goes to the piece before the gap, because
    /// Whisper's word times (DTW) run late, most of all for the last word before a pause.
    pub fn piece_at(&self, start: usize) -> &Piece {
        let after = self.pieces.partition_point(|p| p.window_start <= start);
        &self.pieces[after.saturating_sub(1)]
    }

    /// The call spans `(start, end)` the window holds from window sample `from` on.
    fn tail(&self, from: usize) -> impl DoubleEndedIterator<Item = (usize, usize)> + '_ {
        self.pieces
            .iter()
            .filter(move |p| p.window_end() > from)
            .map(move |p| {
                (
                    p.call_start + from.saturating_sub(p.window_start),
                    p.call_end(),
                )
            })
    }

    /// Samples of `speech` (call spans) that the window holds from window sample `from` on.
    pub fn speech_after(&self, from: usize, speech: &[SpeechSegment]) -> usize {
        self.tail(from)
            .map(|(start, end)| {
                speech
                    .iter()
                    .map(|s| {
                        s.end_sample
                            .min(end)
                            .saturating_sub(s.start_sample.max(start))
                    })
                    .sum::<usize>()
            })
            .sum()
    }

    /// Maps window span `[start, end)` to call time, inside `piece`.
    pub fn to_call_time(piece: &Piece, start: usize, end: usize) -> (usize, usize) {
        let clamp = |t: usize| {
            t.clamp(piece.window_start, piece.window_end()) - piece.window_start + piece.call_start
        };
        let (s, e) = (clamp(start), clamp(end.max(start)));
        (s, e)
    }
}

/// Packs speech into windows one at a time, so that what Whisper did not get to in one window
/// can go back into the next (see [`Packer::put_back`]).
///
/// Windows hold at most `max_len` samples, their pieces `gap` samples apart. A segment that
/// would fit in a window is not split across two; a segment longer than a window is cut into
/// window-sized pieces.
#[derive(Debug, Clone)]
pub struct Packer {
    /// Speech not yet packed: call sample spans `(start, end)`, sorted, non-overlapping.
    spans: VecDeque<(usize, usize)>,
    max_len: usize,
    gap: usize,
}

impl Packer {
    pub fn new(segments: &[SpeechSegment], max_len: usize, gap: usize) -> Self {
        assert!(max_len > gap, "window must be longer than the gap");
        Packer {
            spans: segments
                .iter()
                .map(|s| (s.start_sample, s.end_sample))
                .collect(),
            max_len,
            gap,
        }
    }

    /// The next window, or `None` when all speech has been packed.
    pub fn next_window(&mut self) -> Option<Window> {
        let mut window = Window {
            pieces: Vec::new(),
            len: 0,
        };
        while let Some(span) = self.spans.front_mut() {
            let offset = if window.pieces.is_empty() {
                0
            } else {
                window.len + self.gap
            };
            let room = self.max_len.saturating_sub(offset);
            let remaining = span.1 - span.0;
            // Start a new window rather than split a segment that would fit in one.
            if room < remaining
                && (remaining <= self.max_len || room < self.max_len / 4)
                && !window.pieces.is_empty()
            {
                break;
            }
            let len = remaining.min(room);
            window.pieces.push(Piece {
                call_start: span.0,
                window_start: offset,
                len,
            });
            window.len = offset + len;
            span.0 += len;
            if span.0 == span.1 {
                self.spans.pop_front();
            }
        }
        (!window.pieces.is_empty()).then_some(window)
    }

    /// Puts the speech of `window` from window sample `from` on back at the head of the
    /// queue: it goes into the next window.
    pub fn put_back(&mut self, window: &Window, from: usize) {
        for span in window.tail(from).rev() {
            match self.spans.front_mut() {
                // A long segment cut at the window's end: join its two parts again.
                Some(next) if next.0 == span.1 => next.0 = span.0,
                _ => self.spans.push_front(span),
            }
        }
    }
}

/// Packs all of `segments` (sorted, non-overlapping) into windows at once; see [`Packer`].
pub fn pack(segments: &[SpeechSegment], max_len: usize, gap: usize) -> Vec<Window> {
    let mut packer = Packer::new(segments, max_len, gap);
    std::iter::from_fn(|| packer.next_window()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: usize = 16_000;

    fn seg(start_s: f64, end_s: f64) -> SpeechSegment {
        SpeechSegment {
            start_sample: (start_s * S as f64) as usize,
            end_sample: (end_s * S as f64) as usize,
        }
    }

    #[test]
    fn short_segments_share_a_window() {
        let windows = pack(
            &[seg(1.0, 3.0), seg(10.0, 14.0), seg(60.0, 61.0)],
            30 * S,
            S / 5,
        );
        assert_eq!(windows.len(), 1);
        let w = &windows[0];
        assert_eq!(w.pieces.len(), 3);
        assert_eq!(w.pieces[1].window_start, 2 * S + S / 5);
        assert_eq!(w.len, 7 * S + 2 * (S / 5));
    }

    #[test]
    fn windows_never_exceed_the_limit_and_cover_all_speech() {
        let segments: Vec<_> = (0..40)
            .map(|i| seg(i as f64 * 10.0, i as f64 * 10.0 + 7.3))
            .collect();
        let windows = pack(&segments, 30 * S, S / 5);
        let covered: usize = windows.iter().flat_map(|w| &w.pieces).map(|p| p.len).sum();
        assert_eq!(covered, segments.iter().map(|s| s.len()).sum::<usize>());
        assert!(windows.iter().all(|w| w.len <= 30 * S));
        // Whole segments are not split when they fit in a window.
        assert!(windows
            .iter()
            .flat_map(|w| &w.pieces)
            .all(|p| p.len == seg(0.0, 7.3).len()));
    }

    #[test]
    fn a_long_segment_is_cut_to_window_size() {
        let windows = pack(&[seg(0.0, 75.0)], 30 * S, S / 5);
        assert_eq!(
            windows.iter().map(|w| w.len).collect::<Vec<_>>(),
            vec![30 * S, 30 * S, 15 * S]
        );
        assert_eq!(windows[1].pieces[0].call_start, 30 * S);
    }

    #[test]
    fn times_map_back_exactly_and_gaps_clamp_to_the_nearest_piece() {
        let windows = pack(&[seg(1.0, 3.0), seg(10.0, 14.0)], 30 * S, S / 5);
        let w = &windows[0];
        // 0.5 s into the second piece is 10.5 s in the call.
        let t = w.pieces[1].window_start + S / 2;
        let piece = w.piece_at(t);
        assert_eq!(
            Window::to_call_time(piece, t, t + S / 10),
            (10 * S + S / 2, 10 * S + S / 2 + S / 10)
        );
        // A word placed in the gap lands on the edge of the piece before it, never in silence.
        let in_gap = 2 * S + S / 10;
        let piece = w.piece_at(in_gap);
        assert_eq!(piece.call_start, S);
        assert_eq!(
            Window::to_call_time(piece, in_gap, in_gap + S / 100),
            (3 * S, 3 * S)
        );
    }

    #[test]
    fn speech_whisper_did_not_reach_goes_into_the_next_window() {
        let mut packer = Packer::new(
            &[seg(0.0, 8.0), seg(20.0, 26.0), seg(40.0, 50.0)],
            30 * S,
            S / 5,
        );
        let first = packer.next_window().unwrap();
        assert_eq!(first.pieces.len(), 3);
        // Whisper stopped 3.8 s into the second piece (23.8 s in the call).
        let from = first.pieces[1].window_start + 3 * S + 4 * S / 5;
        packer.put_back(&first, from);
        let next = packer.next_window().unwrap();
        assert_eq!(
            next.pieces,
            [
                Piece {
                    call_start: 23 * S + 4 * S / 5,
                    window_start: 0,
                    len: 2 * S + S / 5
                },
                Piece {
                    call_start: 40 * S,
                    window_start: 2 * S + 2 * S / 5,
                    len: 10 * S
                },
            ]
        );
        assert_eq!(packer.next_window(), None);
    }

    #[test]
    fn a_long_segment_put_back_at_its_cut_is_one_span_again() {
        let mut packer = Packer::new(&[seg(0.0, 75.0)], 30 * S, S / 5);
        let first = packer.next_window().unwrap();
        packer.put_back(&first, 25 * S);
        let lens: Vec<_> = std::iter::from_fn(|| packer.next_window())
            .map(|w| (w.pieces.len(), w.pieces[0].call_start, w.len))
            .collect();
        assert_eq!(lens, [(1, 25 * S, 30 * S), (1, 55 * S, 20 * S)]);
    }

    #[test]
    fn speech_after_counts_only_speech_past_the_point() {
        // Pieces 0.5-3.5 s and 9.5-12.5 s of the call, speech 1-3 s and 10-12 s.
        let packer_window = pack(&[seg(0.5, 3.5), seg(9.5, 12.5)], 30 * S, S / 5);
        let w = &packer_window[0];
        let speech = [seg(1.0, 3.0), seg(10.0, 12.0)];
        assert_eq!(w.speech_after(0, &speech), 4 * S);
        // 2 s into the first piece is 2.5 s in the call: 0.5 s of its speech is left.
        assert_eq!(w.speech_after(2 * S, &speech), S / 2 + 2 * S);
        assert_eq!(w.speech_after(w.len, &speech), 0);
    }
}
