//! From per-channel speech and words to the conversation: turns (and, later, the call's
//! characteristics and fused scores).

pub mod characteristics;
pub mod fuse;
pub mod turns;
