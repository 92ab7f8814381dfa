//! The Dutch help is whole.
