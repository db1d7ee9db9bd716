//! From per-channel speech and words to the conversation: turns, the call's characteristics
//! (talk time, overtalk, interruptions, loudness), and the fused per-turn and per-call scores
//! and moments.

pub mod characteristics;
pub mod fuse;
pub mod turns;
