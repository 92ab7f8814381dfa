//! Work that more than one command needs: applying a register document, a party's consent
//! purpose, resolving a school or a pupil, answering a request, unlinking processing activities from
//! what is removed. Commands call these; these never
//! call commands.

pub mod agreement;
pub mod english;
pub mod party;
pub mod processing;
pub mod pupil_import;
pub mod register;
pub mod request;
pub mod school;
