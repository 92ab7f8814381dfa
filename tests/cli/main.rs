//! vreg as a user and a script see it: the built binary on a temporary register.

mod agreement;
mod audit;
mod common;
mod consent;
mod convenant;
mod files;
mod gmr;
mod hostile;
mod import;
mod log;
mod parsers;
mod party;
mod pupil;
mod reliability;
mod scope;
mod shell;
mod store;
mod supplier;
