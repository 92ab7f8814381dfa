-- vreg schema 9: the enumerations of the first tables are enforced by the database too, so that a
-- row written around vreg (the sqlite3 shell, a script) with a value vreg does not know, such as
-- supplier.role = 'boss', is refused instead of breaking every list and the audit. SQLite cannot
-- add a CHECK constraint to an existing table without rebuilding it (and a rebuild of a table
-- that others point at, inside the migration's transaction, would run their foreign-key
-- actions), so each column gets a pair of triggers with the same effect: BEFORE INSERT and
-- BEFORE UPDATE OF the column. Tables made after the first (breach, request, processing) have
-- CHECK constraints already. Rows stored before this migration are not touched; `vreg check`
-- reports any that are outside their enumeration. The lists equal the domain's enumerations
-- (src/domain), held by a unit test in src/store/health.rs.

CREATE TRIGGER supplier_role_insert BEFORE INSERT ON supplier
WHEN NEW.role NOT IN ('processor', 'controller', 'joint-controller')
BEGIN
    SELECT RAISE(ABORT, 'supplier.role: not one of processor, controller, joint-controller');
END;

CREATE TRIGGER supplier_role_update BEFORE UPDATE OF role ON supplier
WHEN NEW.role NOT IN ('processor', 'controller', 'joint-controller')
BEGIN
    SELECT RAISE(ABORT, 'supplier.role: not one of processor, controller, joint-controller');
END;

CREATE TRIGGER supplier_convenant_insert BEFORE INSERT ON supplier
WHEN NEW.convenant NOT IN ('participant', 'supporter', 'none', 'unknown')
BEGIN
    SELECT RAISE(ABORT, 'supplier.convenant: not one of participant, supporter, none, unknown');
END;

CREATE TRIGGER supplier_convenant_update BEFORE UPDATE OF convenant ON supplier
WHEN NEW.convenant NOT IN ('participant', 'supporter', 'none', 'unknown')
BEGIN
    SELECT RAISE(ABORT, 'supplier.convenant: not one of participant, supporter, none, unknown');
END;

CREATE TRIGGER supplier_convenant_version_insert BEFORE INSERT ON supplier
WHEN NEW.convenant_version IS NOT NULL AND NEW.convenant_version NOT IN ('2.0', '3.0', '4.0')
BEGIN
    SELECT RAISE(ABORT, 'supplier.convenant_version: not one of 2.0, 3.0, 4.0');
END;

CREATE TRIGGER supplier_convenant_version_update BEFORE UPDATE OF convenant_version ON supplier
WHEN NEW.convenant_version IS NOT NULL AND NEW.convenant_version NOT IN ('2.0', '3.0', '4.0')
BEGIN
    SELECT RAISE(ABORT, 'supplier.convenant_version: not one of 2.0, 3.0, 4.0');
END;

CREATE TRIGGER agreement_model_insert BEFORE INSERT ON agreement
WHEN NEW.model NOT IN ('model-4.0', 'model-3.0', 'general-4.0', 'own', 'none')
BEGIN
    SELECT RAISE(ABORT, 'agreement.model: not one of model-4.0, model-3.0, general-4.0, own, none');
END;

CREATE TRIGGER agreement_model_update BEFORE UPDATE OF model ON agreement
WHEN NEW.model NOT IN ('model-4.0', 'model-3.0', 'general-4.0', 'own', 'none')
BEGIN
    SELECT RAISE(ABORT, 'agreement.model: not one of model-4.0, model-3.0, general-4.0, own, none');
END;

CREATE TRIGGER agreement_transfer_safeguard_insert BEFORE INSERT ON agreement
WHEN NEW.transfer_safeguard IS NOT NULL AND NEW.transfer_safeguard NOT IN ('adequacy', 'scc', 'dpf', 'bcr', 'none')
BEGIN
    SELECT RAISE(ABORT, 'agreement.transfer_safeguard: not one of adequacy, scc, dpf, bcr, none');
END;

CREATE TRIGGER agreement_transfer_safeguard_update BEFORE UPDATE OF transfer_safeguard ON agreement
WHEN NEW.transfer_safeguard IS NOT NULL AND NEW.transfer_safeguard NOT IN ('adequacy', 'scc', 'dpf', 'bcr', 'none')
BEGIN
    SELECT RAISE(ABORT, 'agreement.transfer_safeguard: not one of adequacy, scc, dpf, bcr, none');
END;

CREATE TRIGGER subprocessor_transfer_safeguard_insert BEFORE INSERT ON subprocessor
WHEN NEW.transfer_safeguard IS NOT NULL AND NEW.transfer_safeguard NOT IN ('adequacy', 'scc', 'dpf', 'bcr', 'none')
BEGIN
    SELECT RAISE(ABORT, 'subprocessor.transfer_safeguard: not one of adequacy, scc, dpf, bcr, none');
END;

