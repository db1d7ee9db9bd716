//! Packing speech into Whisper windows, and mapping times back to the call.
//!
//! In: the speech segments of one or more channels (16 kHz sample spans). Out: windows of at
//! most 30 s, each a list of pieces of the call laid end to end with a short silence between
//! them. Whisper costs about the same per window however little speech it holds, so packing
//! speech tightly is where the speed comes from; and since only speech is packed, Whisper
//! never sees the long silences it likes to hallucinate on.
//!
//! Channels that speak the same language share windows: a short stereo call then costs one
//! or two windows instead of one or two per party, and Whisper hears the turns in the order
//! they were spoken, as in a conversation. Each piece remembers its channel, so every word
//! goes back to the party that said it.
//!
//! `Window::to_call_time` maps a time inside a window back to call time, exactly for any
//! time inside a piece and clamped to the nearest piece for times in the gaps.

use crate::audio::vad::SpeechSegment;

/// A stretch of one channel placed in a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// The channel the audio comes from.
    pub channel: usize,
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

/// One Whisper input: pieces of the call separated by `gap` samples of silence, in the
/// order they were spoken.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Window {
    pub pieces: Vec<Piece>,
    pub len: usize,
}

impl Window {
    /// Assembles the window's audio from the call's channels.
    pub fn audio<C: AsRef<[f32]>>(&self, channels: &[C]) -> Vec<f32> {
        let mut out = vec![0.0; self.len];
        for p in &self.pieces {
            out[p.window_start..p.window_end()]
                .copy_from_slice(&channels[p.channel].as_ref()[p.call_start..p.call_end()]);
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

    /// Maps window span `[start, end)` to call time, inside `piece`.
    pub fn to_call_time(piece: &Piece, start: usize, end: usize) -> (usize, usize) {
        let clamp = |t: usize| {
            t.clamp(piece.window_start, piece.window_end()) - piece.window_start + piece.call_start
        };
        let (s, e) = (clamp(start), clamp(end.max(start)));
        (s, e)
    }

    /// Where a piece of `len` samples would start in this window.
    fn next_start(&self, gap: usize) -> usize {
        if self.pieces.is_empty() {
            0
        } else {
            self.len + gap
        }
    }
}

/// Packs speech into windows of at most `max_len` samples, pieces `gap` samples apart.
/// `speech` holds each channel's segments (sorted, non-overlapping within a channel).
///
/// Segments are taken in call order and each goes whole into the first window with room
/// for it (first fit), so a short last turn fills a gap left earlier instead of costing a
/// window of its own; within a window the pieces stay in call order. A segment longer than
/// a window is cut into window-sized pieces.
pub fn pack(speech: &[(usize, &[SpeechSegment])], max_len: usize, gap: usize) -> Vec<Window> {
    assert!(max_len > gap, "window must be longer than the gap");
    let mut segments: Vec<(usize, SpeechSegment)> = speech
        .iter()
        .flat_map(|(channel, segments)| segments.iter().map(move |s| (*channel, *s)))
        .collect();
    segments.sort_by_key(|(channel, s)| (s.start, *channel));

    let mut windows: Vec<Window> = Vec::new();
    for (channel, segment) in segments {
        let mut call_start = segment.start;
        while call_start < segment.end {
            let len = (segment.end - call_start).min(max_len);
            let fits = |w: &&mut Window| w.next_start(gap) + len <= max_len;
            let window = match windows.iter_mut().find(fits) {
                Some(window) => window,
                None => {
                    windows.push(Window::default());
                    windows.last_mut().expect("just pushed")
                }
            };
            let window_start = window.next_start(gap);
            window.pieces.push(Piece {
                channel,
                call_start,
                window_start,
                len,
            });
            window.len = window_start + len;
            call_start += len;
        }
    }
    windows
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: usize = 16_000;

    fn seg(start_s: f64, end_s: f64) -> SpeechSegment {
        SpeechSegment {
            start: (start_s * S as f64) as usize,
            end: (end_s * S as f64) as usize,
        }
    }

    fn one_channel(segments: &[SpeechSegment]) -> Vec<Window> {
        pack(&[(0, segments)], 30 * S, S / 5)
    }

    #[test]
    fn short_segments_share_a_window() {
        let windows = one_channel(&[seg(1.0, 3.0), seg(10.0, 14.0), seg(60.0, 61.0)]);
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
        let windows = one_channel(&segments);
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
        let windows = one_channel(&[seg(0.0, 75.0)]);
        assert_eq!(
            windows.iter().map(|w| w.len).collect::<Vec<_>>(),
            vec![30 * S, 30 * S, 15 * S]
        );
        assert_eq!(windows[1].pieces[0].call_start, 30 * S);
    }

    #[test]
    fn times_map_back_exactly_and_gaps_clamp_to_the_nearest_piece() {
        let windows = one_channel(&[seg(1.0, 3.0), seg(10.0, 14.0)]);
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
    fn two_channels_share_windows_in_call_order_and_keep_their_channel() {
        let agent = [seg(0.0, 4.0), seg(9.0, 12.0)];
        let customer = [seg(4.5, 8.0)];
        let windows = pack(&[(0, &agent[..]), (1, &customer[..])], 30 * S, S / 5);
        assert_eq!(windows.len(), 1);
        let order: Vec<_> = windows[0]
            .pieces
            .iter()
            .map(|p| (p.channel, p.call_start))
            .collect();
        assert_eq!(order, vec![(0, 0), (1, 9 * S / 2), (0, 9 * S)]);

        // The audio of each piece comes from its own channel.
        let channels = [vec![1.0f32; 12 * S], vec![-1.0f32; 12 * S]];
        let audio = windows[0].audio(&channels);
        let p = windows[0].pieces[1];
        assert!(audio[p.window_start..p.window_end()]
            .iter()
            .all(|&x| x == -1.0));
        assert!(audio[..windows[0].pieces[0].len].iter().all(|&x| x == 1.0));
    }

    #[test]
    fn a_short_late_segment_fills_room_left_in_an_earlier_window() {
        // 20 s, then 25 s (no room left after the first: a new window), then 3 s, which
        // fits after the first segment instead of opening a third window.
        let windows = one_channel(&[seg(0.0, 20.0), seg(30.0, 55.0), seg(60.0, 63.0)]);
        assert_eq!(windows.len(), 2);
        let starts: Vec<_> = windows[0].pieces.iter().map(|p| p.call_start).collect();
        assert_eq!(starts, vec![0, 60 * S]);
        assert!(windows.iter().all(|w| w.len <= 30 * S));
    }
}
