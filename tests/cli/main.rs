//! vreg as a user and a script see it: the built binary on a temporary register.

mod agreement;
mod audit;
mod audit_law;
mod breach;
mod common;
mod consent;
mod consent_rules;
mod convenant;
mod exports;
mod files;
mod gmr;
mod hostile;
mod import;
mod log;
mod parsers;
mod party;
mod pupil;
mod reliability;
mod request;
mod scope;
mod shell;
mod standing;
mod store;
mod supplier;