CREATE TRIGGER subprocessor_transfer_safeguard_update BEFORE UPDATE OF transfer_safeguard ON subprocessor
WHEN NEW.transfer_safeguard IS NOT NULL AND NEW.transfer_safeguard NOT IN ('adequacy', 'scc', 'dpf', 'bcr', 'none')
BEGIN
    SELECT RAISE(ABORT, 'subprocessor.transfer_safeguard: not one of adequacy, scc, dpf, bcr, none');
END;

CREATE TRIGGER scope_category_insert BEFORE INSERT ON scope
WHEN NEW.category NOT IN ('eck-id', 'pupil-number', 'name', 'birth-date', 'gender', 'group', 'school', 'contact', 'parents', 'account', 'results', 'progress', 'attendance', 'support', 'photo', 'usage', 'finance', 'nationality', 'employment', 'personnel-file', 'salary', 'absence', 'assessment', 'health', 'religion', 'ethnicity', 'bsn')
BEGIN
    SELECT RAISE(ABORT, 'scope.category: not one of eck-id, pupil-number, name, birth-date, gender, group, school, contact, parents, account, results, progress, attendance, support, photo, usage, finance, nationality, employment, personnel-file, salary, absence, assessment, health, religion, ethnicity, bsn');
END;

CREATE TRIGGER scope_category_update BEFORE UPDATE OF category ON scope
WHEN NEW.category NOT IN ('eck-id', 'pupil-number', 'name', 'birth-date', 'gender', 'group', 'school', 'contact', 'parents', 'account', 'results', 'progress', 'attendance', 'support', 'photo', 'usage', 'finance', 'nationality', 'employment', 'personnel-file', 'salary', 'absence', 'assessment', 'health', 'religion', 'ethnicity', 'bsn')
BEGIN
    SELECT RAISE(ABORT, 'scope.category: not one of eck-id, pupil-number, name, birth-date, gender, group, school, contact, parents, account, results, progress, attendance, support, photo, usage, finance, nationality, employment, personnel-file, salary, absence, assessment, health, religion, ethnicity, bsn');
END;

CREATE TRIGGER party_kind_insert BEFORE INSERT ON party
WHEN NEW.kind NOT IN ('government', 'education', 'care', 'safety', 'other')
BEGIN
    SELECT RAISE(ABORT, 'party.kind: not one of government, education, care, safety, other');
END;

CREATE TRIGGER party_kind_update BEFORE UPDATE OF kind ON party
WHEN NEW.kind NOT IN ('government', 'education', 'care', 'safety', 'other')
BEGIN
    SELECT RAISE(ABORT, 'party.kind: not one of government, education, care, safety, other');
END;

CREATE TRIGGER party_basis_insert BEFORE INSERT ON party
WHEN NEW.basis NOT IN ('consent', 'contract', 'legal-obligation', 'vital-interest', 'public-task', 'legitimate-interest')
BEGIN
    SELECT RAISE(ABORT, 'party.basis: not one of consent, contract, legal-obligation, vital-interest, public-task, legitimate-interest');
END;

CREATE TRIGGER party_basis_update BEFORE UPDATE OF basis ON party
WHEN NEW.basis NOT IN ('consent', 'contract', 'legal-obligation', 'vital-interest', 'public-task', 'legitimate-interest')
BEGIN
    SELECT RAISE(ABORT, 'party.basis: not one of consent, contract, legal-obligation, vital-interest, public-task, legitimate-interest');
END;

CREATE TRIGGER consent_event_decision_insert BEFORE INSERT ON consent_event
WHEN NEW.decision NOT IN ('granted', 'refused', 'withdrawn')
BEGIN
    SELECT RAISE(ABORT, 'consent_event.decision: not one of granted, refused, withdrawn');
END;

CREATE TRIGGER consent_event_decision_update BEFORE UPDATE OF decision ON consent_event
WHEN NEW.decision NOT IN ('granted', 'refused', 'withdrawn')
BEGIN
    SELECT RAISE(ABORT, 'consent_event.decision: not one of granted, refused, withdrawn');
END;

CREATE TRIGGER consent_event_given_by_insert BEFORE INSERT ON consent_event
WHEN NEW.given_by NOT IN ('parent', 'guardian', 'pupil', 'representative', 'file')
BEGIN
    SELECT RAISE(ABORT, 'consent_event.given_by: not one of parent, guardian, pupil, representative, file');
END;

CREATE TRIGGER consent_event_given_by_update BEFORE UPDATE OF given_by ON consent_event
WHEN NEW.given_by NOT IN ('parent', 'guardian', 'pupil', 'representative', 'file')
BEGIN
    SELECT RAISE(ABORT, 'consent_event.given_by: not one of parent, guardian, pupil, representative, file');
END;

CREATE TRIGGER consent_event_form_insert BEFORE INSERT ON consent_event
WHEN NEW.form NOT IN ('written', 'digital', 'verbal')
BEGIN
    SELECT RAISE(ABORT, 'consent_event.form: not one of written, digital, verbal');
END;

CREATE TRIGGER consent_event_form_update BEFORE UPDATE OF form ON consent_event
WHEN NEW.form NOT IN ('written', 'digital', 'verbal')
BEGIN
    SELECT RAISE(ABORT, 'consent_event.form: not one of written, digital, verbal');
END;
