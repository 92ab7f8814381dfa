//! vreg as a user and a script see it: the built binary on a temporary register.

mod agreement;
mod common;
mod convenant;
mod import;
mod log;
mod scope;
mod store;
mod supplier;
